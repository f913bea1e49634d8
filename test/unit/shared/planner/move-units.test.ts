import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dependency } from '../../../../shared/domain/dependency.js';
import type { Workload } from '../../../../shared/domain/workload.js';
import { analyseEstate } from '../../../../shared/findings/analyse.js';
import { findCycles } from '../../../../shared/graph/cycles.js';
import { findMoveGroups, moveGroupKey } from '../../../../shared/graph/move-groups.js';
import { moveUnits } from '../../../../shared/planner/move-units.js';
import { planWaves } from '../../../../shared/planner/plan-waves.js';
import { DEFAULT_PLAN_SETTINGS } from '../../../../shared/planner/settings.js';
import { generateSyntheticEstate, seededRandom } from '../../../../shared/synthetic/generate-estate.js';
import { dependency, workload } from '../estate-builders.js';

// The graph's move groups and the planner's move units must agree. "Agree" means:
//  1. every move group the graph finds among the planned workloads lies inside one
//     move unit (units are unions of whole move groups);
//  2. planned workloads whose move-group labels are equal once trimmed and compared
//     case-insensitively are in one graph move group and in one move unit;
//  3. the move units are exactly the move groups joined where they share a system in
//     one environment for one tenant: the planner adds that join and nothing else.
// And through planWaves: a move group is never split across waves (nor part held back).

const LABELS = ['', '', 'Odoo', 'odoo', ' ODOO ', 'Lab', 'lab ', 'Supply'];
const SYSTEMS = ['', 'Payroll', 'EHR'];

const smallEstate = fc
  .record({
    specs: fc.array(fc.record({ label: fc.constantFrom(...LABELS), system: fc.constantFrom(...SYSTEMS), staging: fc.boolean(), tenant: fc.constantFrom('A', 'B'), retired: fc.boolean() }), {
      minLength: 1,
      maxLength: 14,
    }),
    links: fc.array(fc.record({ c: fc.nat(13), p: fc.nat(13), tight: fc.boolean() }), { maxLength: 20 }),
  })
  .map(({ specs, links }) => {
    const workloads = specs.map((s, i) =>
      workload(`w${i}`, { moveGroup: s.label, system: s.system, environment: s.staging ? 'staging' : 'production', tenant: s.tenant, strategy: s.retired ? 'retire' : 'rehost' }),
    );
    const dependencies = links
      .filter((l) => l.c < specs.length && l.p < specs.length && l.c !== l.p)
      .map((l, j) => dependency(`w${l.c}`, `w${l.p}`, { id: `d${j}`, coupling: l.tight ? 'tight' : 'loose' }));
    return { workloads, dependencies };
  });

/** The planner's units for the planned workloads, as the planner forms them, with the graph's groups of the same workloads. */
function bothViews(all: readonly Workload[], dependencies: readonly Dependency[]) {
  const planned = all.filter((w) => w.strategy !== 'retire' && w.strategy !== 'retain');
  const cycles = findCycles(
    all.map((w) => w.id),
    dependencies,
  );
  const position = new Map(planned.map((w, i) => [w.id, i]));
  const ends = { consumer: Int32Array.from(dependencies, (d) => position.get(d.consumerId) ?? -1), provider: Int32Array.from(dependencies, (d) => position.get(d.providerId) ?? -1) };
  const units = moveUnits(planned, dependencies, cycles, (id) => position.get(id), ends);
  const unitOf = new Map<string, number>();
  for (const unit of units) for (const i of unit.members) unitOf.set((planned[i] as Workload).id, unit.id);
  const groups = findMoveGroups(planned, dependencies, cycles);
  const groupOf = new Map<string, number>();
  groups.forEach((g, k) => g.members.forEach((id) => groupOf.set(id, k)));
  return { planned, units, unitOf, groups, groupOf };
}

/** Condition 3 worked out the slow way: classes of move groups (or lone workloads) merged while two share a system-environment-tenant key. */
function groupsJoinedBySystem(planned: readonly Workload[], groupOf: ReadonlyMap<string, number>): string[][] {
  const classOf = planned.map((w) => `g${groupOf.get(w.id) ?? w.id}`);
  const key = (w: Workload) => (w.system ? `${w.system}|${w.tenant}|${w.environment}` : null);
  for (let changed = true; changed;) {
    changed = false;
    for (let a = 0; a < planned.length; a++)
      for (let b = 0; b < planned.length; b++) {
        if (classOf[a] === classOf[b] || key(planned[a]!) === null || key(planned[a]!) !== key(planned[b]!)) continue;
        const [from, to] = [classOf[b]!, classOf[a]!];
        classOf.forEach((c, i) => c === from && (classOf[i] = to));
        changed = true;
      }
  }
  const classes = new Map<string, string[]>();
  planned.forEach((w, i) => classes.set(classOf[i]!, [...(classes.get(classOf[i]!) ?? []), w.id]));
  return [...classes.values()].map((c) => c.sort()).sort((x, y) => x.join().localeCompare(y.join()));
}

describe('move units are built on the graph’s move groups', () => {
  it('treats labels that differ only in case or spaces as one label, in the graph and the planner', () => {
    const workloads = [workload('a', { moveGroup: 'Odoo' }), workload('b', { moveGroup: 'odoo' }), workload('c', { moveGroup: ' ODOO ' }), workload('d', { moveGroup: 'Lab' })];
    const { groups, units } = bothViews(workloads, []);
    expect(groups.map((g) => g.members)).toEqual([['a', 'b', 'c']]);
    expect(groups[0]?.reasons).toEqual([{ kind: 'label', label: 'Odoo' }]);
    expect(units.map((u) => u.members)).toEqual([[0, 1, 2], [3]]);
    expect(moveGroupKey(workloads[2]!)).toBe('odoo');
  });

  it('agrees with the graph on random small estates (see the definition of agree above)', () => {
    fc.assert(
      fc.property(smallEstate, ({ workloads, dependencies }) => {
        const { planned, units, unitOf, groups, groupOf } = bothViews(workloads, dependencies);
        for (const g of groups) expect(new Set(g.members.map((id) => unitOf.get(id))).size).toBe(1);
        for (const a of planned)
          for (const b of planned) {
            if (!moveGroupKey(a) || moveGroupKey(a) !== moveGroupKey(b) || a === b) continue;
            expect(groupOf.get(a.id)).toBeDefined();
            expect(groupOf.get(a.id)).toBe(groupOf.get(b.id));
            expect(unitOf.get(a.id)).toBe(unitOf.get(b.id));
          }
        const unitsAsIds = units.map((u) => u.members.map((i) => planned[i]!.id).sort()).sort((x, y) => x.join().localeCompare(y.join()));
        expect(unitsAsIds).toEqual(groupsJoinedBySystem(planned, groupOf));
      }),
      { numRuns: 300 },
    );
  });

  it('never splits a move group across waves on generated estates with labels in random case', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 20, max: 160 }), (seed, size) => {
        const estate = generateSyntheticEstate({ workloads: size, dependencies: size * 3, seed });
        const random = seededRandom(seed);
        const workloads = estate.workloads.map((w) => (random() < 0.15 ? { ...w, moveGroup: LABELS[Math.floor(random() * LABELS.length)]! } : w));
        const analysis = analyseEstate({ workloads, dependencies: estate.dependencies });
        const plan = planWaves({
          workloads,
          dependencies: estate.dependencies,
          settings: DEFAULT_PLAN_SETTINGS,
          cycles: analysis.cycles,
          levelOf: (id) => analysis.sensitivity.levelOf(id),
          index: analysis.index,
        });
        const planned = workloads.filter((w) => w.strategy !== 'retire' && w.strategy !== 'retain');
        for (const g of findMoveGroups(planned, estate.dependencies, analysis.cycles)) expect(new Set(g.members.map((id) => plan.waveOf.get(id) ?? 'held')).size).toBe(1);
      }),
      { numRuns: 25 },
    );
  });
});
