import { useCallback, useRef, useState } from 'react';
import { BASELINE_SCENARIO_ID, SCENARIO_NAME_MAX, copyName, scenarioNameProblem } from '../../../shared/estate/scenarios';
import { createScenario, deleteScenario, duplicateScenario, renameScenario, switchScenario } from '../store/scenario-actions';
import { useEstateStore } from '../store/estate-store';
import { ConfirmModal, PromptModal } from './Modal';
import { useMenuDismiss } from './use-menu-dismiss';

type Dialog = 'create' | 'rename' | 'delete' | null;

/** Two lines branching from one: says "scenario" beside the name, and stands for the baseline when the bar has no room for its name. */
function BranchIcon() {
  return (
    <svg className="scenario-icon" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <circle cx="4" cy="2.5" r="1.6" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <circle cx="4" cy="11.5" r="1.6" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <circle cx="10.5" cy="4.5" r="1.6" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <path d="M4 4.1v5.8M10.5 6.1c0 2.4-2.2 3-5.2 4.1" fill="none" stroke="currentColor" strokeWidth="1.4" />
    </svg>
  );
}

/**
 * The estate's active scenario, beside its name on every view, and the menu that
 * switches between scenarios and creates, renames, duplicates and deletes them. At
 * narrow widths the name is cut short (top-bar-fit.css); the menu says it whole.
 */
export function ScenarioSwitcher() {
  const scenarios = useEstateStore((s) => s.snapshot?.scenarios);
  const activeId = useEstateStore((s) => s.snapshot?.activeScenarioId);
  const busy = useEstateStore((s) => s.scenarioBusy);
  const [open, setOpen] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const box = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useMenuDismiss(box, open, close);
  if (!scenarios || !activeId) return null;
  const active = scenarios.find((s) => s.id === activeId) ?? { id: activeId, name: activeId };
  const isBaseline = activeId === BASELINE_SCENARIO_ID;
  const choose = (next: Dialog | (() => void)) => {
    setOpen(false);
    if (typeof next === 'function') next();
    else setDialog(next);
  };

  return (
    <div className="menu-anchor scenario-switcher" ref={box}>
      <button
        type="button"
        className={`scenario-button${isBaseline ? '' : ' other'}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={`Scenario: ${active.name}`}
        title={`Scenario: ${active.name}. Every view shows it and every edit goes to it. Click to switch, create, rename, duplicate or delete scenarios.`}
        data-active-scenario={active.id}
        disabled={busy}
        onClick={() => setOpen(!open)}
      >
        <BranchIcon />
        <span className="scenario-name">{active.name}</span>
        <span className="scenario-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div className="menu scenario-menu" role="menu" aria-label="Scenarios">
          <div className="menu-heading scenario-heading">Scenarios</div>
          {scenarios.map((s) => (
            <button
              key={s.id}
              type="button"
              role="menuitemradio"
              aria-checked={s.id === activeId}
              className={`menu-item scenario-item${s.id === activeId ? ' current' : ''}`}
              data-scenario={s.id}
              onClick={() => choose(() => s.id !== activeId && void switchScenario(s.id))}
            >
              <span>
                <span className="scenario-check" aria-hidden="true">
                  {s.id === activeId ? '✓' : ''}
                </span>
                {s.name}
              </span>
              {s.id === BASELINE_SCENARIO_ID && <span className="muted small">The estate's own decisions; every scenario starts from one</span>}
            </button>
          ))}
          <div className="menu-heading scenario-heading">“{active.name}”</div>
          <button type="button" role="menuitem" className="menu-item" onClick={() => choose('create')}>
            <span>New scenario from this one…</span>
            <span className="muted small">Its tiers, strategies, pins, plan settings and rate card, to change apart</span>
          </button>
          <button type="button" role="menuitem" className="menu-item" onClick={() => choose(() => void duplicateScenario(activeId))}>
            <span>Duplicate</span>
          </button>
          <button type="button" role="menuitem" className="menu-item" onClick={() => choose('rename')}>
            <span>Rename…</span>
          </button>
          {!isBaseline && (
            <button type="button" role="menuitem" className="menu-item danger-item" onClick={() => choose('delete')}>
              <span>Delete…</span>
            </button>
          )}
        </div>
      )}
      {dialog === 'create' && (
        <PromptModal
          title={`New scenario from “${active.name}”`}
          label="Name"
          initial={isBaseline ? 'New scenario' : copyName(active.name, scenarios)}
          confirm="Create and switch"
          maxLength={SCENARIO_NAME_MAX}
          check={(name) => scenarioNameProblem(name, scenarios)}
          onConfirm={(name) => void createScenario(name)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'rename' && (
        <PromptModal
          title="Rename scenario"
          label="Name"
          initial={active.name}
          confirm="Rename"
          maxLength={SCENARIO_NAME_MAX}
          check={(name) => scenarioNameProblem(name, scenarios, activeId)}
          onConfirm={(name) => void renameScenario(activeId, name)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'delete' && (
        <ConfirmModal title={`Delete “${active.name}”?`} confirm="Delete scenario" danger onConfirm={() => void deleteScenario(activeId)} onClose={() => setDialog(null)}>
          <p>
            Its decisions (tiers, strategies, pins, dates) and its plan settings, rollback settings, rate card and runbook edits go with it. The inventory and the other scenarios stay as they are, and
            the baseline becomes the active scenario.
          </p>
        </ConfirmModal>
      )}
    </div>
  );
}
