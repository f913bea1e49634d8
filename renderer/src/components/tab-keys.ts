// The WAI-ARIA tab list's keys: arrows move to the previous or next tab (wrapping),
// Home and End to the first and last. A pure function so it is tested without a browser.

/** The index of the tab a key moves to, or undefined when the key is not the tab list's. */
export function tabKeyTarget(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/** On the tab list: moves focus to the tab the key names and opens it (automatic activation). */
export function onTabListKey(e: React.KeyboardEvent<HTMLElement>): void {
  const tabs = [...e.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]')];
  const current = tabs.indexOf(document.activeElement as HTMLElement);
  if (current < 0) return;
  const next = tabKeyTarget(e.key, current, tabs.length);
  if (next === undefined) return;
  e.preventDefault();
  tabs[next]?.focus();
  tabs[next]?.click();
}
