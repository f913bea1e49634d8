// Equality of plain data (what the text form holds): numbers, strings, booleans, null,
// lists in order and objects whatever their key order (a setting read from a file and
// one from the estate may list the same keys in another order). -0 equals 0 here, as
// in the estate's own comparisons.

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((x, i) => sameValue(x, other[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = Object.keys(ra);
  if (keys.length !== Object.keys(rb).length) return false;
  return keys.every((k) => Object.hasOwn(rb, k) && sameValue(ra[k], rb[k]));
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Leaves of a plain object by path (keys joined by NUL, which no key holds); a list is
 * one leaf (weekdays, blackouts), an empty object has none (its parent stays).
 */
export function leaves(value: unknown, prefix = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) leaves(v, prefix ? `${prefix}\u0000${k}` : k, into);
  } else into.set(prefix, value);
  return into;
}

/** Whether the object at `path` exists and is empty: such an object is kept when a merge empties it. */
export function isEmptyObjectAt(root: unknown, path: string): boolean {
  let node: unknown = root;
  for (const key of path.split('\u0000')) node = isObject(node) ? node[key] : undefined;
  return isObject(node) && Object.keys(node).length === 0;
}

/** The path of a leaf as written for a person: planSettings.financeClose.before. */
export const shownPath = (path: string) => path.split('\u0000').join('.');

/**
 * Sets (or, with undefined, removes) the leaf at `path`, copying the objects on the way.
 * An object a removal empties goes too, unless `keepEmpty` says it is meant to stay (a
 * runbook edit removed whole leaves no empty edit behind; an estate with no edits keeps `steps: {}`).
 */
export function withLeaf(root: unknown, path: string, value: unknown, keepEmpty: (path: string) => boolean = () => false, at = ''): unknown {
  const [head, ...rest] = path.split('\u0000');
  const object = isObject(root) ? root : {};
  const next = { ...object };
  const here = at ? `${at}\u0000${head!}` : head!;
  if (rest.length === 0) {
    if (value === undefined) delete next[head!];
    else next[head!] = value;
  } else {
    const inner = withLeaf(object[head!], rest.join('\u0000'), value, keepEmpty, here);
    if (value === undefined && isObject(inner) && Object.keys(inner).length === 0 && !keepEmpty(here)) delete next[head!];
    else next[head!] = inner;
  }
  return next;
}
