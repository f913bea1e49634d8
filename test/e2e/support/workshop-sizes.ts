import type { Page } from '@playwright/test';
import { expect } from './fixtures.js';

/** The screens issue 19 was walked through on: a laptop, a full-HD screen, a projector at 150% and the smallest we promise. */
export const WORKSHOP_SIZES = [
  { name: '1366x768', viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 },
  { name: '1920x1080', viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 },
  // 1920×1080 at 150% zoom leaves 1280×720 CSS pixels, drawn 1.5 times as large.
  { name: '1920x1080-at-150', viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1.5 },
  { name: '1280x720', viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 },
] as const;

export const ESTATE_VIEWS = ['Inventory', 'Graph', 'Tiers', 'Readiness', 'Findings', 'Waves', 'Rollback', 'Costs'] as const;
export type EstateViewName = (typeof ESTATE_VIEWS)[number];

/** Waits until a view shows its content (not its "Opening…" or "Planning…" placeholder). */
export async function waitForView(page: Page, view: EstateViewName): Promise<void> {
  const ready: Record<EstateViewName, string> = {
    Inventory: '.grid-row',
    Graph: '.graph-main[data-layout="ready"] .react-flow__node',
    Tiers: '.tiers-row',
    Readiness: '.matrix [role="row"]',
    Findings: '.finding-card',
    Waves: '.wave-card',
    Rollback: '.wave-picker',
    Costs: '.cost-chart .recharts-surface',
  };
  await expect(page.locator(ready[view]).first()).toBeVisible({ timeout: 20_000 });
}

/** Every control of the top bar and of the view's toolbars that is shown, with where it is drawn. */
export async function controlsOffScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bars = document.querySelectorAll('.top-bar, .view-toolbar, .inventory-toolbar, .graph-toolbar, .graph-actions, .timeline-toolbar');
    const out: string[] = [];
    for (const bar of bars) {
      for (const control of bar.querySelectorAll<HTMLElement>('button, select, input, a, [role="tab"]')) {
        const r = control.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue; // folded away, not drawn
        const clipped = r.left < 0 || r.top < 0 || r.right > window.innerWidth + 0.5 || r.bottom > window.innerHeight + 0.5;
        // Inside the window but cut by a bar that hides its overflow is off screen to the user too.
        const hiddenBy = clippedByAncestor(control, r);
        if (clipped || hiddenBy)
          out.push(
            `${control.getAttribute('aria-label') ?? control.textContent?.trim() ?? control.tagName} at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`,
          );
      }
    }
    return out;
    function clippedByAncestor(el: HTMLElement, r: DOMRect): boolean {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const b = p.getBoundingClientRect();
        if (r.right > b.right + 1 || r.left < b.left - 1) return true;
      }
      return false;
    }
  });
}
