import { describe, expect, it } from 'vitest';
import type { Dependency } from '../../../../shared/domain/dependency.js';
import type { Workload } from '../../../../shared/domain/workload.js';
import { analyseEstate } from '../../../../shared/findings/analyse.js';
import { rollbackBound, unitRollback, type WayBackFigures } from '../../../../shared/planner/rollback-budget.js';
import { DEFAULT_PLAN_SETTINGS } from '../../../../shared/planner/settings.js';
import { planEstate } from '../../../../shared/report/plan-stage.js';
import { reportOf } from '../../../../shared/report/estate-report.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../shared/estate/estate-settings.js';
import { DEFAULT_ROLLBACK_SETTINGS, type RollbackSettings } from '../../../../shared/rollback/rollback-settings.js';
import { workload } from '../estate-builders.js';

// The planner's rollback condition: a wave takes a unit only while its way back, bounded
// as the runbook will time it, fits the window and queues no restore past its RTO.

const ready: Workload['readiness'] = ['backup-restore-tested', 'performance-baseline', 'identity-federated', 'monitoring-in-place', 'runbook-ready', 'infrastructure-as-code'];
const db = (id: string, gb: number, spec: Partial<Workload> = {}) =>
  workload(id, { kind: 'database', criticality: 3, dataClasses: ['operational'], readiness: ready, databaseGb: gb, rtoMinutes: null, ...spec });
const planSettings = { ...DEFAULT_PLAN_SETTINGS, pilotWave: false, provingWaves: 0, financeClose: { before: 0, after: 0 } };

function planOf(workloads: Workload[], rollback: Partial<RollbackSettings>, parallelRunWeeks = 0, dependencies: Dependency[] = []) {
  const input = { workloads, dependencies, planSettings, rollbackSettings: { ...DEFAULT_ROLLBACK_SETTINGS, ...rollback }, rateCard: { parallelRunWeeks } };
  return planEstate(input, analyseEstate({ workloads, dependencies }));
}
const members = (p: ReturnType<typeof planOf>) => p.waves.map((w) => [...w.cutoverOrder].sort());

describe('the bound of a wave’s rollback', () => {
  const figures = (f: Partial<WayBackFigures>): WayBackFigures => ({ restore: 0, restoring: 0, follower: 0, data: 0, traffic: 0, ...f });
  const unit = (id: string, f: Partial<WayBackFigures>, rto: number | null = null) => unitRollback([workload(id, { rtoMinutes: rto })], () => figures(f));

  it('places restores longest first on the stream free first, then adds the traffic', () => {
    const wave = unit('a', { restore: 190, restoring: 180 });
    // Two streams: 180 (+10) on one, 120 (+10) and 60 (+10) on the other: data back at 190; traffic 30 after.
    const withB = rollbackBound(wave, unit('b', { restore: 130, restoring: 120 }), 2);
    expect(withB.minutes).toBe(190);
    const both = unitRollback([workload('b'), workload('c'), workload('d')], (w) =>
      w.id === 'b' ? figures({ restore: 130, restoring: 120 }) : w.id === 'c' ? figures({ restore: 70, restoring: 60 }) : figures({ traffic: 30 }),
    );
    expect(rollbackBound(wave, both, 2).minutes).toBe(Math.max(190, 120 + 70) + 30);
    // One stream: one after another.
    expect(rollbackBound(wave, both, 1).minutes).toBe(180 + 120 + 70 + 30);
  });

  it('counts a follower with its primary, and reverse replication at once', () => {
    const wave = unit('p', { data: 45 });
    expect(rollbackBound(wave, unit('r', { follower: 45 + 510 }), 4).minutes).toBe(555);
    expect(rollbackBound(wave, unit('q', { data: 90 }), 4).minutes).toBe(90);
  });

  it('names a restore that would queue past its RTO, but not one longer than its RTO on its own', () => {
    const wave = unit('big', { restore: 250, restoring: 240 });
    const queued = rollbackBound(wave, unit('small', { restore: 70, restoring: 60 }, 120), 1);
    expect(queued.late).toEqual({ id: 'small', back: 240 + 70, rto: 120 });
    const hopeless = rollbackBound(wave, unit('slow', { restore: 200, restoring: 190 }, 120), 1);
    expect(hopeless.late).toBeNull();
  });
});

describe('the planner keeps each wave’s rollback within its window', () => {
  // Without a parallel run each database restores: 750 GB at 250 GB/h = 180 min, then 10 to open for writes.
  const three = [db('a', 750), db('b', 750), db('c', 750)];

  it('splits a wave whose restores would queue past the window, and says so once', () => {
    // One restore stream and a 7 h window: the second restore starts when the first leaves the stream (180) and is
    // open at 180 + 190 = 370 min, which fits; a third would be open at 360 + 190 = 550, which does not.
    const p = planOf(three, { parallelRestores: 1, maintenanceWindowHours: 7 });
    expect(members(p)).toEqual([['a', 'b'], ['c']]);
    const splits = p.issues.filter((i) => i.kind === 'rollback-split');
    expect(splits.map((i) => i.sentence)).toEqual([
      "Wave 1 is split for its rollback: c moves to wave 2 (with c, wave 1's rollback would take up to 9 h 10 min, longer than its 7 h maintenance window).",
    ]);
    expect(splits[0]?.workloadIds).toEqual(['c']);
  });

  it('keeps them together when the restores run side by side, or the source is kept running', () => {
    expect(members(planOf(three, { parallelRestores: 3, maintenanceWindowHours: 7 }))).toEqual([['a', 'b', 'c']]);
    // With a parallel run each way back is reverse replication (30 min with no change rate recorded).
    expect(members(planOf(three, { parallelRestores: 1, maintenanceWindowHours: 7 }, 4))).toEqual([['a', 'b', 'c']]);
  });

  it('splits a wave where a restore would queue past its workload’s RTO', () => {
    const urgent = [db('a', 750), db('b', 750, { rtoMinutes: 240 })];
    // One stream: b would be back at 180 + 190 = 370 min, past its 4 h RTO, though it needs only 190 on its own.
    const p = planOf(urgent, { parallelRestores: 1, maintenanceWindowHours: 12 });
    expect(members(p)).toEqual([['a'], ['b']]);
    expect(p.issues.find((i) => i.kind === 'rollback-split')?.sentence).toContain("a restore in wave 1 would queue until 6 h 10 min, past its workload's 4 h RTO");
  });

  it('gives a unit too long for any window a wave of its own, and its runbook finding blocks it', () => {
    const estate = { ...DEFAULT_ESTATE_SETTINGS, workloads: [db('huge', 5000), db('a', 100), db('b', 100)], dependencies: [] };
    const report = reportOf({
      ...estate,
      planSettings,
      rollbackSettings: { ...DEFAULT_ROLLBACK_SETTINGS, parallelRestores: 1 },
      rateCard: { ...DEFAULT_ESTATE_SETTINGS.rateCard, parallelRunWeeks: 0 },
    });
    const waveOf = (id: string) => report.plan.waveOf.get(id);
    expect(waveOf('huge')).not.toBe(waveOf('a'));
    expect(waveOf('a')).toBe(waveOf('b'));
    const blocked = report.findings.all.filter((f) => f.rule === 'rollback-too-long');
    expect(blocked).toHaveLength(1);
    expect(blocked[0]?.workloadIds).toContain('huge');
  });
});
