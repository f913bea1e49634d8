import { describe, expect, it } from 'vitest';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../shared/estate/estate-settings.js';
import { analyseEstate } from '../../../../shared/findings/analyse.js';
import { planFindings } from '../../../../shared/planner/plan-findings.js';
import { EstateReport, type ReportStages } from '../../../../shared/report/estate-report.js';
import { planEstate } from '../../../../shared/report/plan-stage.js';
import type { ReportInput } from '../../../../shared/report/report-input.js';
import { healthcareSampleEstate } from '../../../../shared/sample/healthcare-estate.js';
import { workload } from '../estate-builders.js';

function sample(): ReportInput {
  return { ...healthcareSampleEstate(), ...DEFAULT_ESTATE_SETTINGS };
}

/** Stages that count how often they run. */
function counting() {
  const calls = { analyse: 0, plan: 0 };
  const stages: ReportStages = {
    analyse: (input) => (calls.analyse++, analyseEstate(input)),
    plan: (input, analysis) => (calls.plan++, planEstate(input, analysis)),
  };
  return { calls, stages };
}

describe('the estate report', () => {
  it('works each stage out once, however often and in whatever order the views read it', () => {
    const { calls, stages } = counting();
    const report = new EstateReport(sample(), undefined, stages);
    expect(calls).toEqual({ analyse: 0, plan: 0 });
    void report.findings.all;
    void report.costs.planned;
    void report.editedRunbooks.all();
    void report.plan.waves;
    void report.costs.spend;
    void report.findings.count;
    expect(calls).toEqual({ analyse: 1, plan: 1 });
  });

  it('takes over the stages an edit did not touch', () => {
    const { calls, stages } = counting();
    const first = new EstateReport(sample(), undefined, stages);
    const firstCosts = first.costs;
    void first.findings;
    // A rate-card edit: cost again, do not plan again.
    const cheaper = new EstateReport({ ...first.input, rateCard: { ...first.input.rateCard, effortDayRate: first.input.rateCard.effortDayRate / 2 } }, first, stages);
    expect(cheaper.plan).toBe(first.plan);
    expect(cheaper.findings).toBe(first.findings);
    expect(cheaper.costs).not.toBe(firstCosts);
    expect(cheaper.costs.planned.effort).toBeCloseTo(firstCosts.planned.effort / 2);
    expect(calls).toEqual({ analyse: 1, plan: 1 });
    // A workload edit: everything again.
    const renamed = new EstateReport({ ...cheaper.input, workloads: cheaper.input.workloads.map((w, i) => (i === 0 ? { ...w, name: `${w.name} (renamed)` } : w)) }, cheaper, stages);
    void renamed.findings;
    expect(calls).toEqual({ analyse: 2, plan: 2 });
    // A runbook edit: the plan and the generated runbooks stay, the edited ones and the findings are made again.
    const step = renamed.runbooks[0]?.steps[0];
    if (!step) throw new Error('the sample has a runbook');
    const edited = new EstateReport(
      { ...renamed.input, runbookEdits: { ...renamed.input.runbookEdits, steps: { [step.id]: { minutes: 10_000, wave: renamed.runbooks[0]?.wave ?? 1, was: 'x' } } } },
      renamed,
      stages,
    );
    expect(edited.runbooks).toBe(renamed.runbooks);
    expect(edited.findings).not.toBe(renamed.findings);
    expect(calls).toEqual({ analyse: 2, plan: 2 });
    // The parallel run (on the rate card) decides the ways back, which the planner keeps each wave's rollback within: planned again.
    const noParallelRun = new EstateReport({ ...edited.input, rateCard: { ...edited.input.rateCard, parallelRunWeeks: 0 } }, edited, stages);
    expect(noParallelRun.plan).not.toBe(edited.plan);
    expect(noParallelRun.runbooks).not.toBe(edited.runbooks);
    expect(calls).toEqual({ analyse: 2, plan: 3 });
    // A price edit that keeps the parallel run keeps the plan.
    const dearer = new EstateReport({ ...noParallelRun.input, rateCard: { ...noParallelRun.input.rateCard, parallelRunWeeks: 0 } }, noParallelRun, stages);
    expect(dearer.plan).toBe(noParallelRun.plan);
    expect(calls).toEqual({ analyse: 2, plan: 3 });
  });

  it('honours the classification setting in the tiers, the costs and the findings (the views once ignored it)', () => {
    const input: ReportInput = { ...DEFAULT_ESTATE_SETTINGS, workloads: [workload('billing', { environment: 'production', dataClasses: [] })], dependencies: [] };
    const strict = new EstateReport(input);
    const relaxed = new EstateReport({ ...input, classification: { unclassifiedProductionAsRestricted: false } }, strict);
    expect(strict.analysis.tierOf('billing')).toBe('dedicated-environment');
    expect(relaxed.analysis.tierOf('billing')).not.toBe('dedicated-environment');
    expect(strict.findings.all.some((f) => f.rule === 'unclassified-production')).toBe(true);
    expect(relaxed.costs).not.toBe(strict.costs);
  });

  it('lists the estate’s, the planner’s and the runbooks’ findings in one list, most severe first', () => {
    const report = new EstateReport(sample());
    const { all, count } = report.findings;
    expect(all.length).toBe(report.analysis.findings.length + planFindings(report.plan).length + all.filter((f) => f.rule === 'rollback-too-long').length);
    expect(count.high + count.medium + count.low).toBe(all.length);
    const ranks = all.map((f) => ['high', 'medium', 'low'].indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // The runbooks' findings count too: with no parallel run the sample's wave 5 is blocked (a high finding), which
    // the estate's checks alone do not raise: what the badge once missed.
    const blocked = new EstateReport({ ...sample(), rateCard: { ...sample().rateCard, parallelRunWeeks: 0 } }).findings;
    expect(blocked.count.high).toBeGreaterThan(report.analysis.findings.filter((f) => f.severity === 'high').length + planFindings(report.plan).filter((f) => f.severity === 'high').length);
  });
});
