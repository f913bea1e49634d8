import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dependency } from '../../../../shared/domain/dependency.js';
import type { Workload } from '../../../../shared/domain/workload.js';
import { analyseEstate } from '../../../../shared/findings/analyse.js';
import { blockedBecause } from '../../../../shared/planner/calendar.js';
import { planWaves } from '../../../../shared/planner/plan-waves.js';
import { DEFAULT_PLAN_SETTINGS, type PlanSettings } from '../../../../shared/planner/settings.js';
import { healthcareSampleEstate } from '../../../../shared/sample/healthcare-estate.js';
import { dependency, workload } from '../estate-builders.js';

// Small estates with the expected waves written out. Unless a test says otherwise,
// workloads are internal, criticality 3, ready, and the pilot and proving waves are off.
const ready: Workload['readiness'] = ['backup-restore-tested', 'performance-baseline', 'identity-federated', 'monitoring-in-place', 'runbook-ready', 'infrastructure-as-code'];
const w = (id: string, spec: Partial<Workload> = {}) => workload(id, { criticality: 3, dataClasses: ['operational'], readiness: ready, ...spec });
const base: PlanSettings = { ...DEFAULT_PLAN_SETTINGS, pilotWave: false, provingWaves: 0, financeClose: { before: 0, after: 0 } };

let calls = 0;
function plan(workloads: Workload[], dependencies: Dependency[] = [], settings: Partial<PlanSettings> = {}) {
  const analysis = analyseEstate({ workloads, dependencies });
  // With the analysis's index on odd calls and without it on even ones: both paths must agree.
  const withIndex = (calls++ & 1) === 0;
  return planWaves({
    workloads,
    dependencies,
    settings: { ...base, ...settings },
    cycles: analysis.cycles,
    levelOf: (id) => analysis.sensitivity.get(id)?.level ?? 'public',
    ...(withIndex ? { index: analysis.index } : {}),
  });
}
const waves = (p: ReturnType<typeof plan>) => p.waves.map((wave) => [wave.number, [...wave.cutoverOrder].sort()]);

describe('the wave planner', () => {
  it('leaves retired and retained workloads out, and says so', () => {
    const p = plan([w('a'), w('old', { strategy: 'retire' }), w('ehr', { strategy: 'retain' })]);
    expect(p.notMigrating.map((x) => x.workloadId)).toEqual(['old', 'ehr']);
    expect(p.notMigrating[0]?.reason).toBe('Retire: it does not move.');
    expect(waves(p)).toEqual([[1, ['a']]]);
  });

  it('moves a tight pair, a move-group label and one system-environment together (conditions 1-2)', () => {
    const p = plan(
      [w('web', { system: 'Odoo ERP' }), w('db', { system: 'Odoo ERP', kind: 'database' }), w('x', { moveGroup: 'supply' }), w('y', { moveGroup: 'Supply' }), w('t1'), w('t2')],
      [dependency('t1', 't2', { coupling: 'tight' })],
      { maxWorkloadsPerWave: 2 },
    );
    const together = (a: string, b: string) => p.waveOf.get(a) === p.waveOf.get(b);
    expect(together('web', 'db') && together('x', 'y') && together('t1', 't2')).toBe(true);
    expect(p.waves.flatMap((wave) => wave.units).find((u) => u.members.includes('x'))?.reasoning[0]).toBe('x, y move together: a shared move-group label.');
  });

  it('moves a provider no later than its consumers (condition 3)', () => {
    const p = plan([w('app'), w('api'), w('db')], [dependency('app', 'api'), dependency('api', 'db')], { maxWorkloadsPerWave: 1 });
    expect(waves(p)).toEqual([
      [1, ['db']],
      [2, ['api']],
      [3, ['app']],
    ]);
    expect(p.waves[2]?.units[0]?.reasoning).toEqual(['Wave 3: its provider api moves in wave 2, and wave 2 is full.']);
  });

  it('moves a system’s non-production before its production, never in one wave (conditions 4-5)', () => {
    const p = plan([w('prod', { system: 'Payroll' }), w('stg', { system: 'Payroll', environment: 'staging' })]);
    expect(waves(p)).toEqual([
      [1, ['stg']],
      [2, ['prod']],
    ]);
    expect(p.waves.map((x) => x.phase)).toEqual(['non-production', 'production']);
    expect(p.waves[1]?.units[0]?.reasoning).toEqual(['Wave 2: the non-production environments of Payroll move first (wave 1), to rehearse its move.']);
  });

  it('lets condition 4 give way, and says so, when a staging workload needs a production provider', () => {
    const p = plan(
      [w('prod', { system: 'Odoo ERP' }), w('idp', { system: 'Identity' }), w('stg', { system: 'Odoo ERP', environment: 'staging' })],
      [dependency('stg', 'idp'), dependency('idp', 'prod')],
    );
    expect(p.waveOf.get('stg')).toBeGreaterThanOrEqual(p.waveOf.get('idp') as number);
    expect(p.issues.map((i) => i.kind)).toContain('condition-gave-way');
    expect(p.issues.find((i) => i.workloadIds.includes('stg'))?.sentence).toMatch(
      /^stg \(staging\) moves in wave \d+, which does not cut over before its system's production \(wave \d+\) starts: a provider or a pin held it later, so that production move is not rehearsed first\.$/,
    );
  });

  it('says when a wave is below its minimum, but not the last one', () => {
    const p = plan([w('a', { pinnedWave: 1 }), w('b', { pinnedWave: 2 }), w('c', { pinnedWave: 2 }), w('d', { pinnedWave: 3 })], [], { minWorkloadsPerWave: 2 });
    expect(p.issues.filter((i) => i.kind === 'under-minimum').map((i) => i.sentence)).toEqual([
      'Wave 1 moves 1 of the 2 workloads a wave should hold at least: the conditions leave nothing else ready for it.',
    ]);
  });

  it('keeps critical, heavily customized and restricted work out of the proving waves, and the pilot for low-risk work (condition 6)', () => {
    const p = plan([w('crit', { criticality: 1 }), w('phi', { dataClasses: ['phi'] }), w('dev', { environment: 'development', criticality: 1 }), w('low')], [], { pilotWave: true, provingWaves: 2 });
    expect(p.waveOf.get('low')).toBe(1);
    expect(p.waves[0]?.phase).toBe('pilot');
    // Only one wave of low-risk work exists, so the process is proven after wave 1 (no
    // empty wave 2), and the plan says for whom the proving waves gave way. The
    // non-production one cannot share wave 2 with production (5).
    expect(p.waves.map((x) => x.number)).toEqual([1, 2, 3]);
    expect(p.waveOf.get('crit')).toBe(2);
    expect(p.waveOf.get('phi')).toBe(2);
    expect(p.waveOf.get('dev')).toBe(3);
    expect(p.waves.find((x) => x.number === 2)?.units.find((u) => u.members.includes('phi'))?.reasoning).toEqual([
      'Wave 2: restricted data keeps it out of the first wave of workloads, until the process is proven.',
    ]);
    expect(p.issues.map((i) => [i.kind, i.workloadIds, i.sentence])).toEqual([
      [
        'condition-gave-way',
        ['crit', 'phi'],
        'Critical work moves before the process is fully tried: crit, phi in wave 2, after one trial wave rather than the 2 asked for, because there is not enough low-risk work left to try the process on first.',
      ],
    ]);
    // A pinned unit keeps its number; the rest close up around it.
    const pinned = plan([w('crit', { criticality: 1 }), w('low', { pinnedWave: 1 })], [], { pilotWave: true, provingWaves: 2 });
    expect([pinned.waveOf.get('low'), pinned.waveOf.get('crit')]).toEqual([1, 2]);
  });

  it('holds back a workload failing its readiness gates, and what needs it; or schedules and flags it (condition 7)', () => {
    const gap = w('db', { criticality: 1, readiness: ['monitoring-in-place'] });
    const held = plan([gap, w('app')], [dependency('app', 'db')], { readinessGates: 'hold-back' });
    expect(held.heldBack.map((x) => x.workloadId)).toEqual(['db', 'app']);
    expect(held.heldBack[0]?.reason).toBe('Held back by its readiness gates (db: backup restore tested, performance baseline, identity federated, runbook ready not proven).');
    expect(held.heldBack[1]?.reason).toBe('Waits for db, which is held back.');
    const flagged = plan([gap, w('app')], [dependency('app', 'db')], { readinessGates: 'flag' });
    expect(flagged.heldBack).toEqual([]);
    expect(flagged.waves[0]?.gates).toEqual(['db: backup restore tested, performance baseline, identity federated, runbook ready']);
  });

  it('fills waves up to their size and effort, gives an oversized unit a wave of its own, and honours pins (condition 8)', () => {
    const p = plan([w('a'), w('b'), w('c'), w('big1', { moveGroup: 'big' }), w('big2', { moveGroup: 'big' }), w('big3', { moveGroup: 'big' })], [], { maxWorkloadsPerWave: 2 });
    expect(p.waves.every((x) => x.cutoverOrder.length <= 2 || x.units.length === 1)).toBe(true);
    expect(p.issues.map((i) => i.kind)).toContain('oversized-unit');
    const pinned = plan([w('db'), w('app', { pinnedWave: 1 })], [dependency('app', 'db')], { maxWorkloadsPerWave: 1 });
    expect(pinned.waveOf.get('app')).toBe(1);
    expect(pinned.issues.filter((i) => i.kind === 'pin-against-dependency')).toHaveLength(0);
    const against = plan([w('db', { pinnedWave: 3 }), w('app', { pinnedWave: 1 })], [dependency('app', 'db')]);
    expect(against.issues.find((i) => i.kind === 'pin-against-dependency')?.sentence).toBe('app is pinned to wave 1, before its provider db moves in wave 3: the pin wins over that rule.');
  });

  it('moves a cutover out of a blackout and finance close', () => {
    const p = plan([w('a')], [], { startDate: '2027-03-01', waveLengthDays: 14, blackouts: [{ from: '2027-03-12', to: '2027-03-20', label: 'Quarter-end audit' }] });
    expect(p.waves[0]?.cutover).toBe('2027-03-07');
    expect(p.waves[0]?.cutoverMoved).toEqual(['Quarter-end audit']);
    const close = plan([w('a')], [], { startDate: '2027-01-18', waveLengthDays: 14, financeClose: { before: 3, after: 3 } });
    expect(close.waves[0]?.cutover).toBe('2027-01-24');
    expect(close.waves[0]?.cutoverMoved).toEqual(['finance close BD-3..BD+3']);
  });

  it('opens a hybrid link when the ends of a dependency move apart', () => {
    const p = plan([w('app'), w('db'), w('ehr', { strategy: 'retain' })], [dependency('app', 'db', { id: 'ad' }), dependency('app', 'ehr', { id: 'ae' })], { maxWorkloadsPerWave: 1 });
    expect(p.waves[0]?.hybridLinks).toEqual([{ dependencyId: 'ad', opensInWave: 1, closesInWave: 2 }]);
    expect(p.waves[1]?.hybridLinks).toContainEqual({ dependencyId: 'ae', opensInWave: 2, closesInWave: null });
  });

  it('plans the sample: every migrating workload placed or held back with a reason', () => {
    const { workloads, dependencies } = healthcareSampleEstate();
    const p = plan(workloads, dependencies, { ...DEFAULT_PLAN_SETTINGS, readinessGates: 'flag' });
    expect(p.notMigrating.length + p.heldBack.length + p.waveOf.size).toBe(workloads.length);
    expect(p.waveOf.get('hosp-pharmacy')).toBe(p.waveOf.get('group-procurement'));
    // The shared platform moves first, then the pilot.
    expect(p.waves[0]?.phase).toBe('foundation');
    expect(p.waves[0]?.cutoverOrder).toEqual(expect.arrayContaining(['group-idp', 'group-vault', 'group-monitoring', 'group-logging', 'group-backup', 'hosp-traefik', 'clin-traefik']));
    expect(p.waves[1]?.phase).toBe('pilot');
  });
});

// Random estates: the invariants of docs/domain-rules.md ("Waves") hold on every plan.
const estates = fc
  .record({
    size: fc.integer({ min: 1, max: 24 }),
    links: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 40 }),
    envs: fc.array(fc.constantFrom('production', 'staging', 'development') as fc.Arbitrary<Workload['environment']>, { minLength: 24, maxLength: 24 }),
    crit: fc.array(fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>, { minLength: 24, maxLength: 24 }),
    pins: fc.array(fc.option(fc.integer({ min: 1, max: 6 }), { nil: null, freq: 6 }), { minLength: 24, maxLength: 24 }),
    gaps: fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }),
    max: fc.integer({ min: 1, max: 6 }),
    blackout: fc.integer({ min: 0, max: 60 }),
    gates: fc.constantFrom('hold-back', 'flag') as fc.Arbitrary<PlanSettings['readinessGates']>,
  })
  .map((r) => {
    const workloads = Array.from({ length: r.size }, (_, i) =>
      w(`w${i}`, { system: `S${i % 5}`, environment: r.envs[i], criticality: r.crit[i], pinnedWave: r.pins[i] ?? null, readiness: r.gaps[i] ? [] : ready }),
    );
    const seen = new Set<string>();
    const dependencies = r.links
      .map(([a, b, tight], k) => ({ c: a % r.size, p: b % r.size, tight, k }))
      .filter(({ c, p }) => c !== p && !seen.has(`${c}>${p}`) && seen.add(`${c}>${p}`))
      .map(({ c, p, tight, k }) => dependency(`w${c}`, `w${p}`, { id: `d${k}`, coupling: tight ? 'tight' : 'loose' }));
    const settings: Partial<PlanSettings> = {
      maxWorkloadsPerWave: r.max,
      readinessGates: r.gates,
      blackouts: [{ from: `2027-0${1 + Math.floor(r.blackout / 30)}-10`, to: `2027-0${1 + Math.floor(r.blackout / 30)}-16`, label: 'Blackout' }],
      financeClose: { before: 2, after: 2 },
    };
    return { workloads, dependencies, settings };
  });

describe('plan invariants (property)', () => {
  it('hold on random estates, and the same input gives the same plan', () => {
    fc.assert(
      fc.property(estates, ({ workloads, dependencies, settings }) => {
        const p = plan(workloads, dependencies, settings);
        // Every workload is placed once, held back, or not migrating.
        const placed = p.waves.flatMap((x) => x.cutoverOrder);
        expect(new Set(placed).size).toBe(placed.length);
        expect(placed.length + p.heldBack.length + p.notMigrating.length).toBe(workloads.length);
        // Each move unit sits in one wave (tight pairs here).
        for (const d of dependencies) if (d.coupling === 'tight' && p.waveOf.has(d.consumerId)) expect(p.waveOf.get(d.consumerId)).toBe(p.waveOf.get(d.providerId));
        // No consumer before its provider, unless the plan says which condition gave way.
        const explained = new Set(p.issues.flatMap((i) => [...i.dependencyIds, ...i.workloadIds]));
        for (const d of dependencies) {
          const c = p.waveOf.get(d.consumerId);
          const pr = p.waveOf.get(d.providerId);
          if (c !== undefined && pr !== undefined && c < pr) expect(explained.has(d.id) || explained.has(d.consumerId) || explained.has(d.providerId)).toBe(true);
        }
        // No wave over capacity, except a lone oversized unit or a pin.
        for (const wave of p.waves)
          if (wave.cutoverOrder.length > (settings.maxWorkloadsPerWave as number))
            expect(wave.units.length === 1 || p.issues.some((i) => i.kind.startsWith('pin') || i.kind === 'oversized-unit')).toBe(true);
        // No cutover in a blackout or finance close.
        for (const wave of p.waves) expect(blockedBecause(wave.cutover, { ...base, ...settings })).toBeUndefined();
        // Deterministic.
        expect(plan(workloads, dependencies, settings)).toEqual(p);
      }),
      { numRuns: 200 },
    );
  });
});

describe('plan findings', () => {
  it('turn each plan issue into a finding with what to do', async () => {
    const { planFindings } = await import('../../../../shared/planner/plan-findings.js');
    const p = plan([w('db', { pinnedWave: 3 }), w('app', { pinnedWave: 1 })], [dependency('app', 'db')]);
    const [f] = planFindings(p);
    expect(f).toMatchObject({ rule: 'plan:pin-against-dependency', severity: 'medium', workloadIds: ['app'] });
    expect(f?.title).toBe('Pin against a dependency: app is pinned to wave 1, before its provider db moves in wave 3');
    expect(f?.action).toMatch(/^Move the pin/);
  });
});

describe('the critical path', () => {
  it('follows the unit that held each unit back, and counts a wave the calendar stretched', () => {
    const p = plan([w('db'), w('app'), w('web')], [dependency('app', 'db'), dependency('web', 'app')], {
      maxWorkloadsPerWave: 1,
      startDate: '2027-01-04',
      // Wave 1's whole slot is closed: it runs on past it, and so does everything after it.
      blackouts: [{ from: '2027-01-04', to: '2027-01-20', label: 'year-end freeze' }],
    });
    expect(p.criticalPath.map((s) => [s.wave, s.workloadIds])).toEqual([
      [1, ['db']],
      [1, []],
      [2, ['app']],
      [3, ['web']],
    ]);
    expect(p.criticalPath[1]?.because).toMatch(/^Wave 1 runs to 2027-01-2\d, past its 14 days: its cutover kept clear of year-end freeze/);
    expect(p.criticalPath[2]?.because).toBe('Wave 2: its provider db moves in wave 1, and wave 1 is full.');
  });
});
