import { describe, expect, it } from 'vitest';
import { overlaidSpend, overlaidWaves } from '../../../../shared/compare/compare-charts.js';
import { FIGURES, type FigureKey } from '../../../../shared/compare/compare-figures.js';
import { compareScenarios, type ComparedScenario } from '../../../../shared/compare/compare-scenarios.js';
import { explainFigure } from '../../../../shared/compare/explain-figure.js';
import { filterRows } from '../../../../shared/compare/workload-diff.js';
import { TIERS } from '../../../../shared/domain/enums.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../shared/estate/estate-settings.js';
import type { EstateContent } from '../../../../shared/estate/estate.js';
import { EstateReport } from '../../../../shared/report/estate-report.js';
import { healthcareSampleEstate, SAMPLE_PLAN_SETTINGS } from '../../../../shared/sample/healthcare-estate.js';

// Each compared figure is its scenario's own: worked out here from each scenario's
// report made alone, never through the comparison's own reading of it.

const CLINICS = 'Meridian Clinics';

function baseline(): EstateContent {
  const { workloads, dependencies } = healthcareSampleEstate();
  return { workloads, dependencies, positions: Object.fromEntries(workloads.map((w, i) => [w.id, i + 1])), nodePositions: {}, ...DEFAULT_ESTATE_SETTINGS, planSettings: SAMPLE_PLAN_SETTINGS };
}

/** The clinics' workloads on dedicated databases, kept with a reason where that is weaker than recommended. */
function clinicsOnDedicatedDb(): EstateContent {
  const estate = baseline();
  const workloads = estate.workloads.map((w) => (w.tenant === CLINICS ? { ...w, chosenTier: 'dedicated-database' as const, tierOverrideReason: 'The clinics’ contract caps hosting cost' } : w));
  return { ...estate, workloads };
}

/** Two waves in flight, starting in March. */
function fasterFromMarch(): EstateContent {
  const estate = baseline();
  return { ...estate, planSettings: { ...estate.planSettings, wavesInFlight: 2, startDate: '2027-03-01' } };
}

const scenarios = (): ComparedScenario[] => [
  { id: 'baseline', name: 'Baseline', report: new EstateReport(baseline()) },
  { id: 'clinics-db', name: 'Clinics on dedicated DB', report: new EstateReport(clinicsOnDedicatedDb()) },
  { id: 'march', name: 'Two in flight from March', report: new EstateReport(fasterFromMarch()) },
];

/** Each figure of a scenario, read from a report made alone. */
function alone(content: EstateContent): Record<FigureKey, unknown> {
  const r = new EstateReport(content);
  const h = r.costs.headlines;
  const byTier = Object.fromEntries(TIERS.map((t) => [`tier:${t}`, { likely: r.costs.byTier.get(t)?.workloads ?? 0 }]));
  return {
    waves: { likely: r.quality.waves },
    endDate: { likely: r.quality.endDate },
    oneTime: { ...h.oneTime },
    dualRunning: { ...h.dualRunning },
    runBefore: { likely: h.runBefore },
    runAfter: { ...h.runAfter },
    payback: { ...h.payback },
    linkDays: { likely: r.quality.hybrid.linkDays },
    highFindings: { likely: r.findings.count.high },
    acceptedRisks: { likely: r.findings.all.filter((f) => f.acceptedRisk).length },
    ...byTier,
  } as Record<FigureKey, unknown>;
}

describe('comparing scenarios', () => {
  const compared = compareScenarios(scenarios());
  const contents = [baseline(), clinicsOnDedicatedDb(), fasterFromMarch()];

  it('shows each figure as that scenario’s report computed alone says it', () => {
    const expected = contents.map(alone);
    expect(compared.figures.map((f) => f.definition.key)).toEqual(FIGURES.map((f) => f.key));
    for (const figure of compared.figures) contents.forEach((_, i) => expect(figure.values[i], `${figure.definition.key} of scenario ${i}`).toEqual(expected[i]?.[figure.definition.key]));
  });

  it('says which figures differ from the reference, and which way', () => {
    const figure = (key: FigureKey) => compared.figures.find((f) => f.definition.key === key);
    for (const f of compared.figures) expect(f.differences[0]).toMatchObject({ changed: false, direction: 'same', verdict: 'neutral' });
    // The clinics move onto dedicated databases: more there, and the sample's accepted risk of a shared clinic database goes.
    const db = figure('tier:dedicated-database');
    expect(db?.differences[1]?.changed).toBe(true);
    expect(db?.differences[1]?.direction).toBe('up');
    expect(figure('acceptedRisks')?.differences[1]).toMatchObject({ changed: true, direction: 'down', verdict: 'better' });
    // Two waves in flight from March: the dates move, so the end date does.
    const end = figure('endDate');
    const [refEnd, marchEnd] = [String(end?.values[0]?.likely), String(end?.values[2]?.likely)];
    expect(end?.differences[2]?.changed).toBe(true);
    expect(end?.differences[2]?.delta).toBe(Math.round((Date.parse(marchEnd) - Date.parse(refEnd)) / 86_400_000));
    // A difference's verdict follows its figure's better side.
    for (const f of compared.figures)
      for (const d of f.differences) {
        if (d.direction === 'same' || d.direction === 'unknown' || f.definition.better === null) expect(d.verdict).toBe('neutral');
        else expect(d.verdict).toBe((d.direction === 'down') === (f.definition.better === 'lower') ? 'better' : 'worse');
      }
  });

  it('flags, workload by workload, the fields any scenario changes', () => {
    const reports = contents.map((c) => new EstateReport(c));
    expect(compared.rows).toHaveLength(contents[0]?.workloads.length ?? 0);
    for (const row of compared.rows) {
      const tiers = reports.map((r) => r.analysis.tierOf(row.workloadId));
      const waves = reports.map((r) => r.plan.waveOf.get(row.workloadId) ?? null);
      const cutovers = reports.map((r, i) => r.plan.waves.find((w) => w.number === waves[i])?.cutover ?? null);
      const costs = reports.map((r) => {
        const c = r.costs.costs.find((x) => x.workloadId === row.workloadId);
        return (c?.oneTime ?? 0) + (c?.dualRunning ?? 0);
      });
      expect(row.cells.map((c) => c?.tier)).toEqual(tiers);
      expect(row.cells.map((c) => c?.wave)).toEqual(waves);
      expect(row.cells.map((c) => c?.cutover)).toEqual(cutovers);
      expect(row.changed.tier).toBe(tiers.some((t) => t !== tiers[0]));
      expect(row.changed.cutover).toBe(cutovers.some((t) => t !== cutovers[0]));
      expect(row.changed.cost).toBe(costs.some((c) => Math.abs(c - (costs[0] ?? 0)) >= 0.005));
      expect(row.anyChanged).toBe(row.changed.tier || row.changed.wave || row.changed.cutover || row.changed.cost);
    }
    // The clinics' web tier was already on a dedicated database; the rest of the clinics change tier.
    const clinicIds = new Set(contents[0]?.workloads.filter((w) => w.tenant === CLINICS && w.chosenTier !== 'dedicated-database').map((w) => w.id));
    expect(filterRows(compared.rows, 'tier').some((r) => clinicIds.has(r.workloadId))).toBe(true);
    expect(filterRows(compared.rows, 'cutover').length).toBeGreaterThan(0);
    expect(filterRows(compared.rows, 'changed').length).toBeLessThanOrEqual(compared.rows.length);
    expect(filterRows(compared.rows, 'all')).toHaveLength(compared.rows.length);
  });

  it('compares a scenario with itself as unchanged throughout', () => {
    const same = compareScenarios([scenarios()[0] as ComparedScenario, { id: 'copy', name: 'Copy', report: new EstateReport(baseline()) }]);
    expect(same.figures.every((f) => !f.differences[1]?.changed)).toBe(true);
    expect(filterRows(same.rows, 'changed')).toEqual([]);
  });

  it('takes two to four scenarios', () => {
    const four = scenarios();
    expect(() => compareScenarios(four.slice(0, 1))).toThrow(/2 to 4 scenarios, not 1/);
    expect(() => compareScenarios([...four, ...four])).toThrow(/not 6/);
  });

  it('explains every figure in its scenario, naming the view that shows it', () => {
    const [, clinics] = scenarios();
    for (const f of FIGURES) expect(explainFigure(f.key, clinics?.report as EstateReport, (id) => id)).toMatch(/\(The (Waves|Costs|Findings|Tiers) view shows this figure\.\)$/);
    expect(explainFigure('acceptedRisks', clinics?.report as EstateReport, (id) => id)).toContain('The clinics’ contract caps hosting cost');
  });

  it('overlays the scenarios’ cumulative spend and moves over time', () => {
    const list = scenarios();
    const spend = overlaidSpend(list);
    list.forEach(({ report }, i) => {
      const months = report.costs.spend.months;
      for (const m of months) expect(spend.find((r) => r.at === m.month)?.series[i]).toBe(m.cumulativeWithPlan);
    });
    const moves = overlaidWaves(list);
    list.forEach(({ report }, i) => {
      const moved = report.plan.waves.reduce((n, w) => n + w.cutoverOrder.length, 0);
      expect(Math.max(...moves.map((r) => r.series[i] ?? 0))).toBe(moved);
    });
    expect(moves.map((r) => r.at)).toEqual([...moves.map((r) => r.at)].sort());
  });
});
