import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations/index.js';

// An estate file is data, never code. SQLite keeps a database's schema inside the file
// (sqlite_master), so a file from outside can bring its own triggers (run on our
// writes), views (run when read), indexes on expressions or extra tables. Before any
// statement of ours touches a file, its schema is compared, object by object, with the
// schema our own numbered migrations create for that version; anything else is refused.

export interface SchemaObject {
  type: string;
  name: string;
  tableName: string;
  sql: string | null;
}

const cache = new Map<number, Map<string, SchemaObject>>();

/** The schema our migrations create at `version`, built once in memory. */
export function expectedSchema(version: number): Map<string, SchemaObject> {
  let objects = cache.get(version);
  if (!objects) {
    const db = new Database(':memory:');
    try {
      db.transaction(() => {
        for (const m of MIGRATIONS) if (m.version <= version) m.up(db);
      })();
      objects = readSchema(db);
    } finally {
      db.close();
    }
    cache.set(version, objects);
  }
  return objects;
}

/** What a database's sqlite_master holds, by object name. Reading it runs nothing. */
export function readSchema(db: Database.Database): Map<string, SchemaObject> {
  const rows = db.prepare('SELECT type, name, tbl_name AS tableName, sql FROM sqlite_master').all() as SchemaObject[];
  return new Map(rows.map((r) => [r.name, r]));
}

const KIND: Record<string, string> = { table: 'table', index: 'index', view: 'view', trigger: 'trigger' };
const describe = (o: SchemaObject) => `${KIND[o.type] ?? o.type} “${o.name.slice(0, 60)}”${o.type === 'table' || o.tableName === o.name ? '' : ` on “${o.tableName.slice(0, 60)}”`}`;

/**
 * What in a file's schema differs from ours at its version, in words ("a trigger
 * “strip” on “workload”; the table “workload” is defined differently"), or [] when
 * the two are the same object for object.
 */
export function schemaDifferences(db: Database.Database, version: number): string[] {
  const expected = expectedSchema(version);
  const found = readSchema(db);
  const problems: string[] = [];
  for (const [name, object] of found) {
    const ours = expected.get(name);
    if (!ours) problems.push(`an extra ${describe(object)}`);
    else if (ours.type !== object.type) problems.push(`“${name.slice(0, 60)}” is a ${KIND[object.type] ?? object.type} where Waveplan has a ${ours.type}`);
    else if (ours.tableName !== object.tableName || ours.sql !== object.sql) problems.push(`the ${describe(object)} is defined differently from Waveplan's`);
  }
  // Indexes SQLite makes for a table's keys go missing with the table: not worth a word of their own.
  for (const [name, object] of expected) if (!found.has(name) && !name.startsWith('sqlite_autoindex_')) problems.push(`no ${describe(object)}`);
  return problems;
}

/** One sentence for a refusal, naming at most three differences. */
export function describeDifferences(problems: readonly string[]): string {
  const shown = problems.slice(0, 3).join('; ');
  return problems.length > 3 ? `${shown}; and ${problems.length - 3} more` : shown;
}
