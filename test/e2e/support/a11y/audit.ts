import type { Page } from '@playwright/test';
import { contrastInPage } from './contrast-in-page.js';
import type { Finding } from './finding.js';
import { rulesInPage } from './rules-in-page.js';

export type { Finding };

/**
 * The page's WCAG 2 A and AA problems that axe-core grades serious or critical.
 * @axe-core/playwright is not installed in this project (node_modules has no axe-core),
 * so these are the same rules measured in the page by our own code: see rules-in-page.ts
 * and contrast-in-page.ts for which.
 */
export async function seriousProblems(page: Page): Promise<Finding[]> {
  const found = [...(await page.evaluate(rulesInPage)), ...(await page.evaluate(contrastInPage))];
  return found.filter((f) => f.impact === 'serious' || f.impact === 'critical');
}

/** One line per problem: rule id, where, what; for a failing test's message. */
export function report(findings: Finding[]): string {
  return findings.map((f) => `${f.id} [${f.impact}] ${f.target}: ${f.detail}`).join('\n');
}
