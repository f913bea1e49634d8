import { bridge } from '../bridge/current';
import { useAppStore } from './app-store';
import { useEstateStore } from './estate-store';

// What the scenario switcher does, each through the store's changeScenario (which waits
// for every edit to be saved and brings the new active scenario's undo history).

/** A new scenario with the active one's decisions and settings, made active. */
export const createScenario = (name: string) =>
  useEstateStore.getState().changeScenario((id) => bridge().createScenario({ id, name, from: useEstateStore.getState().snapshot?.activeScenarioId ?? 'baseline' }));

export const switchScenario = (scenarioId: string) => useEstateStore.getState().changeScenario((id) => bridge().setActiveScenario({ id, scenarioId }));

export const duplicateScenario = (scenarioId: string) => useEstateStore.getState().changeScenario((id) => bridge().duplicateScenario({ id, scenarioId }));

export const deleteScenario = (scenarioId: string) => useEstateStore.getState().changeScenario((id) => bridge().deleteScenario({ id, scenarioId }), scenarioId);

/** Renames a scenario; a name the back end refuses is said in a notice. */
export async function renameScenario(scenarioId: string, name: string): Promise<void> {
  const id = useEstateStore.getState().snapshot?.estate.id;
  if (!id) return;
  try {
    useEstateStore.getState().setScenarios(await bridge().renameScenario({ id, scenarioId, name }));
  } catch (error) {
    useAppStore.getState().notify('error', error instanceof Error ? error.message : String(error));
  }
}
