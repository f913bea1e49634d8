import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { EstateCopy, OpenEstateText } from '../../../shared/contract';
import type { EstateSnapshot } from '../../../shared/estate/estate';
import { BASELINE_SCENARIO_ID } from '../../../shared/estate/scenarios';
import { diffEstates } from '../../../shared/estate-text/diff';
import { mergeEstates } from '../../../shared/estate-text/merge';
import { mergeChangeSet } from '../../../shared/estate-text/merge-change-set';
import type { Resolutions, Side } from '../../../shared/estate-text/merge-types';
import type { EstateText } from '../../../shared/estate-text/text-form';
import { useAppStore } from '../store/app-store';
import { useEstateStore } from '../store/estate-store';
import { MergeChanges } from './MergeChanges';
import { MergeConflicts } from './MergeConflicts';
import { MergeScenarioChanges } from './MergeScenarioChanges';
import { pickEstateCopy, useMergeState } from './merge-state';
import '../styles/merge.css';

// The open estate keeps its own name (renaming is not an edit of its content): the copies' names are not merged here.
const asText = ({ fileName: _fileName, ...text }: EstateCopy, name: string): EstateText => ({ ...text, name });

/**
 * Merge another copy of this estate: the baseline and every scenario, its changes and
 * the conflicts shown the way the import preview shows an import, each conflict settled
 * by the user, then written as one change set (merge-change-set.ts), whichever scenario
 * is open, so one undo takes the whole merge back.
 */
export function MergeDialog({ snapshot, ours, theirs, base }: { snapshot: EstateSnapshot; ours: OpenEstateText; theirs: EstateCopy; base: EstateCopy | null }) {
  const [resolutions, setResolutions] = useState<Resolutions>({});
  const theirsText = useMemo(() => asText(theirs, ours.name), [theirs, ours]);
  const baseText = useMemo(() => (base ? asText(base, ours.name) : ours), [base, ours]);
  const result = useMemo(() => mergeEstates(baseText, ours, theirsText, resolutions), [baseText, ours, theirsText, resolutions]);
  // What the merge changes here, with conflicts not yet settled left as this estate has them (not shown as going back to base).
  const shown = useMemo(() => {
    if (!result.unresolved.length) return result.merged;
    const keepOurs = Object.fromEntries(result.unresolved.map((id) => [id, 'ours' as const]));
    return mergeEstates(baseText, ours, theirsText, { ...keepOurs, ...resolutions }).merged;
  }, [ours, result, baseText, theirsText, resolutions]);
  const diff = useMemo(() => diffEstates(ours, shown), [ours, shown]);
  const open = result.unresolved.length;
  const ready = open === 0 && result.problems.length === 0;
  const changes = useMemo(() => (ready ? mergeChangeSet(snapshot, ours, { ...result.merged, name: ours.name }) : []), [ready, snapshot, ours, result]);
  const active = snapshot.activeScenarioId;
  const activeName = snapshot.scenarios.find((s) => s.id === active)?.name ?? active;
  const activeGoes = active !== BASELINE_SCENARIO_ID && !shown.scenarios.some((s) => s.id === active);
  const decided = (id: string) => Object.keys(shown.scenarios.find((s) => s.id === id)?.decisions ?? {}).length;
  const close = () => useMergeState.getState().close();
  const resolve = (id: string, side: Side) => setResolutions((r) => ({ ...r, [id]: side }));
  const pickBase = async () => {
    const picked = await pickEstateCopy('The copy both started from (base)');
    if (picked) {
      setResolutions({});
      useMergeState.getState().set({ base: picked });
    }
  };
  const apply = () => {
    if (changes.length && useEstateStore.getState().commit(changes, `Merge ${theirs.fileName}`)) {
      const [w, s] = [diff.workloads, diff.scenarios];
      const scenarios = s.added.length + s.removed.length + new Set([...s.renamed, ...s.decisions.map((d) => d.scenario), ...s.settings.map((d) => d.scenario)].map((x) => x.id)).size;
      useAppStore
        .getState()
        .notify(
          'info',
          `Merged ${theirs.fileName}: ${w.added.length} added, ${w.changed.length} updated, ${w.removed.length} removed${scenarios ? `, ${scenarios} scenario ${scenarios === 1 ? 'change' : 'changes'}` : ''}${result.conflicts.length ? `, ${result.conflicts.length} conflicts settled` : ''}.${activeGoes ? ` “${activeName}” was removed: the baseline is open.` : ''} Undo takes it all back.`,
        );
    }
    close();
  };

  return createPortal(
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div className="modal import-dialog merge-dialog" role="dialog" aria-modal="true" aria-label={`Merge ${theirs.fileName}`} data-conflicts={result.conflicts.length} data-unresolved={open}>
        <h2>
          Merge {theirs.fileName} <span className="muted small">into {snapshot.estate.name}: check before anything is written</span>
        </h2>
        <div className="import-source merge-source">
          <span className="small">
            {base ? (
              <>
                Base: <strong>{base.fileName}</strong>, the copy both started from. Changes made on either side since are brought together, in the baseline and in every scenario.
              </>
            ) : (
              <>Without a base, this estate stands in for it: everything the other copy holds differently, in the baseline and in every scenario, is brought in.</>
            )}
          </span>
          <button type="button" className="button small" onClick={() => void pickBase()}>
            {base ? 'Choose another base…' : 'Choose the base copy…'}
          </button>
        </div>
        {activeGoes && (
          <p className="small merge-scenarios-note" role="note">
            The merge removes “{activeName}”, the scenario open now: the baseline (“{shown.baselineName}”) opens in its place. Undo brings “{activeName}” back, open.
          </p>
        )}
        <div className="import-body">
          <div className="preview-step">
            <MergeConflicts conflicts={result.conflicts} resolutions={resolutions} onResolve={resolve} hasBase={base !== null} />
            {result.problems.map((p) => (
              <p key={p} className="field-error" role="alert">
                {p}
              </p>
            ))}
            <MergeChanges diff={diff} />
            <MergeScenarioChanges diff={diff.scenarios} decided={decided} />
          </div>
        </div>
        <div className="modal-actions">
          {open > 0 && (
            <span className="merge-open small" role="status">
              {open === 1 ? 'One conflict' : `${open} conflicts`} to settle
            </span>
          )}
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="button" className="button primary" disabled={!ready || changes.length === 0} onClick={apply} title={ready ? '' : 'Settle every conflict first'}>
            {!ready ? 'Settle the conflicts to merge' : changes.length === 0 ? 'Nothing to merge' : `Merge ${changes.length === 1 ? 'one change' : `${changes.length.toLocaleString('en')} changes`}`}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
