import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { contrastInPage } from './contrast-in-page.js';
import type { Finding } from './finding.js';
import { rulesInPage } from './rules-in-page.js';

export type { Finding };

/**
 * The page's WCAG 2 A and AA problems graded serious or critical: axe-core's own run
 * (tags wcag2a and wcag2aa), and our in-page measure of the same rules (contrast, names,
 * ARIA), which also reads SVG text and says which colours it compared.
 */
export async function seriousProblems(page: Page): Promise<Finding[]> {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const fromAxe: Finding[] = axe.violations.flatMap((v) =>
    v.nodes.map((n) => ({ id: v.id, impact: (n.impact ?? v.impact ?? 'minor') as Finding['impact'], target: n.target.join(' '), detail: `axe: ${n.failureSummary ?? v.help}` })),
  );
  const ours = [...(await page.evaluate(rulesInPage)), ...(await page.evaluate(contrastInPage))];
  return [...fromAxe, ...ours].filter((f) => f.impact === 'serious' || f.impact === 'critical');
}

/** One line per problem: rule id, where, what; for a failing test's message. */
export function report(findings: Finding[]): string {
  return findings.map((f) => `${f.id} [${f.impact}] ${f.target}: ${f.detail}`).join('\n');
}
