import type { EstateSnapshot } from '../../shared/estate/estate.js';
import { UsageError } from './cli-error.js';

// `--scenario`: which of the estate's scenarios to plan (by name, in any case, or id);
// the estate is then read as that scenario sees it (estate-at-path.ts). An unknown one is
// refused with the names there are.

export interface ScenarioRef {
  id: string;
  name: string;
}

/** The scenario asked for, or undefined for the estate as it is; a usage error when there is no such scenario. */
export function resolveScenario(command: string, snapshot: EstateSnapshot, asked: string | undefined): ScenarioRef | undefined {
  if (asked === undefined) return undefined;
  // Every estate has its baseline, so the list is never empty.
  const { scenarios } = snapshot;
  const wanted = asked.trim().toLowerCase();
  const found = scenarios.find((s) => s.id === asked) ?? scenarios.find((s) => s.name.trim().toLowerCase() === wanted);
  if (!found) throw new UsageError(`${command}: --scenario ${asked}: no such scenario in “${snapshot.estate.name}”; it has ${scenarios.map((s) => `“${s.name}”`).join(', ')}`, command);
  return found;
}
