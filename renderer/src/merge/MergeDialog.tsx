import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { EstateCopy } from '../../../shared/contract';
import type { EstateSnapshot } from '../../../shared/estate/estate';
import { changesBetween } from '../../../shared/estate-text/changes-between';
import { diffEstates } from '../../../shared/estate-text/diff';
import { mergeEstates } from '../../../shared/estate-text/merge';
import type { Resolutions, Side } from '../../../shared/estate-text/merge-types';
import type { EstateText } from '../../../shared/estate-text/text-form';
import { NO_SCENARIOS } from '../../../shared/estate-text/scenario-text';
import { scenarioView } from '../../../shared/estate-text/scenario-view';
import { useAppStore } from '../store/app-store';
import { useEstateStore } from '../store/estate-store';
import { MergeChanges } from './MergeChanges';
import { MergeConflicts } from './MergeConflicts';
import { pickEstateCopy, useMergeState } from './merge-state';
import '../styles/merge.css';

// The app merges what the open scenario sees: each copy as it sees the same scenario (by id), when it has it.
const asText = ({ estate, scenarios: _scenarios, activeScenarioId: _active, ...content }: EstateSnapshot): EstateText => ({ name: estate.name, ...content, ...NO_SCENARIOS });
const copyView = ({ fileName: _fileName, ...text }: EstateCopy, scenarioId: string) => scenarioView(text, scenarioId);

/**
 * Merge another copy of this estate: its changes and the conflicts, shown the way the
 * import preview shows an import, each conflict settled by the user, then written as
 * one change set, so one undo takes the whole merge back.
 */
export function MergeDialog({ snapshot, theirs, base }: { snapshot: EstateSnapshot; theirs: EstateCopy; base: EstateCopy | null }) {
  const [resolutions, setResolutions] = useState<Resolutions>({});
  const ours = useMemo(() => asText(snapshot), [snapshot]);
  // The open estate keeps its own name (renaming is not an edit of its content): the copies' names are not merged here.
  const scenarioId = snapshot.activeScenarioId;
  const scenarioName = snapshot.scenarios.find((s) => s.id === scenarioId)?.name ?? scenarioId;
  const theirsView = useMemo(() => copyView(theirs, scenarioId), [theirs, scenarioId]);
  const theirsText = useMemo(() => ({ ...theirsView.view, name: ours.name }), [theirsView, ours]);
  const baseText = useMemo(() => (base ? { ...copyView(base, scenarioId).view, name: ours.name } : ours), [base, ours, scenarioId]);
  const result = useMemo(() => mergeEstates(baseText, ours, theirsText, resolutions), [baseText, ours, theirsText, resolutions]);
  // What the merge changes here, with conflicts not yet settled left as this estate has them (not shown as going back to base).
  const diff = useMemo(() => {
    if (!result.unresolved.length) return diffEstates(ours, result.merged);
    const keepOurs = Object.fromEntries(result.unresolved.map((id) => [id, 'ours' as const]));
    return diffEstates(ours, mergeEstates(baseText, ours, theirsText, { ...keepOurs, ...resolutions }).merged);
  }, [ours, result, baseText, theirsText, resolutions]);
  const open = result.unresolved.length;
  const ready = open === 0 && result.problems.length === 0;
  const changes = useMemo(() => (ready ? changesBetween(snapshot, result.merged) : []), [ready, snapshot, result]);
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
      const w = diff.workloads;
      useAppStore
        .getState()
        .notify(
          'info',
          `Merged ${theirs.fileName}: ${w.added.length} added, ${w.changed.length} updated, ${w.removed.length} removed${result.conflicts.length ? `, ${result.conflicts.length} conflicts settled` : ''}. Undo takes it all back.`,
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
                Base: <strong>{base.fileName}</strong>, the copy both started from. Changes made on either side since are brought together.
              </>
            ) : (
              <>Without a base, this estate stands in for it: everything the other copy holds differently is brought in.</>
            )}
          </span>
          <button type="button" className="button small" onClick={() => void pickBase()}>
            {base ? 'Choose another base…' : 'Choose the base copy…'}
          </button>
        </div>
        {(theirsView.leftOut.length > 0 || !theirsView.matched) && (
          <p className="small merge-scenarios-note" role="note">
            {theirsView.matched ? (
              <>
                The scenario shown here, “{scenarioName}”, is merged with {theirs.fileName}’s own.
              </>
            ) : (
              <>
                {theirs.fileName} has no scenario “{scenarioName}”: its baseline is merged into the one shown here.
              </>
            )}{' '}
            {theirsView.leftOut.length > 0 && (
              <>
                Not merged here: {theirsView.leftOut.map((n) => `“${n}”`).join(', ')}. To merge every scenario, use <code>waveplan merge</code> on the two files.
              </>
            )}
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
