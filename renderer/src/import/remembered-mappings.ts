import { headerSetKey, targetFromId, targetId, type Mapping } from '../../../shared/excel/header-mapping';

// Mappings the architect fixed, remembered per set of headers: the next file from the
// same client maps itself. Kept in this computer's local storage, not in an estate.

const KEY = 'waveplan.import-mappings';
const LIMIT = 50;

function all(): Record<string, string[]> {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, string[]>;
  } catch {
    return {};
  }
}

export function rememberedMapping(headers: readonly string[]): Mapping | null {
  const ids = all()[headerSetKey(headers)];
  return ids && ids.length === headers.length ? ids.map(targetFromId) : null;
}

export function rememberMapping(headers: readonly string[], mapping: Mapping): void {
  const entries = Object.entries(all()).filter(([k]) => k !== headerSetKey(headers));
  entries.push([headerSetKey(headers), mapping.map(targetId)]);
  localStorage.setItem(KEY, JSON.stringify(Object.fromEntries(entries.slice(-LIMIT))));
}
