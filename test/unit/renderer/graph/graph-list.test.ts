import { describe, expect, it } from 'vitest';
import { blankWorkload } from '../../../../shared/domain/blank-workload.js';
import type { Dependency } from '../../../../shared/domain/dependency.js';
import type { ModelEdge } from '../../../../shared/graph/view-model.js';
import { edgeLabel } from '../../../../renderer/src/graph/graph-elements.js';
import { listGraph } from '../../../../renderer/src/graph/graph-list-model.js';

const web = blankWorkload('web', 'Odoo web (hospital)');
const db = blankWorkload('db', 'PostgreSQL primary (hospital)');
const cache = blankWorkload('cache', 'Redis cache (hospital)');
const dep = (id: string, consumerId: string, providerId: string, kind: Dependency['kind'], dataClasses: Dependency['dataClasses'] = []): Dependency => ({
  id,
  consumerId,
  providerId,
  kind,
  coupling: 'tight',
  dataClasses,
  protocol: '',
  notes: '',
});

describe('the graph as a list', () => {
  it('gives each workload, by name, what it needs and what needs it', () => {
    const list = listGraph([web, db, cache], [dep('d1', 'web', 'db', 'database'), dep('d2', 'web', 'cache', 'cache'), dep('d3', 'cache', 'db', 'database')]);
    expect(list.map((r) => r.workload.name)).toEqual(['Odoo web (hospital)', 'PostgreSQL primary (hospital)', 'Redis cache (hospital)']);
    const [odoo, postgres, redis] = list;
    expect(odoo?.needs.map((l) => l.other.name)).toEqual(['PostgreSQL primary (hospital)', 'Redis cache (hospital)']);
    expect(odoo?.neededBy).toEqual([]);
    expect(postgres?.neededBy.map((l) => l.other.name)).toEqual(['Odoo web (hospital)', 'Redis cache (hospital)']);
    expect(redis?.needs.map((l) => l.dependency.id)).toEqual(['d3']);
  });

  it('leaves out a dependency whose other end is filtered away', () => {
    const list = listGraph([web, db], [dep('d1', 'web', 'db', 'database'), dep('d2', 'web', 'cache', 'cache')]);
    expect(list[0]?.needs.map((l) => l.other.id)).toEqual(['db']);
  });
});

describe('what a screen reader says for a line of the graph', () => {
  const names = new Map([
    ['web', web.name],
    ['db', db.name],
  ]);
  const nameOf = (id: string) => names.get(id) ?? id;

  it('names both ends and the kind', () => {
    const edge: ModelEdge = { kind: 'dependency', id: 'd1', source: 'web', target: 'db', dependency: dep('d1', 'web', 'db', 'database') };
    expect(edgeLabel(edge, nameOf)).toBe('Odoo web (hospital) needs PostgreSQL primary (hospital), database, tight');
  });

  it('says when the line carries restricted data, and counts a bundle between systems', () => {
    const phi: ModelEdge = { kind: 'dependency', id: 'd1', source: 'web', target: 'db', dependency: dep('d1', 'web', 'db', 'database', ['phi']) };
    expect(edgeLabel(phi, nameOf)).toMatch(/, carries restricted data$/);
    const bundle: ModelEdge = { kind: 'bundle', id: 'b', source: 'web', target: 'db', count: 3, tight: false, dependencyIds: ['a', 'b', 'c'] };
    expect(edgeLabel(bundle, nameOf)).toBe('Odoo web (hospital) needs PostgreSQL primary (hospital), 3 dependencies');
  });
});
