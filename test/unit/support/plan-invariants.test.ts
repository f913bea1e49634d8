import { addDays, formatISO, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import type { Dependency } from '../../../shared/domain/dependency.js';
import type { Workload } from '../../../shared/domain/workload.js';
import type { Plan, PlanIssue, Wave } from '../../../shared/planner/plan-types.js';
import { DEFAULT_PLAN_SETTINGS, type PlanSettings } from '../../../shared/planner/settings.js';
import { loadHolidays } from '../../support/plan-invariants-calendar.js';
import { checkPlan, type Rule } from '../../support/plan-invariants.js';
import { dependency, workload } from '../shared/estate-builders.js';

// The plan checker on tiny hand-made plans: one that keeps every rule, then one that
// breaks each rule (and, where the rule may give way, the same plan with the issue that
// says so). Workloads are internal, criticality 3, non-production unless a test says.

const w = (id: string, spec: Partial<Workload> = {}) => workload(id, { criticality: 3, environment: 'staging', dataClasses: ['operational'], ...spec });
const base: PlanSettings = { ...DEFAULT_PLAN_SETTINGS, pilotWave: false, provingWaves: 0, financeClose: { before: 0, after: 0 }, maxWorkloadsPerWave: 10 };
const day = (n: number) => formatISO(addDays(parseISO('2027-01-04'), n), { representation: 'date' });

/** Wave n: two weeks from Monday 4 January 2027, cutting over on its second Saturday. */
function wave(number: number, units: string[][], dates: Partial<Pick<Wave, 'start' | 'end' | 'cutover'>> = {}): Wave {
  const start = day(14 * (number - 1));
  return {
    number,
    phase: 'non-production',
    start,
    end: day(14 * (number - 1) + 13),
    cutover: day(14 * (number - 1) + 12),
    ...dates,
    cutoverMoved: [],
    units: units.map((members) => ({ members, reasoning: [] })),
    cutoverOrder: units.flat(),
    hybridLinks: [],
    gates: [],
    risk: 0,
    confidence: 1,
  };
}

function plan(waves: Wave[], issues: PlanIssue[] = [], heldBack: string[] = []): Plan {
  const waveOf = new Map(waves.flatMap((x) => x.units.flatMap((u) => u.members.map((id) => [id, x.number] as const))));
  return { waves, notMigrating: [], heldBack: heldBack.map((workloadId) => ({ workloadId, reason: '' })), issues, waveOf, criticalPath: [] };
}
const issue = (workloadIds: string[], dependencyIds: string[] = []): PlanIssue => ({ kind: 'condition-gave-way', workloadIds, dependencyIds, sentence: '' });

function rules(workloads: Workload[], dependencies: Dependency[], p: Plan, settings: Partial<PlanSettings> | object = {}): Rule[] {
  return checkPlan({ workloads, dependencies }, { ...base, ...settings }, p).map((v) => v.rule);
}

describe('the plan checker', () => {
  const a = w('a');
  const b = w('b');
  const ab = dependency('a', 'b', { id: 'ab' });

  it('finds nothing wrong with a plan that keeps the rules', () => {
    expect(rules([a, b], [ab], plan([wave(1, [['b']]), wave(2, [['a']])]))).toEqual([]);
  });

  it('membership: every moving workload once, retired and retained in none', () => {
    expect(rules([a, b], [], plan([wave(1, [['a']])]))).toEqual(['membership']);
    expect(rules([a, b], [], plan([wave(1, [['a'], ['b']]), wave(2, [['b']])]))).toContain('membership');
    expect(rules([a, w('old', { strategy: 'retire' })], [], plan([wave(1, [['a', 'old']])]))).toEqual(['not-migrating']);
    expect(rules([a, b], [], plan([wave(1, [['a']])], [], ['b']))).toEqual([]);
  });

  it('move together: tight links, move-group labels in any case, and real cycles', () => {
    const apart = plan([wave(1, [['b']]), wave(2, [['a']])]);
    expect(rules([a, b], [dependency('a', 'b', { coupling: 'tight' })], apart)).toEqual(['move-together']);
    expect(rules([w('a', { moveGroup: 'Odoo' }), w('b', { moveGroup: ' odoo ' })], [], apart)).toEqual(['move-together']);
    expect(rules([a, b], [ab, dependency('b', 'a')], apart)).toEqual(['move-together']);
  });

  it('providers first, unless on a real cycle, named by a plan issue, or a platform service coming first', () => {
    const early = plan([wave(1, [['a']]), wave(2, [['b']])]);
    expect(rules([a, b], [ab], early)).toEqual(['providers-first']);
    expect(rules([a, b], [ab], { ...early, issues: [issue([], ['ab'])] })).toEqual([]);
    expect(rules([a, b], [ab], early, { order: 'consumers-first' })).toEqual([]);
    expect(rules([a, b], [ab], plan([wave(1, [['a']])], [], ['b']))).toEqual(['providers-first']);
    // A monitoring scraper "consumes" the app it watches, yet is in place before it.
    expect(rules([w('a', { kind: 'monitoring' }), b], [ab], early)).toEqual([]);
  });

  it('wave sizes: over the cap unless one oversized unit or a capacity issue', () => {
    const small = { maxWorkloadsPerWave: 2 };
    const c = w('c');
    expect(rules([a, b, c], [], plan([wave(1, [['a', 'b'], ['c']])]), small)).toEqual(['wave-capacity']);
    expect(rules([a, b, c], [], plan([wave(1, [['a', 'b', 'c']])]), small)).toEqual([]);
    expect(rules([a, b, c], [], plan([wave(1, [['a', 'b'], ['c']])], [{ ...issue(['c']), kind: 'pin-over-capacity' }]), small)).toEqual([]);
    expect(rules([w('a', { effortDays: 6 }), w('b', { effortDays: 6 })], [], plan([wave(1, [['a'], ['b']])]), { maxEffortDaysPerWave: 10 })).toEqual(['wave-capacity']);
  });

  it('one kind of work per wave, unless reported; platform services do not count', () => {
    const p = w('p', { environment: 'production' });
    expect(rules([a, p], [], plan([wave(1, [['a'], ['p']])]))).toEqual(['one-kind-per-wave']);
    expect(rules([a, p], [], plan([wave(1, [['a'], ['p']])], [issue(['p'])]))).toEqual([]);
    expect(rules([a, w('p', { environment: 'production', kind: 'identity' })], [], plan([wave(1, [['a'], ['p']])]))).toEqual([]);
  });

  it('the pilot takes only low-risk work, unless pinned there', () => {
    const critical = w('c', { environment: 'production', criticality: 1 });
    expect(rules([critical], [], plan([wave(1, [['c']])]), { pilotWave: true })).toEqual(['pilot-wave']);
    expect(rules([{ ...critical, pinnedWave: 1 }], [], plan([wave(1, [['c']])]), { pilotWave: true })).toEqual([]);
    expect(rules([w('r', { dataClasses: ['phi'], environment: 'production' })], [], plan([wave(1, [['r']])]), { pilotWave: true })).toContain('pilot-wave');
  });

  it('proving waves count only waves that move something', () => {
    const critical = w('c', { criticality: 2 });
    expect(rules([a, critical], [], plan([wave(1, [['a']]), wave(2, [['c']])]), { provingWaves: 2 })).toEqual(['proving-waves']);
    // Wave 2 is empty, so wave 3 is the second proving wave.
    expect(rules([a, critical], [], plan([wave(1, [['a']]), wave(2, []), wave(3, [['c']])]), { provingWaves: 2 })).toEqual(['proving-waves']);
    expect(rules([a, critical], [], plan([wave(1, [['a']]), wave(2, [['c']])], [issue(['c'])]), { provingWaves: 2 })).toEqual([]);
    expect(rules([a, w('h', { customization: 'heavily-customized' })], [], plan([wave(1, [['a']]), wave(2, [['h']])]), { provingWaves: 1 })).toEqual([]);
  });

  it('foundation first: a platform service is in place before the workloads it serves, in wave 0 with the foundation wave', () => {
    const monitoring = w('m', { kind: 'monitoring' });
    const scraped = dependency('m', 'a', { id: 'ma' });
    expect(rules([a, monitoring], [scraped], plan([wave(1, [['a']]), wave(2, [['m']])]))).toEqual(['foundation-first']);
    expect(rules([a, monitoring], [scraped], plan([wave(1, [['a', 'm']])]))).toEqual([]);
    expect(rules([a, monitoring], [scraped], plan([wave(0, [['m']]), wave(1, [['a']])]), { foundationWave: true })).toEqual([]);
    expect(rules([a, monitoring], [scraped], plan([wave(1, [['m']]), wave(2, [['a']])]), { foundationWave: true })).toEqual(['foundation-first']);
  });

  it("rehearsal order: a system's non-production before its production, per tenant", () => {
    const staging = w('s', { system: 'EHR' });
    const production = w('p', { system: 'EHR', environment: 'production' });
    expect(rules([staging, production], [], plan([wave(1, [['p']]), wave(2, [['s']])]))).toEqual(['rehearsal-order']);
    expect(rules([staging, production], [], plan([wave(1, [['s']]), wave(2, [['p']])]))).toEqual([]);
    expect(rules([{ ...staging, tenant: 'clinics' }, production], [], plan([wave(1, [['p']]), wave(2, [['s']])]))).toEqual([]);
  });

  it('cutover days: allowed weekdays, finance close, the month-end freeze and blackouts', () => {
    const monday = plan([wave(1, [['a']], { cutover: '2027-01-11' })]);
    expect(rules([a], [], monday)).toEqual(['cutover-weekday']);
    expect(rules([a], [], monday, { cutoverWeekdays: [1] })).toEqual([]);
    // January 2027 ends on a Sunday: BD-3 is Wednesday 27th, BD+3 Wednesday 3 February.
    const lastSaturday = plan([wave(1, [['a']], { cutover: '2027-01-30', end: '2027-01-30' })]);
    expect(rules([a], [], lastSaturday, { financeClose: { before: 3, after: 3 } })).toEqual(['finance-close']);
    expect(rules([a], [], plan([wave(1, [['a']], { cutover: '2027-02-06', end: '2027-02-06' })]), { financeClose: { before: 3, after: 3 } })).toEqual([]);
    expect(rules([a], [], lastSaturday, { monthEndFreezeDays: 3 })).toEqual(['finance-close']);
    expect(rules([a], [], plan([wave(1, [['a']])]), { blackouts: [{ from: '2027-01-15', to: '2027-01-17', label: 'release' }] })).toEqual(['blackout']);
  });

  it.skipIf(!loadHolidays())('cutover days: not a public holiday (date-holidays)', () => {
    const easterSunday = plan([wave(1, [['a']], { cutover: '2027-03-28', end: '2027-03-28' })]);
    expect(rules([a], [], easterSunday, { holidays: { country: 'NL', region: null } })).toEqual(['cutover-holiday']);
    // In Germany Easter Sunday is an observance, not a public holiday; Christmas Day is one.
    expect(rules([a], [], easterSunday, { holidays: { country: 'DE', region: null } })).toEqual([]);
    expect(rules([a], [], plan([wave(1, [['a']], { cutover: '2027-12-25', end: '2027-12-25' })]), { holidays: { country: 'DE', region: null } })).toEqual(['cutover-holiday']);
  });

  it('waves in flight: never more than allowed, and with one the next starts after the cutover', () => {
    const overlapping = plan([wave(1, [['b']]), wave(2, [['a']], { start: '2027-01-10' })]);
    expect(rules([a, b], [], overlapping)).toContain('waves-in-flight');
    expect(rules([a, b], [], overlapping, { wavesInFlight: 2 })).toEqual([]);
    const sameDay = plan([wave(1, [['b']]), wave(2, [['a']], { cutover: '2027-01-16' })]);
    expect(rules([a, b], [], sameDay)).toContain('waves-in-flight');
    expect(rules([a, b], [], plan([wave(1, [['b']]), wave(2, [['a']], { cutover: '2027-01-09' })]), { wavesInFlight: 2 })).toContain('wave-sequence');
  });

  it('workload dates: not before, not after, done by and own blackouts, met or reported', () => {
    const dated = (spec: object) => ({ ...a, ...spec }) as Workload;
    const one = plan([wave(1, [['a']])]);
    expect(rules([dated({ doneBy: '2027-01-10' })], [], one)).toEqual(['workload-dates']);
    expect(rules([dated({ notAfter: '2027-01-10' })], [], one)).toEqual(['workload-dates']);
    expect(rules([dated({ notBefore: '2027-01-05' })], [], one)).toEqual(['workload-dates']);
    expect(rules([dated({ blackouts: [{ from: '2027-01-16', to: '2027-01-16', label: 'audit' }] })], [], one)).toEqual(['workload-dates']);
    expect(rules([dated({ doneBy: '2027-01-10' })], [], { ...one, issues: [issue(['a'])] })).toEqual([]);
    expect(rules([dated({ doneBy: '2027-01-31', notBefore: '2027-01-04' })], [], one)).toEqual([]);
  });
});
