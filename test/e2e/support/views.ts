import type { Page } from '@playwright/test';
import { expect } from './fixtures.js';

// Every view of an open estate, with what says it has drawn (no fixed waits): the
// accessibility spec visits each one in each theme.

export interface ViewVisit {
  name: string;
  open(page: Page): Promise<void>;
}

async function tab(page: Page, name: string | RegExp) {
  await page.getByRole('tab', { name }).click();
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

async function graphMode(page: Page, mode: 'Canvas' | 'List') {
  const button = page.getByRole('group', { name: 'Show the graph as' }).getByRole('button', { name: mode });
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
}

export const VIEWS: ViewVisit[] = [
  {
    name: 'inventory',
    async open(page) {
      await tab(page, 'Inventory');
      await expect(page.locator('.grid-row').first()).toBeVisible();
    },
  },
  {
    name: 'graph',
    async open(page) {
      await tab(page, 'Graph');
      await graphMode(page, 'Canvas');
      await expect(page.locator('.graph-main[data-layout="ready"]')).toHaveCount(1);
      await expect(page.locator('.react-flow__node-workload').first()).toBeVisible();
      // React Flow measures nodes before it draws edges: wait for the lines too.
      await expect(page.locator('.react-flow__edge').first()).toBeAttached();
    },
  },
  {
    name: 'graph-list',
    async open(page) {
      await tab(page, 'Graph');
      await graphMode(page, 'List');
      await expect(page.locator('.gl-item').first()).toBeVisible();
    },
  },
  {
    name: 'tiers',
    async open(page) {
      await tab(page, 'Tiers');
      await expect(page.locator('.tiers-row').first()).toBeVisible();
    },
  },
  {
    name: 'readiness',
    async open(page) {
      await tab(page, 'Readiness');
      await expect(page.getByRole('grid', { name: 'Readiness matrix' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Performance baseline: Odoo web (hospital)' })).toBeVisible();
    },
  },
  {
    name: 'findings',
    async open(page) {
      await tab(page, /Findings/);
      await expect(page.locator('.finding-card').first()).toBeVisible();
    },
  },
  {
    name: 'waves',
    async open(page) {
      await tab(page, 'Waves');
      await expect(page.getByRole('article', { name: 'Wave 1', exact: true })).toBeVisible();
    },
  },
  {
    name: 'rollback',
    async open(page) {
      await tab(page, 'Rollback');
      await expect(page.getByRole('heading', { name: /Wave \d+ rollback plan/ })).toBeVisible();
    },
  },
  {
    name: 'costs',
    async open(page) {
      await tab(page, 'Costs');
      await expect(page.getByRole('table', { name: 'Costs per wave' })).toBeVisible();
      await expect(page.locator('.recharts-surface').first()).toBeVisible();
    },
  },
  {
    name: 'compare',
    async open(page) {
      await tab(page, 'Compare');
      // With the baseline alone the view explains how to make a scenario; with more, it compares them.
      await expect(page.locator('[data-compare="one-scenario"], [data-compare="ready"]')).toBeVisible();
    },
  },
];
