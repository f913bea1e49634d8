import type { EstateSnapshot } from '../../shared/estate/estate.js';
import { UsageError } from './cli-error.js';

// `--scenario`: which of the estate's scenarios to plan. Scenarios are another branch's
// work (issue 20's lead wires them): an estate carries them as `scenarios`, a list of
// {id, name}. This resolves the name or id against that list and refuses an unknown one
// with the names there are.
// TODO(lead): once the scenario back end is merged, apply the resolved scenario to the
// snapshot here (its settings over the base estate's) before the report is made.

export interface ScenarioRef {
  id: string;
  name: string;
}

function scenariosOf(snapshot: EstateSnapshot): readonly ScenarioRef[] | undefined {
  const listed = (snapshot as EstateSnapshot & { scenarios?: unknown }).scenarios;
  return Array.isArray(listed) ? listed.filter((s): s is ScenarioRef => typeof s?.id === 'string' && typeof s?.name === 'string') : undefined;
}

/** The scenario asked for, or undefined for the estate as it is; a usage error when there is no such scenario. */
export function resolveScenario(command: string, snapshot: EstateSnapshot, asked: string | undefined): ScenarioRef | undefined {
  if (asked === undefined) return undefined;
  const scenarios = scenariosOf(snapshot);
  if (!scenarios || scenarios.length === 0) throw new UsageError(`${command}: --scenario ${asked}: the estate “${snapshot.estate.name}” has no scenarios`, command);
  const wanted = asked.trim().toLowerCase();
  const found = scenarios.find((s) => s.id === asked) ?? scenarios.find((s) => s.name.trim().toLowerCase() === wanted);
  if (!found) throw new UsageError(`${command}: --scenario ${asked}: no such scenario in “${snapshot.estate.name}”; it has ${scenarios.map((s) => `“${s.name}”`).join(', ')}`, command);
  return found;
}
