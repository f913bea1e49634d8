import { describe, expect, it } from 'vitest';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../shared/estate/estate-settings.js';
import { reportOf } from '../../../../shared/report/estate-report.js';
import { fitSentence } from '../../../../shared/rollback/rollback-fit.js';
import { healthcareSampleEstate, SAMPLE_PLAN_SETTINGS } from '../../../../shared/sample/healthcare-estate.js';

// Issue 17: the sample's rollback times, worked by hand from docs/domain-rules.md,
// "Rollback" (defaults: 8 h window, 250 GB/h restores, 4 at once, 100 GB/h reverse
// replication, 30 min catch-up when the change rate is unknown, a 2-week parallel run).
// Before, every store was restored one after another: waves 1-6 took 125, 184, 249,
// 247, 2,222 (37 h: 24 h for the 6 TB object store, 3.4 h each for the primary, the read
// replica and the DR standby) and 214 min.

function sampleReport(parallelRunWeeks = DEFAULT_ESTATE_SETTINGS.rateCard.parallelRunWeeks) {
  const estate = healthcareSampleEstate();
  return reportOf({ ...DEFAULT_ESTATE_SETTINGS, ...estate, planSettings: SAMPLE_PLAN_SETTINGS, rateCard: { ...DEFAULT_ESTATE_SETTINGS.rateCard, parallelRunWeeks } });
}

describe("the sample's rollback, worked by hand", () => {
  const report = sampleReport();
  const byWave = new Map(report.runbooks.map((r) => [r.wave, r]));
  const names = new Map(healthcareSampleEstate().workloads.map((w) => [w.id, w.name]));
  const nameOf = (id: string) => names.get(id) ?? id;

  it('takes the critical path of each wave’s way back, with the source kept through the parallel run', () => {
    const expected: Record<number, number> = {
      // Platform services and ingresses: traffic switches side by side, 15 min.
      1: 15,
      // PostgreSQL development (hospital), change rate unknown: 30 min catch-up; then Odoo development's switch, 15.
      2: 30 + 15,
      // The EHR interface engine switches back (15) and moves its queued messages (20), side by side with
      // PostgreSQL (clinics): 6 GB a day, 2 GB in the 8 h window at 100 GB/h is 1.2 min, so 15, then Odoo web (clinics) 15.
      3: 15 + 20,
      // PostgreSQL staging (hospital), rate unknown: 30; then Odoo web staging, 15.
      4: 30 + 15,
      // The analytics warehouse is refactored, so restored: 600 GB at 250 GB/h = 144 min, opened in 10; the
      // dashboards after it, 15. Meanwhile the primary (60 GB a day: 20 GB = 12 min, so 15) and the 6 TB object
      // store (25 GB a day: 8.3 GB = 5 min, so 15) catch up, the read replica follows the primary (10).
      5: 144 + 10 + 15,
      // The DR standby checks it still follows the source primary: 10.
      6: 10,
    };
    expect(Object.fromEntries(report.runbooks.map((r) => [r.wave, r.rollbackMinutes]))).toEqual(expected);
    expect(byWave.get(5)?.restores).toEqual(['group-analytics-dw']);
  });

  it('fits every window and every RTO, and says so', () => {
    expect(report.findings.all.filter((f) => f.rule === 'rollback-too-long')).toEqual([]);
    for (const r of report.runbooks) expect(r.rtoBreaches, `wave ${r.wave}`).toEqual([]);
    expect(fitSentence(byWave.get(5) as NonNullable<ReturnType<typeof byWave.get>>, nameOf)).toBe(
      "Rollback 2 h 49 min fits the 8 h maintenance window; every workload is back within its RTO (the smallest, 1 h, is Redis cache and queue (hospital)'s).",
    );
  });

  it('puts role steps only where they apply', () => {
    const ids = report.runbooks.flatMap((r) => r.steps.map((s) => s.id));
    expect(ids).toContain('follow:hosp-pg-replica');
    expect(ids).toContain('follow:hosp-pg-dr');
    expect(ids.filter((id) => /^(backup|reenable|restore):hosp-pg-(replica|dr)$/.test(id))).toEqual([]);
    expect(ids.filter((id) => id.startsWith('drain:')).sort()).toEqual(['drain:clin-redis', 'drain:hosp-hl7-engine', 'drain:hosp-hl7-test', 'drain:hosp-payroll-connector', 'drain:hosp-redis']);
    expect(ids).not.toContain('drain:hosp-object-storage');
    expect(ids).toContain('catch-up:hosp-object-storage');
  });

  it('without a parallel run restores from backup, side by side, splits the wave that would not fit, and blocks what still cannot, saying why', () => {
    const gone = sampleReport(0);
    const minutes = Object.fromEntries(gone.runbooks.map((r) => [r.wave, r.rollbackMinutes]));
    // Wave 5: the 6 TB object store restores in 6,000 / 250 = 24 h (1,440 min) on its own stream while the primary
    // (204) uses another; it opens in 10. Odoo web (hospital) is redeployed once that data is back (30):
    // 1,440 + 10 + 30 = 1,480 min.
    expect(minutes[5]).toBe(1440 + 10 + 30);
    // The planner kept the rest out of that wave: the payroll connector (which would replay its queue for 20 more
    // minutes), the analytics pair, pharmacy and procurement move in wave 6, the DR standby in wave 7.
    const splits = gone.plan.issues.filter((i) => i.kind === 'rollback-split').map((i) => i.sentence);
    expect(splits).toEqual([
      "Wave 5 is split for its rollback: Payroll export connector, Analytics warehouse, Analytics dashboards and 2 more move to wave 6; PostgreSQL DR standby (hospital) to wave 7 (with Payroll export connector, wave 5's rollback would take up to 25 h, longer than its 8 h maintenance window).",
    ]);
    expect(minutes[6]).toBeLessThanOrEqual(8 * 60);
    // Wave 7: the DR standby is re-seeded from the source primary: 850 GB at 100 GB/h = 510 min.
    expect(minutes[7]).toBe(510);
    const blocked = gone.findings.all.filter((f) => f.rule === 'rollback-too-long').map((f) => f.title);
    expect(blocked).toEqual([
      // Odoo web (hospital) is back at 1,450 + 30 = 1,480 min, the furthest past its RTO (4 h).
      'Wave 5 is blocked: its rollback takes 24 h 40 min, longer than its 8 h maintenance window, and Odoo web (hospital) is back after 24 h 40 min, past its 4 h RTO (and 4 more past theirs)',
      'Wave 7 is blocked: its rollback takes 8 h 30 min, longer than its 8 h maintenance window, and PostgreSQL DR standby (hospital) is back after 8 h 30 min, past its 4 h RTO',
    ]);
  });
});
