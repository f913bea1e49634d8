import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dependency } from '../../../../shared/domain/dependency.js';
import { effectiveSensitivities } from '../../../../shared/domain/sensitivity.js';
import { blankWorkload, type Workload } from '../../../../shared/domain/workload.js';
import { buildAdjacency, reachable } from '../../../../shared/graph/adjacency.js';
import { explainCycle, findCycles } from '../../../../shared/graph/cycles.js';
import { collapseBySystem, groupLabel } from '../../../../shared/graph/grouping.js';
import { impactOf } from '../../../../shared/graph/impact.js';
import { explainMoveGroup, findMoveGroups } from '../../../../shared/graph/move-groups.js';
import { healthcareSampleEstate } from '../../../../shared/sample/healthcare-estate.js';
import { generateSyntheticEstate } from '../../../../shared/synthetic/generate-estate.js';

const dep = (id: string, consumerId: string, providerId: string, coupling: Dependency['coupling'] = 'loose'): Dependency => ({
  id,
  consumerId,
  providerId,
  kind: 'api',
  coupling,
  dataClasses: [],
  protocol: '',
  notes: '',
});
const w = (id: string, spec: Partial<Workload> = {}): Workload => ({ ...blankWorkload(id, id.toUpperCase()), ...spec });
const name = (id: string) => id.toUpperCase();

describe('dependency cycles', () => {
  it('finds each strongly connected component with its edges and one concrete loop', () => {
    const deps = [dep('1', 'a', 'b'), dep('2', 'b', 'c'), dep('3', 'c', 'a'), dep('4', 'c', 'd'), dep('5', 'x', 'y'), dep('6', 'y', 'x')];
    const cycles = findCycles(['a', 'b', 'c', 'd', 'x', 'y'], deps);
    expect(cycles.map((c) => c.members)).toEqual([
      ['a', 'b', 'c'],
      ['x', 'y'],
    ]);
    expect(cycles[0]?.dependencyIds).toEqual(['1', '2', '3']);
    expect(cycles[0]?.loop).toEqual(['a', 'b', 'c', 'a']);
    expect(explainCycle(cycles[1]!, name)).toBe('X → Y → X: each depends on the next, so no member can move before the others. They must move together, in one wave.');
  });

  it('finds none in a DAG, and survives a 10,000-long chain without recursion', () => {
    expect(findCycles(['a', 'b', 'c'], [dep('1', 'a', 'b'), dep('2', 'b', 'c'), dep('3', 'a', 'c')])).toEqual([]);
    const ids = Array.from({ length: 10_000 }, (_, i) => `n${i}`);
    const chain = ids.slice(1).map((id, i) => dep(`d${i}`, ids[i]!, id));
    expect(findCycles(ids, chain)).toEqual([]);
    expect(findCycles(ids, [...chain, dep('back', 'n9999', 'n0')])[0]?.members).toHaveLength(10_000);
  });

  it('finds the sample’s pharmacy–procurement cycle', () => {
    const { workloads, dependencies } = healthcareSampleEstate();
    const cycles = findCycles(
      workloads.map((x) => x.id),
      dependencies,
    );
    expect(cycles.map((c) => c.members)).toEqual([['hosp-pharmacy', 'group-procurement']]);
  });

  it('puts every loop’s members in one component (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 })), { maxLength: 30 }), (pairs) => {
        const ids = Array.from({ length: 10 }, (_, i) => `w${i}`);
        const deps = pairs.filter(([a, b]) => a !== b).map(([a, b], i) => dep(`d${i}`, `w${a}`, `w${b}`));
        const adjacency = buildAdjacency(deps);
        const cycles = findCycles(ids, deps);
        const componentOf = new Map(cycles.flatMap((c, i) => c.members.map((m) => [m, i] as const)));
        for (const d of deps) {
          const back = reachable(adjacency, d.providerId, 'upstream').has(d.consumerId);
          // An edge lies on a cycle exactly when its provider reaches its consumer.
          if (back) expect(componentOf.get(d.consumerId)).toBe(componentOf.get(d.providerId));
        }
        for (const c of cycles) expect(c.loop[0]).toBe(c.loop[c.loop.length - 1]);
      }),
    );
  });
});

describe('move groups', () => {
  it('joins tight dependencies, shared labels and cycles, and says why', () => {
    const workloads = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => w(id, { moveGroup: id === 'd' || id === 'e' ? 'billing' : '' }));
    const deps = [dep('1', 'a', 'b', 'tight'), dep('2', 'b', 'c', 'loose'), dep('3', 'f', 'g'), dep('4', 'g', 'f')];
    const cycles = findCycles(
      workloads.map((x) => x.id),
      deps,
    );
    const groups = findMoveGroups(workloads, deps, cycles);
    expect(groups.map((g) => g.members)).toEqual([
      ['a', 'b'],
      ['d', 'e'],
      ['f', 'g'],
    ]);
    const byId = (id: string) => deps.find((d) => d.id === id);
    expect(explainMoveGroup(groups[0]!, name, byId)).toBe('These 2 workloads are joined by tight dependencies (A → B), so they move in one wave.');
    expect(explainMoveGroup(groups[1]!, name, byId)).toBe('These 2 workloads share the move-group label “billing”, so they move in one wave.');
    expect(explainMoveGroup(groups[2]!, name, byId)).toMatch(/depend on each other in a cycle \(F, G\)/);
  });

  it('joins the sample’s hospital Odoo core through its tight database and Redis links', () => {
    const { workloads, dependencies } = healthcareSampleEstate();
    const groups = findMoveGroups(
      workloads,
      dependencies,
      findCycles(
        workloads.map((x) => x.id),
        dependencies,
      ),
    );
    const core = groups.find((g) => g.members.includes('hosp-odoo-web'));
    expect(core?.members).toEqual(expect.arrayContaining(['hosp-odoo-web', 'hosp-odoo-workers', 'hosp-odoo-cron', 'hosp-pg-primary', 'hosp-pg-replica', 'hosp-redis']));
    expect(core?.members).not.toContain('clin-odoo-web');
  });
});

describe('impact and neighbours', () => {
  const deps = [dep('1', 'portal', 'api'), dep('2', 'api', 'db'), dep('3', 'report', 'db'), dep('4', 'db', 'disk')];
  const adjacency = buildAdjacency(deps);

  it('lists what depends on a workload, directly and through chains, with counts by sensitivity', () => {
    const workloads = [w('portal', { dataClasses: ['phi'] }), w('api'), w('db'), w('report', { dataClasses: ['financial'] }), w('disk')];
    const impact = impactOf(adjacency, 'db', effectiveSensitivities(workloads, deps));
    expect(impact.direct.sort()).toEqual(['api', 'report']);
    expect(impact.transitive.sort()).toEqual(['api', 'portal', 'report']);
    expect(impact.bySensitivity).toEqual({ restricted: 1, confidential: 1, internal: 0, public: 0, unclassified: 1 });
  });

  it('walks upstream, downstream or both, one hop or all', () => {
    expect([...reachable(adjacency, 'api', 'upstream', 1).keys()]).toEqual(['db']);
    expect([...reachable(adjacency, 'api', 'upstream').keys()]).toEqual(['db', 'disk']);
    expect([...reachable(adjacency, 'api', 'downstream').keys()]).toEqual(['portal']);
    expect([...reachable(adjacency, 'db', 'both', 1).keys()].sort()).toEqual(['api', 'disk', 'report']);
  });
});

describe('grouping and collapsing', () => {
  it('labels groups by system, environment and tier', () => {
    const x = w('x', { system: 'Odoo ERP', environment: 'staging', chosenTier: 'dedicated-database' });
    expect(groupLabel(x, 'system')).toBe('Odoo ERP');
    expect(groupLabel(x, 'environment')).toBe('Staging');
    expect(groupLabel(x, 'tier')).toBe('Dedicated database');
    expect(groupLabel(w('y'), 'tier')).toBe('Tier not chosen');
    expect(groupLabel(w('y'), 'system')).toBe('No system');
  });

  it('collapses systems into nodes with counted edges, and expands the chosen ones', () => {
    const { workloads, dependencies } = generateSyntheticEstate({ workloads: 10_000, dependencies: 50_000 });
    const collapsed = collapseBySystem(workloads, dependencies, new Set());
    expect(collapsed.workloads).toEqual([]);
    expect(collapsed.systems.reduce((n, s) => n + s.members.length, 0)).toBe(10_000);
    const inside = dependencies.length - collapsed.edges.reduce((n, e) => n + e.count, 0);
    expect(inside).toBeGreaterThan(0); // dependencies within one system are folded away
    const one = collapsed.systems[0]!.system;
    const expanded = collapseBySystem(workloads, dependencies, new Set([one]));
    expect(expanded.workloads).toHaveLength(collapsed.systems[0]!.members.length);
    expect(expanded.systems).toHaveLength(collapsed.systems.length - 1);
  });
});

describe('the graph view model', () => {
  it('keeps the heaviest links between collapsed systems and says how many it hid', async () => {
    const { buildGraphModel, COLLAPSED_EDGE_LIMIT } = await import('../../../../shared/graph/view-model.js');
    const estate = generateSyntheticEstate({ workloads: 2_000, dependencies: 6_000, seed: 3 });
    const model = buildGraphModel(
      estate,
      { grouping: 'none', filters: { environment: '', kind: '', sensitivity: '', tier: '' }, collapsed: 'auto', expanded: new Set() },
      effectiveSensitivities(estate.workloads, estate.dependencies),
    );
    expect(model.collapsed).toBe(true);
    expect(model.edges).toHaveLength(COLLAPSED_EDGE_LIMIT);
    expect(model.hiddenEdges).toBeGreaterThan(0);
    const counts = model.edges.map((e) => (e.kind === 'bundle' ? e.count : 1));
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
  });
});
