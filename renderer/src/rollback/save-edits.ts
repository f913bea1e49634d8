import type { RunbookEdits } from '../../../shared/rollback/runbook-edits';
import type { RollbackSettings } from '../../../shared/rollback/rollback-settings';
import { useEstateStore } from '../store/estate-store';

// Runbook edits and rollback settings are estate settings: each change replaces the
// whole value in one undoable change set.

export function saveRunbookEdits(edits: RunbookEdits, label: string): void {
  useEstateStore.getState().commit([{ op: 'setSetting', name: 'runbookEdits', value: edits }], label);
}

export function saveRollbackSettings(settings: RollbackSettings, label: string): void {
  useEstateStore.getState().commit([{ op: 'setSetting', name: 'rollbackSettings', value: settings }], label);
}
