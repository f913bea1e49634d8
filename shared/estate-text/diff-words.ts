import { isEmptyScenariosDiff, type ScenariosDiff } from './diff-scenarios.js';
import type { EstateDiff, FieldChange } from './diff.js';
import type { PlanMoves, PlanPlace } from './plan-moves.js';

// The semantic diff in words, as `waveplan diff` prints it and a reviewer reads it:
// + added, - removed, ~ changed, each field "before → after" on its own line.

const MAX_TEXT = 80;

/** A value as a reviewer reads it: blanks said, lists joined, long text cut. */
export function shownValue(value: unknown): string {
  if (value === undefined) return '(none)';
  if (value === null || value === '') return '(blank)';
  if (Array.isArray(value)) return value.length ? value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ') : '(none)';
  if (typeof value === 'object') return JSON.stringify(value);
  const text = String(value).replace(/\s+/g, ' ');
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

const change = (c: FieldChange) => `${c.field}: ${shownValue(c.before)} → ${shownValue(c.after)}`;
const count = (n: number, what: string) => `${n.toLocaleString('en')} ${what}${n === 1 ? '' : 's'}`;

function section(lines: string[], title: string, parts: EstateDiff['workloads']) {
  const { added, removed, changed } = parts;
  if (!added.length && !removed.length && !changed.length) return;
  lines.push(`${title}: ${added.length} added, ${removed.length} removed, ${changed.length} changed`);
  for (const x of added) lines.push(`  + ${x.id}  ${x.label}`);
  for (const x of removed) lines.push(`  - ${x.id}  ${x.label}`);
  for (const x of changed) {
    lines.push(`  ~ ${x.id}  ${x.label}`);
    for (const c of x.changes) lines.push(`      ${change(c)}`);
  }
}

function scenarioLines(lines: string[], s: ScenariosDiff) {
  if (isEmptyScenariosDiff(s)) return;
  const changed = new Set([...s.renamed, ...s.decisions.map((d) => d.scenario), ...s.settings.map((d) => d.scenario)].map((x) => x.id));
  lines.push(`Scenarios: ${s.added.length} added, ${s.removed.length} removed, ${changed.size} changed`);
  for (const x of s.added) lines.push(`  + ${x.id}  ${x.label}`);
  for (const x of s.removed) lines.push(`  - ${x.id}  ${x.label}`);
  for (const x of s.renamed) lines.push(`  ~ ${x.id}  name: ${shownValue(x.before)} → ${shownValue(x.after)}`);
  for (const d of s.decisions) lines.push(`  ! ${d.scenario.id}  ${d.scenario.label}, ${d.workload.id}  ${d.workload.label}: ${change(d)}`);
  for (const d of s.settings) lines.push(`  ~ ${d.scenario.id}  ${d.scenario.label}, setting ${change(d)}`);
}

const place = (p: PlanPlace) => (p.wave === null ? 'not planned' : `wave ${p.wave}${p.cutover ? ` (cutover ${p.cutover})` : ''}`);
const money = (n: number, currency: string) => `${currency} ${Math.round(n).toLocaleString('en')}`;

/** The diff (and how the plan moved, when worked out) as lines of text. */
export function diffText(diff: EstateDiff, moves?: PlanMoves): string {
  const lines: string[] = [];
  if (diff.name) lines.push(`Name: ${shownValue(diff.name.before)} → ${shownValue(diff.name.after)}`);
  section(lines, 'Workloads', diff.workloads);
  if (diff.decisions.length) {
    lines.push(`Decisions: ${diff.decisions.length} changed`);
    for (const d of diff.decisions) lines.push(`  ! ${d.id}  ${d.label}: ${change(d)}`);
  }
  section(lines, 'Dependencies', diff.dependencies);
  if (diff.settings.length) {
    lines.push(`Settings: ${diff.settings.length} changed`);
    for (const s of diff.settings) lines.push(`  ~ ${change(s)}`);
  }
  scenarioLines(lines, diff.scenarios);
  if (diff.graphPositions.length) lines.push(`Graph positions: ${count(diff.graphPositions.length, 'workload')} moved on the graph`);
  if (moves) {
    const [a, b] = [moves.before, moves.after];
    const figure = (label: string, x: string, y: string) => (x === y ? `${label} ${x}` : `${label} ${x} → ${y}`);
    lines.push('How the plan moved:');
    lines.push(
      `  ${figure('waves', String(a.waves), String(b.waves))}; ${figure('end date', a.endDate ?? 'none', b.endDate ?? 'none')}; ${figure('one-time cost', money(a.oneTime, a.currency), money(b.oneTime, b.currency))}`,
    );
    if (!moves.moved.length) lines.push('  no workload changed wave or cutover date');
    for (const m of moves.moved) lines.push(`  > ${m.id}  ${m.label}: ${place(m.before)} → ${place(m.after)}`);
  }
  return lines.length ? lines.join('\n') + '\n' : 'No differences.\n';
}
