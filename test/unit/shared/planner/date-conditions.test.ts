import { describe, expect, it } from 'vitest';
import type { Dependency } from '../../../../shared/domain/dependency.js';
import type { Workload } from '../../../../shared/domain/workload.js';
import { analyseEstate } from '../../../../shared/findings/analyse.js';
import { dateUrgency, firstWaveCuttingOverFrom } from '../../../../shared/planner/date-conditions.js';
import { moveUnits } from '../../../../shared/planner/move-units.js';
import { planFindings } from '../../../../shared/planner/plan-findings.js';
import { planWaves } from '../../../../shared/planner/plan-waves.js';
import { DEFAULT_PLAN_SETTINGS, type PlanSettings } from '../../../../shared/planner/settings.js';
import { UnitTable } from '../../../../shared/planner/unit-table.js';
import { WaveCalendar } from '../../../../shared/planner/wave-calendar.js';
import { shiftDays } from '../../../../shared/planner/calendar.js';
import { seededRandom } from '../../../../shared/synthetic/generate-estate.js';
import { generateRealisticEstate } from '../../../../shared/synthetic/realistic-estate.js';
import { dependency, workload } from '../estate-builders.js';

// Workload date limits on small estates. Waves are 14 days from a Monday; with no
// month-end freeze wave n cuts over on its 14th day. Unless a test says otherwise,
// workloads are internal, criticality 3, ready, one per wave (so a chain of providers
// spreads over the weeks), and the pilot and proving waves are off.
const ready: Workload['readiness'] = ['backup-restore-tested', 'performance-baseline', 'identity-federated', 'monitoring-in-place', 'runbook-ready', 'infrastructure-as-code'];
const w = (id: string, spec: Partial<Workload> = {}) => workload(id, { criticality: 3, dataClasses: ['operational'], readiness: ready, ...spec });
// From Monday 2026-11-02: cutovers 11-15, 11-29, 12-13, 12-27, 2027-01-10, 01-24, 02-07.
const november: PlanSettings = { ...DEFAULT_PLAN_SETTINGS, startDate: '2026-11-02', pilotWave: false, provingWaves: 0, financeClose: { before: 0, after: 0 }, maxWorkloadsPerWave: 1 };

function plan(workloads: Workload[], dependencies: Dependency[] = [], settings: Partial<PlanSettings> = {}) {
  const analysis = analyseEstate({ workloads, dependencies });
  return planWaves({ workloads, dependencies, settings: { ...november, ...settings }, cycles: analysis.cycles, levelOf: (id) => analysis.sensitivity.get(id)?.level ?? 'public' });
}
const waveOf = (p: ReturnType<typeof plan>, id: string) => p.waves.find((wave) => wave.cutoverOrder.includes(id));
const reasoningOf = (p: ReturnType<typeof plan>, id: string) =>
  waveOf(p, id)
    ?.units.find((u) => u.members.includes(id))
    ?.reasoning.join(' ') ?? '';
const december = { from: '2026-12-01', to: '2026-12-31', label: 'December freeze' };
// Interface engine ← HL7 router ← EHR interface: one a wave, the EHR interface third (2026-12-13).
const chain = (ehr: Partial<Workload> = {}) => ({
  workloads: [w('engine', { name: 'Interface engine' }), w('router', { name: 'HL7 router' }), w('ehr', { name: 'EHR interface', ...ehr })],
  dependencies: [dependency('router', 'engine'), dependency('ehr', 'router')],
});

describe('workload date limits in the plan', () => {
  it('finds the first wave cutting over on or after a day, near or far', () => {
    const calendar = new WaveCalendar(november);
    expect(firstWaveCuttingOverFrom(calendar, '2026-01-01')).toBe(1);
    expect(firstWaveCuttingOverFrom(calendar, '2026-11-15')).toBe(1);
    expect(firstWaveCuttingOverFrom(calendar, '2026-11-16')).toBe(2);
    expect(firstWaveCuttingOverFrom(calendar, '2027-01-10')).toBe(5);
    const far = firstWaveCuttingOverFrom(calendar, '2040-06-01');
    expect(calendar.dates(far).cutover >= '2040-06-01' && calendar.dates(far - 1).cutover < '2040-06-01').toBe(true);
  });

  it('not before: the unit waits for the first wave that cuts over on or after its day, and says why', () => {
    const p = plan([w('a'), w('pacs', { name: 'PACS archive', notBefore: '2026-12-01' })], [], { maxWorkloadsPerWave: 12 });
    expect(waveOf(p, 'a')?.number).toBe(1);
    expect(waveOf(p, 'pacs')).toMatchObject({ number: 3, cutover: '2026-12-13' });
    expect(reasoningOf(p, 'pacs')).toContain('PACS archive may not cut over before 2026-12-01');
    expect(p.issues.filter((i) => i.kind === 'date-unmet')).toEqual([]);
  });

  it('an own December blackout: the EHR interface that would cut over on 2026-12-13 moves to the first wave after December', () => {
    const { workloads, dependencies } = chain();
    expect(waveOf(plan(workloads, dependencies), 'ehr')?.cutover).toBe('2026-12-13');

    const held = chain({ blackouts: [december] });
    const p = plan(held.workloads, held.dependencies);
    expect(waveOf(p, 'ehr')).toMatchObject({ number: 5, cutover: '2027-01-10' });
    expect(reasoningOf(p, 'ehr')).toContain('inside EHR interface’s own blackout December 2026 (December freeze)');
    // Only its own wave is held: the rest of the estate still moves in December.
    expect(p.waves.map((wave) => wave.cutover)).toEqual(['2026-11-15', '2026-11-29', '2027-01-10']);
    expect(p.issues.filter((i) => i.kind === 'date-unmet')).toEqual([]);
  });

  it('not after and done by are met where the other conditions allow', () => {
    const { workloads, dependencies } = chain({ notAfter: '2026-12-13', doneBy: '2026-12-13' });
    const p = plan(workloads, dependencies);
    expect(waveOf(p, 'ehr')).toMatchObject({ cutover: '2026-12-13', end: '2026-12-13' });
    expect(p.issues.filter((i) => i.kind === 'date-unmet')).toEqual([]);
  });

  it('a missed not-after or done-by date is a plan issue naming the workload, the date, the wave’s date and what held it', () => {
    const { workloads, dependencies } = chain({ name: 'Payroll export', notAfter: '2026-12-01', doneBy: '2026-11-30' });
    const p = plan(workloads, dependencies);
    const unmet = p.issues.filter((i) => i.kind === 'date-unmet');
    expect(unmet.map((i) => i.sentence)).toEqual([
      'Payroll export should cut over by 2026-12-01 (not after), but wave 3 cuts over on 2026-12-13: Wave 3: its provider HL7 router moves in wave 2, and wave 2 is full.',
      'Payroll export should be done by 2026-11-30, but wave 3 ends on 2026-12-13: Wave 3: its provider HL7 router moves in wave 2, and wave 2 is full.',
    ]);
    expect(unmet.every((i) => i.workloadIds.join() === 'ehr')).toBe(true);
    const findings = planFindings(p).filter((f) => f.rule === 'plan:date-unmet');
    expect(findings.map((f) => [f.severity, f.title])).toEqual([
      ['medium', 'Workload date not met: Payroll export should cut over by 2026-12-01 (not after), but wave 3 cuts over on 2026-12-13'],
      ['medium', 'Workload date not met: Payroll export should be done by 2026-11-30, but wave 3 ends on 2026-12-13'],
    ]);
  });

  it('a pin wins over the dates, and the plan says so', () => {
    const p = plan([w('ehr', { name: 'EHR interface', pinnedWave: 3, blackouts: [december], notBefore: '2027-01-01' })]);
    expect(waveOf(p, 'ehr')).toMatchObject({ number: 3, cutover: '2026-12-13' });
    const unmet = p.issues.filter((i) => i.kind === 'date-unmet').map((i) => i.sentence);
    expect(unmet).toEqual([
      'EHR interface may not cut over before 2027-01-01, but wave 3 cuts over on 2026-12-13: it is pinned there by the architect, and a pin wins over a date.',
      'EHR interface may not cut over in its own blackout December 2026 (December freeze), but wave 3 cuts over on 2026-12-13: it is pinned there by the architect, and a pin wins over a date.',
    ]);
  });

  it('gives each unit its soonest deadline, for placing urgent units first', () => {
    const workloads = [w('a', { system: 'Payroll', notAfter: '2027-02-01' }), w('b', { system: 'Payroll', doneBy: '2027-01-27' }), w('c')];
    const analysis = analyseEstate({ workloads, dependencies: [] });
    const position = new Map(workloads.map((x, i) => [x.id, i]));
    const units = new UnitTable(
      moveUnits(workloads, [], analysis.cycles, (id) => position.get(id), { consumer: new Int32Array(0), provider: new Int32Array(0) } as never),
      workloads,
      workloads.map(() => 'internal'),
    );
    expect(dateUrgency(units)).toEqual(['2027-01-27', null]);
  });

  it('on realistic estates with random limits and pins, every limit is kept or named in a plan issue', () => {
    for (const seed of [1, 2, 3]) {
      const random = seededRandom(seed);
      const day = () => shiftDays('2026-11-02', Math.floor(random() * 200));
      const estate = generateRealisticEstate({ workloads: 300, seed });
      const workloads = estate.workloads.map((x) => {
        const r = random();
        if (r < 0.05) return { ...x, notBefore: day() };
        if (r < 0.1) return { ...x, notAfter: day() };
        if (r < 0.15) return { ...x, doneBy: day() };
        if (r < 0.2) {
          const from = day();
          return { ...x, blackouts: [{ from, to: shiftDays(from, Math.floor(random() * 40)), label: 'Own freeze' }], ...(random() < 0.2 ? { pinnedWave: 1 + Math.floor(random() * 6) } : {}) };
        }
        return x;
      });
      const p = plan(workloads, estate.dependencies, { maxWorkloadsPerWave: 40, financeClose: { before: 3, after: 3 }, wavesInFlight: 1 + (seed % 2), provingWaves: 2, pilotWave: true });
      const reported = new Set(p.issues.filter((i) => i.kind === 'date-unmet').map((i) => `${i.workloadIds[0]} ${i.sentence.split(',')[0]}`));
      const waveById = new Map(p.waves.flatMap((wave) => wave.cutoverOrder.map((id) => [id, wave] as const)));
      let checked = 0;
      for (const x of workloads) {
        const wave = waveById.get(x.id);
        if (!wave) continue;
        const saidFor = (limit: string) => [...reported].some((r) => r.startsWith(`${x.id} ${x.name} ${limit}`));
        if (x.notBefore) expect(wave.cutover >= x.notBefore || saidFor('may not cut over before')).toBe(true);
        for (const b of x.blackouts) expect(wave.cutover < b.from || wave.cutover > b.to || saidFor('may not cut over in its own blackout')).toBe(true);
        if (x.notAfter) expect(wave.cutover <= x.notAfter || saidFor('should cut over by')).toBe(true);
        if (x.doneBy) expect(wave.end <= x.doneBy || saidFor('should be done by')).toBe(true);
        checked++;
      }
      // The planner never breaks a not-before day or an own blackout by itself: only a pin on the unit does.
      for (const issue of p.issues.filter((i) => i.kind === 'date-unmet' && /may not cut over/.test(i.sentence.split(', but ')[0] ?? '')))
        expect(issue.sentence).toContain('pinned there by the architect');
      expect(checked).toBeGreaterThan(200);
      expect(reported.size).toBeGreaterThan(0);
    }
  });
});
