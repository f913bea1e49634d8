import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { EstateSnapshot } from '../../../shared/estate/estate';
import { buildAdjacency, reachable } from '../../../shared/graph/adjacency';
import { impactOf } from '../../../shared/graph/impact';
import { findMoveGroups } from '../../../shared/graph/move-groups';
import { reportFor } from '../report/report-cache';
import { useAnalysis, usePlannedReport } from '../report/use-report';
import { bridge } from '../bridge/current';
import { slugForFile } from '../format';
import { DetailPanel } from '../inventory/DetailPanel';
import { useAppStore } from '../store/app-store';
import { useEstateStore } from '../store/estate-store';
import { ConnectDialog, type DependencyDraft } from './ConnectDialog';
import { DependencyPanel } from './DependencyPanel';
import { graphImage } from './export-image';
import { buildElements, type Emphasis } from './graph-elements';
import { COLLAPSE_THRESHOLD, buildGraphModel } from '../../../shared/graph/view-model';
import { useGraphView } from './graph-view-state';
import { FIT_PADDING, GraphCanvas } from './GraphCanvas';
import { GraphList } from './GraphList';
import { useGraphMode } from './graph-mode';
import { useFlowRoles } from './use-flow-roles';
import { GraphActions, GraphToolbar } from './GraphToolbar';
import { ImpactPanel, StructurePanel } from './InsightsPanel';
import { SearchPalette } from './SearchPalette';
import { useGraphLayout } from './use-graph-layout';
import { SidePanel } from '../components/SidePanel';

const NONE: never[] = [];
const RING_COLOURS = ['#0e7c70', '#7a3fa8', '#c2410c', '#1d4ed8', '#a16207', '#be185d', '#15803d', '#4338ca'];

/** Where the canvas is drawn (one graph view at a time). */
const findGraphMain = () => document.querySelector<HTMLElement>('.graph-main');

export function GraphView({ snapshot }: { snapshot: EstateSnapshot }) {
  return (
    <ReactFlowProvider>
      <GraphScreen snapshot={snapshot} />
    </ReactFlowProvider>
  );
}

function GraphScreen({ snapshot }: { snapshot: EstateSnapshot }) {
  const view = useGraphView();
  const listMode = useGraphMode((s) => s.mode === 'list');
  const flow = useReactFlow();
  const [generation, setGeneration] = useState(0);
  const [connecting, setConnecting] = useState<{ consumerId: string; providerId: string } | null>(null);
  const [focus, setFocus] = useState<{ id: string; at: number } | null>(null);
  const { workloads, dependencies } = snapshot;

  const byId = useMemo(() => new Map(workloads.map((w) => [w.id, w])), [workloads]);
  const nameOf = useCallback((id: string) => byId.get(id)?.name ?? id, [byId]);
  const depById = useMemo(() => new Map(dependencies.map((d) => [d.id, d])), [dependencies]);
  const { sensitivity, tierOf } = useAnalysis(snapshot);
  // The plan only when the graph groups by wave: it costs the first picture nothing otherwise.
  const plan = usePlannedReport(snapshot, view.grouping === 'wave').report?.plan;
  const adjacency = useMemo(() => buildAdjacency(dependencies), [dependencies]);
  // Move groups feed the side panel and highlights, not the first picture: they are
  // worked out in a deferred render once the canvas is on screen.
  const structureInput = useDeferredValue(snapshot, null);
  const structure = useMemo(() => {
    if (!structureInput) return undefined;
    const { cycles } = reportFor(structureInput).analysis;
    return { cycles, groups: findMoveGroups(structureInput.workloads, structureInput.dependencies, cycles) };
  }, [structureInput]);
  const cycles = structure?.cycles ?? NONE;
  const groups = structure?.groups ?? NONE;

  const model = useMemo(
    () =>
      buildGraphModel(snapshot, { grouping: view.grouping, filters: view.filters, collapsed: view.collapsed, expanded: view.expanded }, sensitivity, (w) => ({
        tier: tierOf(w.id),
        wave: plan?.waveOf.get(w.id) ?? null,
      })),
    [snapshot, view.grouping, view.filters, view.collapsed, view.expanded, sensitivity, tierOf, plan],
  );
  const layout = useGraphLayout(model, generation);
  useFlowRoles(findGraphMain, `${listMode}|${layout.key}`);
  const positionsEditable = !model.collapsed && model.groups.length === 0;
  const selectedWorkload = view.selection?.kind === 'workload' ? view.selection.id : undefined;

  const emphasis = useMemo((): Emphasis => {
    const h = view.highlight;
    if (h.kind === 'neighbours' && selectedWorkload) {
      const near = new Set([selectedWorkload, ...reachable(adjacency, selectedWorkload, h.direction, h.hops === 'all' ? Infinity : 1).keys()]);
      return { nodes: near, edges: new Set(dependencies.filter((d) => near.has(d.consumerId) && near.has(d.providerId)).map((d) => d.id)) };
    }
    if (h.kind === 'cycle' && cycles[h.index]) {
      const c = cycles[h.index] as (typeof cycles)[number];
      return { nodes: new Set(c.members), edges: new Set(c.dependencyIds) };
    }
    if (h.kind === 'move-groups') {
      const rings = new Map<string, string>();
      groups.forEach((g, i) => g.members.forEach((m) => rings.set(m, RING_COLOURS[i % RING_COLOURS.length] as string)));
      return { nodes: new Set(rings.keys()), rings };
    }
    if (view.grouping === 'wave' && plan) {
      // Grouped by wave, each wave also has its colour, so a glance tells waves apart.
      const rings = new Map<string, string>();
      for (const [id, wave] of plan.waveOf) rings.set(id, RING_COLOURS[(wave - 1 + RING_COLOURS.length) % RING_COLOURS.length] as string);
      return { rings };
    }
    return {};
  }, [view.highlight, view.grouping, plan, selectedWorkload, adjacency, dependencies, cycles, groups]);

  // Nothing is drawn before the first layout arrives: every node at (0, 0) would be a
  // whole render for nothing (and, culled by visibility, all of them at once).
  const laidOut = layout.key !== '';
  const { nodes, edges } = useMemo(
    () => (laidOut ? buildElements(model, layout, snapshot.nodePositions, sensitivity, view.selection, emphasis) : { nodes: [], edges: [] }),
    [laidOut, model, layout, snapshot.nodePositions, sensitivity, view.selection, emphasis],
  );

  // Ctrl+K finds a workload; + and - zoom; 0 fits the graph.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLElement && ['INPUT', 'TEXTAREA', 'SELECT'].includes(e.target.tagName);
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        useGraphView.getState().setSearchOpen(true);
      } else if (!typing && !e.ctrlKey && !e.metaKey && (e.key === '+' || e.key === '=')) void flow.zoomIn();
      else if (!typing && !e.ctrlKey && !e.metaKey && e.key === '-') void flow.zoomOut();
      else if (!typing && !e.ctrlKey && !e.metaKey && e.key === '0') void flow.fitView({ padding: FIT_PADDING });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [flow]);

  const focusWorkload = (id: string) => {
    const w = byId.get(id);
    if (!w) return;
    const state = useGraphView.getState();
    // A hidden workload is brought into view: clear filters, expand its system.
    state.setFilter('environment', '');
    state.setFilter('kind', '');
    state.setFilter('sensitivity', '');
    state.setFilter('tier', '');
    if (model.collapsed && !state.expanded.has(w.system || 'No system')) state.toggleExpanded(w.system || 'No system');
    state.select({ kind: 'workload', id });
    // The canvas centres on it once it has its place (after a re-layout if one is needed).
    setFocus({ id, at: Date.now() });
  };

  const createDependency = (draft: DependencyDraft) => {
    if (!connecting) return;
    const exists = dependencies.some((d) => d.consumerId === connecting.consumerId && d.providerId === connecting.providerId);
    if (exists) return useAppStore.getState().notify('error', `${nameOf(connecting.consumerId)} already depends on ${nameOf(connecting.providerId)}.`);
    const id = crypto.randomUUID();
    const ok = useEstateStore.getState().commit([{ op: 'addDependency', dependency: { id, ...connecting, ...draft, notes: '' } }], 'Add dependency');
    if (ok) useGraphView.getState().select({ kind: 'dependency', id });
  };

  const relayout = () => {
    const placed = Object.keys(snapshot.nodePositions);
    if (placed.length) useEstateStore.getState().commit([{ op: 'setNodePositions', positions: Object.fromEntries(placed.map((id) => [id, null])) }], 'Re-layout graph');
    setGeneration((g) => g + 1);
  };

  const exportImage = async (format: 'png' | 'svg') => {
    try {
      const bytes = await graphImage(flow.getNodes(), format);
      const result = await bridge().saveFile({ suggestedName: `${slugForFile(snapshot.estate.name)}-graph.${format}`, bytes });
      if (result.saved) useAppStore.getState().notify('info', result.path ? `Saved ${result.path}` : `Downloaded the graph as ${format.toUpperCase()}.`);
    } catch (error) {
      useAppStore.getState().notify('error', `Could not export the graph: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  // Centre only once the searched workload has a place in the current layout.
  const focusReady = focus && (layout.positions[focus.id] ?? (positionsEditable ? snapshot.nodePositions[focus.id] : undefined)) ? focus : null;
  const selection = view.selection;
  const selectedDependency = selection?.kind === 'dependency' ? depById.get(selection.id) : undefined;
  const impact = useMemo(() => (selectedWorkload ? impactOf(adjacency, selectedWorkload, sensitivity) : undefined), [selectedWorkload, adjacency, sensitivity]);

  return (
    <div className="graph-view">
      <div className="graph-main" data-layout={layout.ready ? 'ready' : 'pending'}>
        <GraphToolbar canCollapse={workloads.length > COLLAPSE_THRESHOLD} collapsedNow={model.collapsed} hasSelection={selectedWorkload !== undefined} />
        {listMode ? (
          <GraphList snapshot={snapshot} />
        ) : (
          <>
            <GraphActions layout={layout} onRelayout={relayout} onExport={(f) => void exportImage(f)} />
            <GraphCanvas snapshot={snapshot} nodes={nodes} edges={edges} positionsEditable={positionsEditable} fitKey={layout.key} focus={focusReady} onConnectRequest={setConnecting} />
          </>
        )}
        {model.collapsed && !listMode && (
          <div className="graph-banner">
            {workloads.length.toLocaleString('en')} workloads shown as {model.nodes.filter((n) => n.kind === 'system').length.toLocaleString('en')} systems
            {model.hiddenEdges > 0 ? `, with the ${model.edges.length.toLocaleString('en')} heaviest links between them (${model.hiddenEdges.toLocaleString('en')} lighter ones hidden)` : ''}. Click a
            system to show its workloads and links.
          </div>
        )}
      </div>
      <SidePanel panel="graph" label="Graph details" className="graph-side">
        {selectedWorkload && byId.get(selectedWorkload) ? (
          <>
            {/* What a change to it touches comes first: the question the room asks of a selected node. */}
            {impact && <ImpactPanel impact={impact} nameOf={nameOf} sensitivity={sensitivity} />}
            <DetailPanel workload={byId.get(selectedWorkload)} sensitivity={sensitivity.get(selectedWorkload)} embedded />
          </>
        ) : selectedDependency ? (
          <DependencyPanel dependency={selectedDependency} nameOf={nameOf} />
        ) : selection?.kind === 'system' ? (
          <div className="side-section">
            <h2 className="side-title">{selection.system}</h2>
            <button type="button" className="button small" onClick={() => useGraphView.getState().toggleExpanded(selection.system)}>
              {view.expanded.has(selection.system) ? 'Collapse' : 'Show its workloads'}
            </button>
          </div>
        ) : (
          <StructurePanel structure={structure} nameOf={nameOf} dependencyById={(id) => depById.get(id)} />
        )}
      </SidePanel>
      {view.searchOpen && <SearchPalette workloads={workloads} onPick={focusWorkload} onClose={() => useGraphView.getState().setSearchOpen(false)} />}
      {connecting && <ConnectDialog consumer={nameOf(connecting.consumerId)} provider={nameOf(connecting.providerId)} onCreate={createDependency} onClose={() => setConnecting(null)} />}
    </div>
  );
}
