import type { Dependency } from '../domain/dependency.js';
import { labelOf } from '../domain/enums.js';
import type { PlanQuality, Spread } from '../planner/plan-quality.js';
import type { CriticalStep } from '../planner/plan-types.js';
import { clip, col, type CellValue, type SheetColumn, type SheetTable } from './sheet-model.js';

// The Summary sheet's plan-quality figures and critical path: the same figures as the
// Waves view's quality strip (both read the report's quality stage), so a client reading
// the workbook sees how long the estate runs split, how even the waves are and what sets
// the end date.

const one = (n: number) => Math.round(n * 10) / 10;
const spreadText = (s: Spread | null, unit: string) => (s ? `${one(s.min)} to ${one(s.max)} ${unit}, ${one(s.mean)} on average` : 'Nothing moves');

/** The plan-quality facts, as a key-value table. */
export function qualityTable(quality: PlanQuality, dependencyOf: (id: string) => Dependency | undefined, nameOf: (id: string) => string): SheetTable {
  const { hybrid, dualRunning } = quality;
  const longest = hybrid.longest[0];
  const linkName = (id: string) => {
    const d = dependencyOf(id);
    return d ? `${nameOf(d.consumerId)} → ${nameOf(d.providerId)}` : id;
  };
  const facts: [string, CellValue, SheetColumn['kind']][] = [
    ['Waves that move workloads', quality.waves, 'integer'],
    ['First wave starts', quality.startDate, 'date'],
    ['Last cutover (end date)', quality.endDate, 'date'],
    ['Workloads per wave', spreadText(quality.size, 'workloads'), 'text'],
    ['Wave balance: spread of sizes (coefficient of variation; 0 is even)', quality.size ? quality.size.cv : null, 'percent'],
    ['Effort days per wave (recorded, else estimated)', spreadText(quality.effort, 'days'), 'text'],
    ['Workloads with recorded effort', quality.effortRecorded, 'percent'],
    ['Hybrid links (dependencies running across the boundary)', hybrid.links, 'integer'],
    ['Hybrid link-days (from the first end’s cutover to the second’s, summed)', hybrid.linkDays, 'integer'],
    ['Hybrid links that close (both ends move)', hybrid.closing, 'integer'],
    ['Hybrid links that stay open (the other end is retired or retained)', hybrid.openEnded, 'integer'],
    ['Hybrid links waiting on held-back workloads', hybrid.heldBack, 'integer'],
    ['Hybrid links by kind (links, link-days)', hybrid.byKind.map((k) => `${labelOf(k.kind).toLowerCase()} ${k.links} (${k.linkDays} days)`).join('; ') || 'None', 'text'],
    ['Longest hybrid link', longest ? clip(`${linkName(longest.dependencyId)}: ${longest.days} days (waves ${longest.opensInWave} to ${longest.closesInWave})`) : 'None', 'text'],
    ['Dual running: days per workload in both places', dualRunning ? spreadText(dualRunning.workloads ? dualRunning.days : null, 'days') : 'Not costed', 'text'],
    ['Dual running: workload-days in both places', dualRunning?.workloadDays ?? null, 'integer'],
    ['Dual-running cost', dualRunning?.cost ?? null, 'money'],
    ['Steps on the critical path', quality.criticalSteps, 'integer'],
  ];
  return { title: 'Plan quality', columns: [col('Measure'), col('Value', 'text')], rows: facts.map(([k, v]) => [k, v]), lastCellKinds: facts.map(([, , kind]) => kind) };
}

/** The critical path, first to last: the chain of units and gates that sets the end date. */
export function criticalPathTable(steps: readonly CriticalStep[], nameOf: (id: string) => string): SheetTable {
  return {
    title: steps.length ? 'Critical path (what sets the end date, first to last)' : 'Critical path: none worked out for this plan',
    columns: [col('Step', 'integer'), col('Wave', 'integer'), col('Unit', 'text', { wrap: true }), col('Because', 'text', { wrap: true, span: 6 })],
    // One name per line: names may hold commas.
    rows: steps.map((s, i) => [i + 1, s.wave, s.workloadIds.length ? clip(s.workloadIds.map(nameOf).join('\n')) : '(the calendar)', clip(s.because)]),
  };
}
