import { join } from 'node:path';
import { SCREENSHOTS, cell, expect, openSample, test } from '../support/fixtures.js';

test.describe('sensitivity, tiers and findings', () => {
  test('a multi-tenant workload receiving PHI shows a finding, and clicking it selects the workload', async ({ app }) => {
    await openSample(app);
    await app.getByRole('tab', { name: /Findings/ }).click();
    const card = app.getByRole('article', { name: 'PHI on a multi-tenant workload: Traefik ingress (clinics, shared)' });
    await expect(card).toBeVisible();
    await expect(card).toContainText('receives PHI from Clinic appointment booking');
    await expect(card).toContainText('Accepted risk: “One shared ingress for every clinic tenant on the cluster.”');
    await expect(card).toContainText('Traefik ingress (clinics, shared) → Clinic appointment booking');
    await app.waitForTimeout(200);
    await app.screenshot({ path: join(SCREENSHOTS, 'findings.png') });

    await card.getByRole('button', { name: 'Traefik ingress (clinics, shared)', exact: true }).click();
    await expect(app.getByRole('tab', { name: 'Inventory' })).toHaveAttribute('aria-selected', 'true');
    const details = app.getByRole('complementary', { name: 'Workload details' });
    await expect(details.getByRole('heading', { name: 'Traefik ingress (clinics, shared)' })).toBeVisible();
    await expect(details.getByRole('group', { name: 'Tenancy tier' })).toContainText('PHI on a multi-tenant workload');
    await expect(cell(app, 'Traefik ingress (clinics, shared)', 'name')).toHaveClass(/active/);
    await expect(cell(app, 'Traefik ingress (clinics, shared)', 'name')).toBeInViewport();
    await app.screenshot({ path: join(SCREENSHOTS, 'inventory-tier-section.png') });

    // A dependency in a finding opens on the graph, selected.
    await app.getByRole('tab', { name: /Findings/ }).click();
    await card.getByRole('button', { name: 'Traefik ingress (clinics, shared) → Clinic appointment booking' }).click();
    await expect(app.getByRole('tab', { name: 'Graph' })).toHaveAttribute('aria-selected', 'true');
    await expect(app.locator('.react-flow__edge.selected')).toHaveCount(1);

    // Filters narrow the list; the severity counts stay.
    await app.getByRole('tab', { name: /Findings/ }).click();
    await app.getByLabel('Check').selectOption('cycle-forces-move-group');
    await expect(app.locator('.finding-card')).toHaveCount(1);
    await expect(app.locator('.finding-card')).toContainText('Pharmacy inventory → Procurement and supplier portal → Pharmacy inventory');
  });

  test('a weaker tier is refused without a reason and kept as an accepted risk with one', async ({ app }) => {
    await openSample(app);
    await app.getByRole('tab', { name: 'Tiers' }).click();
    await app.getByLabel('Search tiers').fill('Patient portal API');
    const row = app.locator('.tiers-row', { hasText: 'Patient portal API' });
    await expect(row).toHaveCount(1);
    await expect(row.locator('.tcell.rec')).toHaveText('Dedicated environment');
    await expect(row.locator('.tcell.why')).toContainText('Production with restricted data');

    // Without a reason: refused, the tier stays.
    await row.getByLabel('Chosen tier for Patient portal API').selectOption('multi-tenant');
    const dialog = app.getByRole('dialog');
    await expect(dialog).toContainText('Multi-tenant is weaker than the recommended Dedicated environment');
    await dialog.getByRole('button', { name: 'Accept the risk' }).click();
    await expect(dialog).toContainText('A weaker tier needs a reason');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(row.getByLabel('Chosen tier for Patient portal API')).toHaveValue('');

    // With a reason: taken, shown as an accepted risk, and listed in the findings.
    await row.getByLabel('Chosen tier for Patient portal API').selectOption('multi-tenant');
    await dialog.getByLabel('Reason for the weaker tier').fill('Pilot on the shared cluster for three months, tokenised identifiers only.');
    await app.screenshot({ path: join(SCREENSHOTS, 'tier-reason.png') });
    await dialog.getByRole('button', { name: 'Accept the risk' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(row.getByLabel('Chosen tier for Patient portal API')).toHaveValue('multi-tenant');
    await expect(row.locator('.status-chip.accepted')).toHaveText('Accepted risk');
    await expect(row.getByLabel('Reason for Patient portal API')).toHaveValue('Pilot on the shared cluster for three months, tokenised identifiers only.');

    // Emptying the reason later is refused too.
    await row.getByLabel('Reason for Patient portal API').fill('');
    await row.getByLabel('Reason for Patient portal API').press('Enter');
    await expect(app.getByRole('alert')).toContainText('Give a reason');
    await expect(row.getByLabel('Reason for Patient portal API')).toHaveValue('Pilot on the shared cluster for three months, tokenised identifiers only.');

    await app.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
    await app.getByLabel('Search tiers').fill('');
    await app.waitForTimeout(200);
    await app.screenshot({ path: join(SCREENSHOTS, 'tiers.png') });

    await app.getByRole('tab', { name: /Findings/ }).click();
    await app.getByLabel('Check').selectOption('tier-below-recommendation');
    await expect(app.getByRole('article', { name: 'Accepted risk: Patient portal API on multi-tenant, dedicated environment recommended' })).toBeVisible();

    // Bulk accept for a filtered set, then undo.
    await app.getByRole('tab', { name: 'Tiers' }).click();
    await app.getByLabel('Tenant').selectOption('Meridian Clinics');
    const accept = app.getByRole('button', { name: /Accept \d+ recommendations/ });
    await accept.click();
    // The clinics' recorded choices (PostgreSQL on multi-tenant) are decisions: replaced only when said.
    const replace = app.getByRole('dialog', { name: 'Replace recorded tier decisions?' });
    await expect(replace).toContainText('PostgreSQL (clinics): Multi-tenant');
    await replace.getByRole('button', { name: /^Replace \d+ decisions? too$/ }).click();
    await expect(app.getByRole('button', { name: 'Accept 0 recommendations' })).toBeDisabled();
    await expect(app.locator('.tiers-row', { hasText: 'PostgreSQL (clinics)' }).getByLabel('Chosen tier for PostgreSQL (clinics)')).toHaveValue('dedicated-database');
    await app.keyboard.press('ControlOrMeta+z');
    await expect(app.locator('.tiers-row', { hasText: 'PostgreSQL (clinics)' }).getByLabel('Chosen tier for PostgreSQL (clinics)')).toHaveValue('multi-tenant');
  });

  test('the readiness matrix toggles a check, saved like any edit', async ({ app }) => {
    await openSample(app);
    await app.getByRole('tab', { name: 'Readiness' }).click();
    const toggle = app.getByRole('button', { name: 'Performance baseline: Odoo web (hospital)' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(app.getByText('✓ Saved')).toBeVisible();
    await app.waitForTimeout(200);
    await app.screenshot({ path: join(SCREENSHOTS, 'readiness.png') });
    await app.reload();
    await expect(app.getByRole('button', { name: 'Performance baseline: Odoo web (hospital)' })).toHaveAttribute('aria-pressed', 'true');
  });
});
