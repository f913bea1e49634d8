import { lazy, Suspense, useEffect, useState } from 'react';
import type { EstateSnapshot } from '../../../shared/estate/estate';
import { exportAs } from '../actions';
import { TopBar } from '../components/TopBar';
import { ViewErrorBoundary } from '../components/ViewErrorBoundary';
import { FindingsView } from '../findings/FindingsView';
import { ReadinessView } from '../readiness/ReadinessView';
import { TiersView } from '../tiers/TiersView';
import { WavesView } from '../waves/WavesView';
import { GraphView } from '../graph/GraphView';
import { useGraphView } from '../graph/graph-view-state';
import { prewarmElk, prewarmLayoutWorker } from '../graph/layout-client';
import { ELK_NODE_LIMIT } from '../graph/layout-protocol';
import { InventoryView } from '../inventory/InventoryView';
import { useInventoryView } from '../inventory/view-state';
import { useAppStore, type EstateView } from '../store/app-store';
import { useEstateStore } from '../store/estate-store';
import { useMergeState } from '../merge/merge-state';

// Views and dialogs that are not where an estate opens load when first used, so opening
// an estate (and the graph's time to interactive) does not pay for them: the Costs view
// brings the chart library (as does Compare), the import its mapping and preview.
const CostsView = lazy(() => import('../costs/CostsView').then((m) => ({ default: m.CostsView })));
const CompareView = lazy(() => import('../compare/CompareView').then((m) => ({ default: m.CompareView })));
const RollbackView = lazy(() => import('../rollback/RollbackView').then((m) => ({ default: m.RollbackView })));
const MergeDialog = lazy(() => import('../merge/MergeDialog').then((m) => ({ default: m.MergeDialog })));
const ImportDialog = lazy(() => import('../import/ImportDialog').then((m) => ({ default: m.ImportDialog })));
const later = (what: string, view: React.ReactNode) => <Suspense fallback={<div className="loading">Opening {what}…</div>}>{view}</Suspense>;

function CurrentView({ view, wave, snapshot }: { view: EstateView; wave?: number; snapshot: EstateSnapshot }) {
  switch (view) {
    case 'graph':
      return <GraphView snapshot={snapshot} />;
    case 'tiers':
      return <TiersView snapshot={snapshot} />;
    case 'readiness':
      return <ReadinessView snapshot={snapshot} />;
    case 'findings':
      return <FindingsView snapshot={snapshot} />;
    case 'waves':
      return <WavesView snapshot={snapshot} />;
    case 'rollback':
      return later('the runbooks', <RollbackView snapshot={snapshot} wave={wave} />);
    case 'costs':
      return later('the costs', <CostsView snapshot={snapshot} />);
    case 'compare':
      return later('the comparison', <CompareView snapshot={snapshot} />);
    default:
      return <InventoryView snapshot={snapshot} />;
  }
}

const VIEW_NAMES: Record<EstateView, string> = {
  inventory: 'Inventory',
  graph: 'Graph',
  tiers: 'Tiers',
  readiness: 'Readiness',
  findings: 'Findings',
  waves: 'Waves',
  rollback: 'Rollback',
  costs: 'Costs',
  compare: 'Compare',
};

/** True when a key press belongs to a text box (its own undo, its own arrows). */
function inTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function EstateScreen({ id, view = 'inventory', wave }: { id: string; view?: EstateView; wave?: number }) {
  const snapshot = useEstateStore((s) => s.snapshot);
  const importing = useAppStore((s) => s.importing);
  const merging = useMergeState((s) => s.theirs);
  const mergeBase = useMergeState((s) => s.base);
  const mergeOurs = useMergeState((s) => s.ours);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    // A new id mounts a new screen (App keys it by id), so local state starts clean.
    if (view === 'graph') prewarmLayoutWorker();
    useInventoryView.getState().reset();
    useGraphView.getState().reset();
    useEstateStore
      .getState()
      .open(id)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    return () => {
      useMergeState.getState().close();
      useEstateStore.getState().close();
    };
    // Opening depends on the estate only; the view just decides what to warm up first.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  // A graph small enough for ELK gets ELK loaded in the background, whatever the view.
  const small = snapshot !== null && snapshot.workloads.length <= ELK_NODE_LIMIT;
  useEffect(() => {
    if (!small) return;
    const idle = requestIdleCallback(() => prewarmElk(), { timeout: 2000 });
    return () => cancelIdleCallback(idle);
  }, [small]);

  // Undo and redo of estate edits: Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (Cmd on a Mac).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || inTextField(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) useEstateStore.getState().undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') useEstateStore.getState().redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Ctrl+P prints the board pack, not the screen (the browser's own print of the app shows a note saying so: styles/print.css).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey || e.key.toLowerCase() !== 'p') return;
      e.preventDefault();
      void exportAs('board-pack', id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [id]);

  if (error) {
    return (
      <div className="estate-error">
        <h1>This estate cannot be opened</h1>
        <p role="alert">{error}</p>
        <button type="button" className="button primary" onClick={() => useAppStore.getState().go({ screen: 'start' })}>
          Back to your estates
        </button>
      </div>
    );
  }
  return (
    <div className="estate-screen">
      <TopBar view={view} />
      {importing && snapshot && (
        <ViewErrorBoundary where="The import" estateId={id} resetKeys={[importing]}>
          <Suspense fallback={null}>
            <ImportDialog file={importing} onClose={() => useAppStore.getState().setImporting(null)} />
          </Suspense>
        </ViewErrorBoundary>
      )}
      {merging && mergeOurs && snapshot && (
        <ViewErrorBoundary where="The merge" estateId={id} resetKeys={[merging, mergeBase]}>
          <Suspense fallback={null}>
            <MergeDialog snapshot={snapshot} ours={mergeOurs} theirs={merging} base={mergeBase} />
          </Suspense>
        </ViewErrorBoundary>
      )}
      {/* The main landmark holds the view; the view is the panel of the top bar's tab list. */}
      <main className="view-main">
        <div id="view-panel" className="view-panel" role="tabpanel" aria-labelledby={`view-tab-${view}`}>
          {snapshot && snapshot.estate.id === id ? (
            <ViewErrorBoundary where={`The ${VIEW_NAMES[view]} view`} estateId={id} resetKeys={[view, snapshot.estate.revision]}>
              <CurrentView view={view} wave={wave} snapshot={snapshot} />
            </ViewErrorBoundary>
          ) : (
            <div className="loading">Opening the estate…</div>
          )}
        </div>
      </main>
    </div>
  );
}
