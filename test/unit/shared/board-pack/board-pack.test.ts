import { describe, expect, it } from 'vitest';
import { buildBoardPack, PACK_LIMITS } from '../../../../shared/board-pack/board-pack.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../shared/estate/estate-settings.js';
import type { EstateContent } from '../../../../shared/estate/estate.js';
import { reportOf } from '../../../../shared/report/estate-report.js';
import { healthcareSampleEstate, SAMPLE_PLAN_SETTINGS } from '../../../../shared/sample/healthcare-estate.js';
import { generateSyntheticEstate } from '../../../../shared/synthetic/generate-estate.js';

function content(estate: Pick<EstateContent, 'workloads' | 'dependencies'>, settings: Partial<EstateContent> = {}): EstateContent {
  return { ...estate, positions: {}, nodePositions: {}, ...DEFAULT_ESTATE_SETTINGS, ...settings };
}

function packOf(estate: EstateContent, snapshot: object = estate) {
  const report = reportOf(estate);
  return { report, pack: buildBoardPack({ estateName: 'Meridian', content: estate, snapshot, report, date: '2026-11-29', version: '0.1.0' }) };
}

const sample = content(healthcareSampleEstate(), { planSettings: SAMPLE_PLAN_SETTINGS });

describe('the board pack of the sample', () => {
  const { report, pack } = packOf(sample);

  it('prints the report’s own figures, not figures of its own', () => {
    expect(pack.headlines.oneTime).toEqual(report.costs.headlines.oneTime);
    expect(pack.headlines.runAfter).toEqual(report.costs.headlines.runAfter);
    expect(pack.findings.count).toEqual(report.findings.count);
    expect(pack.scope.moving).toBe(report.plan.waveOf.size);
    expect(pack.waves.map((w) => w.number)).toEqual(report.plan.waves.map((w) => w.number));
    const perWave = pack.costs.byWave.reduce((s, w) => s + w.oneTime, 0);
    expect(perWave).toBeCloseTo(report.costs.planned.oneTime, 6);
  });

  it('names at most five risks, one per check, the most severe first', () => {
    expect(pack.risks.length).toBeGreaterThan(0);
    expect(pack.risks.length).toBeLessThanOrEqual(5);
    expect(new Set(pack.risks.map((r) => r.check)).size).toBe(pack.risks.length);
    expect(pack.risks[0]?.severity).toBe('high');
    for (const r of pack.risks) expect(r.action.length).toBeGreaterThan(0);
  });

  it('counts every finding once in its severity’s checks', () => {
    for (const group of pack.findings.groups) expect(group.checks.reduce((s, c) => s + c.count, 0)).toBe(group.count);
  });

  it('asks for the decisions the estate needs and only those', () => {
    const titles = pack.decisions.map((d) => d.title);
    // The sample accepts four weaker tiers with a reason and leaves one without.
    expect(titles).toContain('Tiers weaker than recommended, with no reason given');
    expect(titles).toContain('Accepted risks to ratify');
    expect(titles).not.toContain('Workloads held back by readiness gates');
    for (const d of pack.decisions) expect(d.count).toBeGreaterThan(0);
  });

  it('writes money and dates by the estate’s conventions (Ireland, euro)', () => {
    expect(pack.conventions.money(1250)).toBe('€1,250');
    expect(pack.conventions.day('2027-03-14')).toBe('14 Mar 2027');
    expect(pack.cover.scenarioName).toBe('Baseline');
  });

  it('counts every workload in the tier tables', () => {
    for (const table of pack.tiers.tables) {
      const sum = table.rows.reduce((s, r) => s + r.counts['multi-tenant'] + r.counts['dedicated-database'] + r.counts['dedicated-environment'], 0);
      expect(sum).toBe(sample.workloads.length);
    }
    expect(pack.summarised).toEqual([]);
  });
});

describe('the cover names the scenario', () => {
  it('reads the snapshot’s scenarios when it has them', () => {
    const snapshot = { ...sample, scenarios: [{ id: 's1', name: 'Two-year plan' }], activeScenarioId: 's1' };
    expect(packOf(sample, snapshot).pack.cover.scenarioName).toBe('Two-year plan');
  });
});

describe('the board pack of the 10,000-workload estate', () => {
  const estate = content(generateSyntheticEstate({ workloads: 10_000, dependencies: 50_000 }));
  const { report, pack } = packOf(estate);

  it('lists a bounded number of findings and says what it summarised', () => {
    expect(pack.findings.listed).toHaveLength(PACK_LIMITS.listedFindings);
    expect(pack.findings.more).toBe(report.findings.all.filter((f) => f.severity !== 'low').length - PACK_LIMITS.listedFindings);
    expect(pack.summarised.some((s) => s.startsWith('Findings:'))).toBe(true);
    expect(pack.findings.groups.reduce((s, g) => s + g.checks.length, 0)).toBeLessThan(40);
  });
});

describe('listing findings by name', () => {
  it('lists all of them when they fit, and at most five of a check when they do not', () => {
    const { report, pack } = packOf(sample);
    expect(pack.findings.listed).toHaveLength(report.findings.all.filter((f) => f.severity !== 'low').length);
    const large = packOf(content(generateSyntheticEstate({ workloads: 2_000, dependencies: 8_000 }))).pack;
    const perCheck = new Map<string, number>();
    for (const f of large.findings.listed) perCheck.set(`${f.severity} ${f.check}`, (perCheck.get(`${f.severity} ${f.check}`) ?? 0) + 1);
    expect(Math.max(...perCheck.values())).toBeLessThanOrEqual(5);
    expect(perCheck.size).toBeGreaterThan(1);
  });
});
