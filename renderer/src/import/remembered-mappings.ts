import { headerSetKey, TARGET_OPTIONS, targetFromId, targetId, type ColumnTarget, type Mapping } from '../../../shared/import/header-mapping';

// Mappings the architect fixed, remembered per set of headers: the next file from the
// same client maps itself. Kept in this computer's local storage, not in an estate.
// Each header keeps its whole target (a unit or number style chosen by hand included),
// by the header's name, so the same columns in another order still map the same way.

const KEY = 'waveplan.import-mappings';
const LIMIT = 50;

type Remembered = Record<string, [header: string, target: ColumnTarget][]>;

function all(): Remembered {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '{}') as unknown;
    return stored && typeof stored === 'object' ? (stored as Remembered) : {};
  } catch {
    return {};
  }
}

const KNOWN = new Set(TARGET_OPTIONS.map((o) => o.id));

/** A stored target, if it is one this version offers (older entries stored only its id); else the column goes to notes. */
function targetOf(stored: unknown): ColumnTarget {
  const target = typeof stored === 'string' ? targetFromId(stored) : (stored as ColumnTarget | null);
  if (!target || typeof target !== 'object' || typeof target.to !== 'string' || !KNOWN.has(targetId(target))) return { to: 'notes' };
  return target;
}

export function rememberedMapping(headers: readonly string[]): Mapping | null {
  const entries = all()[headerSetKey(headers)];
  if (!Array.isArray(entries) || entries.length !== headers.length) return null;
  const byHeader = new Map(entries.filter((e) => Array.isArray(e)).map(([h, t]) => [h, targetOf(t)]));
  return headers.map((h) => byHeader.get(h) ?? { to: 'notes' });
}

export function rememberMapping(headers: readonly string[], mapping: Mapping): void {
  const entries = Object.entries(all()).filter(([k]) => k !== headerSetKey(headers));
  entries.push([headerSetKey(headers), headers.map((h, i) => [h, mapping[i] ?? { to: 'ignore' }])]);
  localStorage.setItem(KEY, JSON.stringify(Object.fromEntries(entries.slice(-LIMIT))));
}
