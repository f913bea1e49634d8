// The scenario a pack is of. Scenarios come with issue 18's scenarios work: a snapshot
// then carries `scenarios` and `activeScenarioId`. Read structurally, so this works
// before and after they land: a snapshot without them is the baseline.

interface MaybeScenarios {
  scenarios?: readonly { id: string; name: string }[] | undefined;
  activeScenarioId?: string | null | undefined;
}

export const BASELINE_NAME = 'Baseline';

/** The named scenario (`scenarioId`, else the active one), or "Baseline". */
export function scenarioName(snapshot: object, scenarioId?: string): string {
  const { scenarios, activeScenarioId } = snapshot as MaybeScenarios;
  const wanted = scenarioId ?? activeScenarioId ?? undefined;
  if (!Array.isArray(scenarios) || wanted === undefined) return BASELINE_NAME;
  return scenarios.find((s) => s.id === wanted)?.name ?? BASELINE_NAME;
}
