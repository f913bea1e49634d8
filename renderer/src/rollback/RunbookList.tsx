import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { addStep } from '../../../shared/rollback/runbook-edit-ops';
import type { EditedStep, RunbookEdits } from '../../../shared/rollback/runbook-edits';
import { PHASE_NAMES, RUNBOOK_PHASES, type RunbookPhase } from '../../../shared/rollback/runbook-types';
import { saveRunbookEdits } from '../store/save-setting';
import { StepRow } from './StepRow';
import { StepTextEditor } from './StepTextEditor';

const PHASE_HELP: Record<RunbookPhase, string> = {
  'pre-cutover': 'Freeze, backups with their restore time, DNS, routes and queues.',
  cutover: 'Providers first, in the order the dependencies ask for.',
  validation: 'A smoke test each, every link crossing the cutover, business checks.',
  trigger: 'When to turn back.',
  'point-of-no-return': 'After it, going back costs data.',
  rollback: 'Each workload its way back, consumers first: traffic switches, reverse replication, a restore only where the source is gone.',
};

type Item =
  | { type: 'phase'; phase: RunbookPhase; count: number }
  | { type: 'step'; step: EditedStep; number: number; first: boolean; last: boolean }
  | { type: 'add'; phase: RunbookPhase; afterId: string | null };

// Measured heights are kept by key, so a step keeps its height when others come and go.
const itemKey = (item: Item) => (item.type === 'step' ? item.step.id : `${item.type}-${item.phase}`);

let added = 0;
const newStepId = () => `custom:${Date.now().toString(36)}-${(added++).toString(36)}`;

function AddStep({ phase, afterId, wave, edits, order }: { phase: RunbookPhase; afterId: string | null; wave: number; edits: RunbookEdits; order: readonly string[] }) {
  const [draft, setDraft] = useState<string | null>(null);
  const finish = () => {
    const text = draft?.trim();
    setDraft(null);
    if (text) saveRunbookEdits(addStep(edits, wave, phase, text, afterId, order, newStepId()), `Add a step to ${PHASE_NAMES[phase].toLowerCase()}`);
  };
  if (draft === null) {
    return (
      <button type="button" className="link small add-step" onClick={() => setDraft('')}>
        + Add a step to {PHASE_NAMES[phase].toLowerCase()}
      </button>
    );
  }
  return (
    <StepTextEditor
      className="add-step-editor"
      label={`New step in ${PHASE_NAMES[phase].toLowerCase()}`}
      placeholder="What to do, e.g. Ask the ward clerk to book a test appointment."
      value={draft}
      help="Enter adds it at the end of this phase; Escape cancels."
      onChange={setDraft}
      onSave={finish}
      onCancel={() => setDraft(null)}
    />
  );
}

/** The runbook as one ordered checklist, phase by phase; virtualized, a 10,000-workload wave has thousands of steps. */
export function RunbookList({ steps, wave, edits, nameOf }: { steps: readonly EditedStep[]; wave: number; edits: RunbookEdits; nameOf(id: string): string }) {
  const scroller = useRef<HTMLDivElement>(null);
  const order = useMemo(() => steps.map((s) => s.id), [steps]);
  const items = useMemo(() => {
    const list: Item[] = [];
    let number = 0;
    for (const phase of RUNBOOK_PHASES) {
      const inPhase = steps.filter((s) => s.phase === phase);
      list.push({ type: 'phase', phase, count: inPhase.filter((s) => !s.removed).length });
      inPhase.forEach((step, i) => list.push({ type: 'step', step, number: step.removed ? number : ++number, first: i === 0, last: i === inPhase.length - 1 }));
      list.push({ type: 'add', phase, afterId: inPhase.at(-1)?.id ?? null });
    }
    return list;
  }, [steps]);
  // eslint-disable-next-line react-hooks/incompatible-library -- useVirtualizer's API is not memoisable; no React Compiler here.
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (items[i]?.type === 'step' ? 64 : 40),
    overscan: 8,
    getItemKey: (i) => itemKey(items[i] as Item),
  });
  return (
    <div className="runbook-list" ref={scroller}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((v) => {
          const item = items[v.index] as Item;
          return (
            <div key={v.key} data-index={v.index} ref={virtualizer.measureElement} className="runbook-slot" style={{ transform: `translateY(${v.start}px)` }}>
              {item.type === 'phase' && (
                <h3 className={`phase-title phase-${item.phase}`}>
                  {PHASE_NAMES[item.phase]}{' '}
                  <span className="muted small">
                    · {item.count} · {PHASE_HELP[item.phase]}
                  </span>
                </h3>
              )}
              {item.type === 'step' && <StepRow step={item.step} number={item.number} wave={wave} edits={edits} shown={steps} first={item.first} last={item.last} nameOf={nameOf} />}
              {item.type === 'add' && <AddStep phase={item.phase} afterId={item.afterId} wave={wave} edits={edits} order={order} />}
            </div>
          );
        })}
      </div>
    </div>
  );
}
