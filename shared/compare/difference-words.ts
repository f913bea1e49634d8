import type { FigureKind } from './compare-figures.js';
import type { Difference } from './compare-scenarios.js';

// A difference from the reference in words, with its sign and whether it is better:
// what the Compare view reads out beside its arrow and the Scenarios sheet writes.

const AMOUNT: Record<FigureKind, (n: number) => string> = {
  count: (n) => n.toLocaleString('en'),
  money: (n) => Math.round(n).toLocaleString('en'),
  date: (n) => `${n.toLocaleString('en')} ${n === 1 ? 'day' : 'days'}`,
  month: (n) => `${n.toLocaleString('en')} ${n === 1 ? 'month' : 'months'}`,
};

/** "+12 days (worse)", "−EUR 1,500 (better)", "No change"; `money` formats an amount of money. */
export function differenceWords(kind: FigureKind, d: Difference, money: (n: number) => string = AMOUNT.money): string {
  if (!d.changed) return 'No change';
  if (d.direction === 'unknown') return 'Changed (one has no figure)';
  if (d.direction === 'same') return 'Same likely figure; its range changed';
  const sign = (d.delta ?? 0) > 0 ? '+' : '−';
  const size = Math.abs(d.delta ?? 0);
  const verdict = d.verdict === 'neutral' ? '' : ` (${d.verdict})`;
  return `${sign}${kind === 'money' ? money(size) : AMOUNT[kind](size)}${verdict}`;
}
