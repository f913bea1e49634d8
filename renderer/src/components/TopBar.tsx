import { useState } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import type { EstateSnapshot } from '../../../shared/estate/estate';
import { usePlannedReport } from '../report/use-report';
import { useAppStore, type EstateView } from '../store/app-store';
import { useEstateStore } from '../store/estate-store';
import { importSpreadsheet } from '../actions';
import { ExportMenu } from './ExportMenu';
import { PromptModal } from './Modal';
import { SaveStatus } from './SaveStatus';
import { ScenarioSwitcher } from './ScenarioSwitcher';
import { TopBarMore } from './TopBarMore';
import { WaveLogo } from './WaveLogo';
import { onTabListKey } from './tab-keys';
import { useHelp } from '../help/help-state';
import { ThemeSwitch } from '../theme/ThemeSwitch';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

const VIEWS: { view: EstateView; label: string }[] = [
  { view: 'inventory', label: 'Inventory' },
  { view: 'graph', label: 'Graph' },
  { view: 'tiers', label: 'Tiers' },
  { view: 'readiness', label: 'Readiness' },
  { view: 'findings', label: 'Findings' },
  { view: 'waves', label: 'Waves' },
  { view: 'rollback', label: 'Rollback' },
  { view: 'costs', label: 'Costs' },
  { view: 'compare', label: 'Compare' },
];

/** The count of high findings on the Findings tab, so a new one is seen from any view. */
function HighFindings() {
  const snapshot = useEstateStore((s) => s.snapshot);
  if (!snapshot) return null;
  // The count needs the plan: an estate the planner cannot plan (the Waves view says
  // why, in its own message) leaves the tab without a badge rather than the whole
  // screen without its top bar. Keyed by the estate, so a fixed one counts again.
  return (
    <ErrorBoundary fallback={null} resetKeys={[snapshot.planSettings, snapshot.workloads]}>
      <HighCount snapshot={snapshot} />
    </ErrorBoundary>
  );
}

// The same findings as the Findings view and the workbook's Findings sheet: the report's.
function HighCount({ snapshot }: { snapshot: EstateSnapshot }) {
  const { report } = usePlannedReport(snapshot);
  const high = report?.findings.count.high ?? 0;
  return high > 0 ? (
    <span className="tab-badge" data-high-findings={high} title={`${high} high-severity findings`}>
      {high.toLocaleString('en')}
    </span>
  ) : null;
}

export function TopBar({ view }: { view: EstateView }) {
  const estate = useEstateStore((s) => s.snapshot?.estate);
  const undoStack = useEstateStore((s) => s.undoStack);
  const redoStack = useEstateStore((s) => s.redoStack);
  const { undo, redo, rename } = useEstateStore.getState();
  const go = useAppStore((s) => s.go);
  const [renaming, setRenaming] = useState(false);
  const lastUndo = undoStack.at(-1)?.label;
  const lastRedo = redoStack.at(-1)?.label;
  return (
    <header className="top-bar">
      <button type="button" className="home-button" onClick={() => go({ screen: 'start' })} title="All estates">
        <WaveLogo size={26} />
        <span className="bar-label">Estates</span>
      </button>
      <span className="crumb-sep">/</span>
      <button type="button" className="estate-title" title={`${estate?.name ?? ''} (click to rename)`} onClick={() => setRenaming(true)}>
        {estate?.name ?? '…'}
      </button>
      <ScenarioSwitcher />
      <nav className="view-tabs" aria-label="Views" role="tablist" onKeyDown={onTabListKey}>
        {VIEWS.map((v) => (
          <button
            key={v.view}
            type="button"
            role="tab"
            id={`view-tab-${v.view}`}
            aria-selected={view === v.view}
            aria-controls={view === v.view ? 'view-panel' : undefined}
            tabIndex={view === v.view ? 0 : -1}
            className={`view-tab${view === v.view ? ' current' : ''}`}
            onClick={() => estate && go({ screen: 'estate', id: estate.id, view: v.view })}
          >
            {v.label}
            {v.view === 'findings' && <HighFindings />}
          </button>
        ))}
      </nav>
      <SaveStatus />
      <span className="spacer" />
      <button type="button" className="bar-button" disabled={!lastUndo} onClick={undo} title={lastUndo ? `Undo ${lastUndo} (${mod}Z)` : 'Nothing to undo'}>
        ↶ <span className="bar-label">Undo</span>
      </button>
      <button type="button" className="bar-button" disabled={!lastRedo} onClick={redo} title={lastRedo ? `Redo ${lastRedo} (${isMac ? '⌘⇧Z' : 'Ctrl+Y'})` : 'Nothing to redo'}>
        ↷ <span className="bar-label">Redo</span>
      </button>
      <button
        type="button"
        className="bar-button bar-fold"
        disabled={!estate}
        onClick={() => void importSpreadsheet()}
        title="Import workloads from an .xlsx or CSV inventory, or bring back an exported plan workbook"
      >
        Import…
      </button>
      <ExportMenu estateId={estate?.id} />
      <TopBarMore estateId={estate?.id} />
      <ThemeSwitch />
      <button type="button" className="bar-button help-button" onClick={() => useHelp.getState().setOpen(true)} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (? or F1)">
        ?
      </button>
      {renaming && estate && (
        <PromptModal
          title="Rename estate"
          label="Name"
          initial={estate.name}
          confirm="Rename"
          onConfirm={(name) => void rename(name).catch((e: unknown) => useAppStore.getState().notify('error', String(e instanceof Error ? e.message : e)))}
          onClose={() => setRenaming(false)}
        />
      )}
    </header>
  );
}
