import type { Change } from '../../../shared/changes/change-set';
import type { EstateSettings, SettingName } from '../../../shared/estate/estate-settings';
import type { RunbookEdits } from '../../../shared/rollback/runbook-edits';
import { useEstateStore } from './estate-store';

// Every estate setting (plan, rollback, rate card, runbook edits) is saved the same way:
// the whole value replaced in one undoable change set. False when the store refused it
// (an estate in conflict, say), so a caller does not report a change that was not made.

export function saveSetting<K extends SettingName>(name: K, value: EstateSettings[K], label: string): boolean {
  return useEstateStore.getState().commit([{ op: 'setSetting', name, value } as Change], label);
}

export const saveRunbookEdits = (edits: RunbookEdits, label: string) => saveSetting('runbookEdits', edits, label);
