import { describe, expect, it } from 'vitest';
import { planQuality, spreadOf } from '../../../../shared/planner/plan-quality.js';
import type { HybridLink, Plan, Wave } from '../../../../shared/planner/plan-types.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../shared/estate/estate-settings.js';
import { EstateReport } from '../../../../shared/report/estate-report.js';
import { healthcareSampleEstate } from '../../../../shared/sample/healthcare-estate.js';
import { dependency, workload } from '../estate-builders.js';

// Hand-made plans: the figures are worked out here on paper and compared.

function wave(number: number, start: string, cutover: string, members: string[], hybridLinks: HybridLink[] = []): Wave {
  return {
    number,
    phase: number === 0 ? 'foundation' : 'production',
    start,
    end: cutover,
    cutover,
    cutoverMoved: [],
    units: members.length ? [{ members, reasoning: [] }] : [],
    cutoverOrder: members,
    hybridLinks,
    gates: [],
    risk: 0,
    confidence: 1,
  };
}

function planOf(waves: Wave[], extra: Partial<Plan> = {}): Plan {
  const waveOf = new Map<string, number>();
  for (const w of waves) for (const id of w.cutoverOrder) waveOf.set(id, w.number);
  return { waves, notMigrating: [], heldBack: [], issues: [], waveOf, criticalPath: [], ...extra };
}

// a (wave 1) ← b (wave 2) ← c (wave 3); d is retained; e is held back.
const workloads = [
  workload('a', { effortDays: 4 }),
  workload('b', { effortDays: 2 }),
  workload('b2', { effortDays: null, kind: 'database' }),
  workload('c', { effortDays: 6 }),
  workload('d', { strategy: 'retain' }),
  workload('e'),
];
const deps = [
  dependency('b', 'a', { id: 'b-a', kind: 'api' }),
  dependency('c', 'a', { id: 'c-a', kind: 'database' }),
  dependency('c', 'b', { id: 'c-b', kind: 'api' }),
  dependency('a', 'd', { id: 'a-d', kind: 'identity' }),
  dependency('e', 'c', { id: 'e-c', kind: 'queue' }),
];
const ba: HybridLink = { dependencyId: 'b-a', opensInWave: 1, closesInWave: 2 };
const ca: HybridLink = { dependencyId: 'c-a', opensInWave: 1, closesInWave: 3 };
const cb: HybridLink = { dependencyId: 'c-b', opensInWave: 2, closesInWave: 3 };
const ad: HybridLink = { dependencyId: 'a-d', opensInWave: 1, closesInWave: null };
const ec: HybridLink = { dependencyId: 'e-c', opensInWave: 3, closesInWave: null };
const plan = planOf(
  [
    wave(0, '2027-01-04', '2027-01-17', []),
    wave(1, '2027-01-18', '2027-01-31', ['a'], [ba, ca, ad]),
    wave(2, '2027-02-01', '2027-02-14', ['b', 'b2'], [ba, cb]),
    wave(3, '2027-02-15', '2027-03-07', ['c'], [ca, cb, ec]),
  ],
  { heldBack: [{ workloadId: 'e', reason: 'gates' }], notMigrating: [{ workloadId: 'd', reason: 'retained' }], criticalPath: [{ wave: 1, workloadIds: ['a'], because: 'first' }] },
);

describe('plan quality', () => {
  it('counts the waves that move something and ends at the last cutover', () => {
    const q = planQuality(plan, deps, workloads);
    expect(q.waves).toBe(3);
    expect(q.startDate).toBe('2027-01-18');
    expect(q.endDate).toBe('2027-03-07');
    expect(q.criticalSteps).toBe(1);
  });

  it('counts each hybrid link once, with the days between its two cutovers, and the open-ended ones apart', () => {
    const { hybrid } = planQuality(plan, deps, workloads);
    expect(hybrid.links).toBe(5);
    expect(hybrid.closing).toBe(3);
    // b-a: Jan 31 → Feb 14 = 14; c-a: Jan 31 → Mar 7 = 35; c-b: Feb 14 → Mar 7 = 21.
    expect(hybrid.linkDays).toBe(14 + 35 + 21);
    expect(hybrid.openEnded).toBe(1); // a → d, retained
    expect(hybrid.heldBack).toBe(1); // e → c, e held back
    expect(hybrid.longest.map((l) => [l.dependencyId, l.days])).toEqual([
      ['c-a', 35],
      ['c-b', 21],
      ['b-a', 14],
    ]);
    expect(hybrid.byKind).toEqual([
      { kind: 'api', links: 2, linkDays: 35 },
      { kind: 'database', links: 1, linkDays: 35 },
      { kind: 'identity', links: 1, linkDays: 0 },
      { kind: 'queue', links: 1, linkDays: 0 },
    ]);
  });

  it('measures wave balance in workloads and in effort days (recorded, else the planner’s estimate)', () => {
    const q = planQuality(plan, deps, workloads);
    expect(q.size).toEqual({ min: 1, max: 2, mean: 4 / 3, cv: expect.closeTo(Math.sqrt(2 / 9) / (4 / 3), 6) });
    // b2 is a database with no recorded effort: 4 days by the planner's estimate.
    expect(q.effort?.min).toBe(4);
    expect(q.effort?.max).toBe(6);
    expect(q.effortRecorded).toBeCloseTo(3 / 4);
  });

  it('takes dual running from the costs’ own terms: overlap before the cutover plus the parallel run', () => {
    const costs = [
      { workloadId: 'a', moving: true, wave: 1, overlapDays: 13, dualRunning: 100 },
      { workloadId: 'b', moving: true, wave: 2, overlapDays: 13, dualRunning: 50.5 },
      { workloadId: 'd', moving: false, wave: null, overlapDays: 0, dualRunning: 0 },
    ];
    const { dualRunning } = planQuality(plan, deps, workloads, { workloads: costs, parallelRunDays: 14 });
    expect(dualRunning).toEqual({ workloads: 2, days: { min: 27, max: 27, mean: 27, cv: 0 }, workloadDays: 54, cost: 150.5 });
    expect(planQuality(plan, deps, workloads).dualRunning).toBeNull();
  });

  it('says nothing moves for an empty plan, without dividing by zero', () => {
    const q = planQuality(planOf([wave(0, '2027-01-04', '2027-01-17', [])]), [], []);
    expect(q).toMatchObject({ waves: 0, endDate: null, startDate: null, size: null, effort: null, effortRecorded: 0 });
    expect(q.hybrid).toMatchObject({ links: 0, linkDays: 0, openEnded: 0 });
    expect(spreadOf([0, 0])).toEqual({ min: 0, max: 0, mean: 0, cv: 0 });
  });

  it('is a stage of the report: its dual running is the Costs view’s, and it is kept when only the runbooks change', () => {
    const report = new EstateReport({ ...healthcareSampleEstate(), ...DEFAULT_ESTATE_SETTINGS });
    const q = report.quality;
    expect(q.waves).toBeGreaterThan(0);
    expect(q.dualRunning?.cost).toBeCloseTo(report.costs.planned.dualRunning, 2);
    expect(q.dualRunning?.workloads).toBe(report.plan.waveOf.size);
    expect(report.quality).toBe(q);
    const edited = new EstateReport({ ...report.input, runbookEdits: { ...report.input.runbookEdits } }, report);
    expect(edited.quality).toBe(q);
    const slower = new EstateReport({ ...report.input, rateCard: { ...report.input.rateCard, parallelRunWeeks: report.input.rateCard.parallelRunWeeks + 1 } }, report);
    expect(slower.quality).not.toBe(q);
    expect(slower.quality.dualRunning?.days.min).toBe((q.dualRunning?.days.min ?? 0) + 7);
  });
});
