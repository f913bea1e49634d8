import { ENVIRONMENTS, TIERS, WORKLOAD_KINDS, labelOf } from '../../../shared/domain/enums';
import { SENSITIVITY_LEVELS } from '../../../shared/domain/sensitivity';
import { GROUPINGS } from '../../../shared/graph/grouping';
import { useGraphView, type Highlight } from './graph-view-state';
import type { LayoutState } from './use-graph-layout';

type Props = {
  canCollapse: boolean;
  collapsedNow: boolean;
  hasSelection: boolean;
};

const GROUP_LABELS: Record<(typeof GROUPINGS)[number], string> = { none: 'No groups', system: 'By system', environment: 'By environment', tier: 'By tier' };

function neighbourValue(h: Highlight): string {
  return h.kind === 'neighbours' ? `${h.direction}:${h.hops}` : '';
}

export function GraphToolbar({ canCollapse, collapsedNow, hasSelection }: Props) {
  const { grouping, filters, highlight, setGrouping, setFilter, setHighlight, setCollapsed, setSearchOpen } = useGraphView();
  return (
    <div className="graph-toolbar">
      <button type="button" className="button small" onClick={() => setSearchOpen(true)} title="Find a workload (Ctrl+K)">
        Find… <kbd>Ctrl K</kbd>
      </button>
      <select className="select small" aria-label="Grouping" value={grouping} disabled={collapsedNow} onChange={(e) => setGrouping(e.target.value as typeof grouping)}>
        {GROUPINGS.map((g) => (
          <option key={g} value={g}>
            {GROUP_LABELS[g]}
          </option>
        ))}
      </select>
      <select className="select small" aria-label="Filter graph by environment" value={filters.environment} onChange={(e) => setFilter('environment', e.target.value)}>
        <option value="">All environments</option>
        {ENVIRONMENTS.map((e) => (
          <option key={e} value={e}>
            {labelOf(e)}
          </option>
        ))}
      </select>
      <select className="select small" aria-label="Filter graph by sensitivity" value={filters.sensitivity} onChange={(e) => setFilter('sensitivity', e.target.value as typeof filters.sensitivity)}>
        <option value="">All sensitivities</option>
        {[...SENSITIVITY_LEVELS].reverse().map((s) => (
          <option key={s} value={s}>
            {s[0]?.toUpperCase() + s.slice(1)}
          </option>
        ))}
      </select>
      <select className="select small" aria-label="Filter graph by kind" value={filters.kind} onChange={(e) => setFilter('kind', e.target.value)}>
        <option value="">All kinds</option>
        {WORKLOAD_KINDS.map((k) => (
          <option key={k} value={k}>
            {labelOf(k)}
          </option>
        ))}
      </select>
      <select className="select small" aria-label="Filter graph by tier" value={filters.tier} onChange={(e) => setFilter('tier', e.target.value)}>
        <option value="">All tiers</option>
        {TIERS.map((t) => (
          <option key={t} value={t}>
            {labelOf(t)}
          </option>
        ))}
        <option value="none">Tier not chosen</option>
      </select>
      <select
        className="select small"
        aria-label="Highlight neighbours"
        value={neighbourValue(highlight)}
        disabled={!hasSelection}
        title={hasSelection ? 'Highlight what the selected workload needs (upstream) or what needs it (downstream)' : 'Select a workload first'}
        onChange={(e) => {
          const [direction, hops] = e.target.value.split(':');
          setHighlight(e.target.value === '' ? { kind: 'none' } : { kind: 'neighbours', direction: direction as 'upstream', hops: hops === 'all' ? 'all' : 1 });
        }}
      >
        <option value="">Neighbours: off</option>
        <option value="upstream:1">Needs (1 hop)</option>
        <option value="upstream:all">Needs (all)</option>
        <option value="downstream:1">Needed by (1 hop)</option>
        <option value="downstream:all">Needed by (all)</option>
        <option value="both:1">Both (1 hop)</option>
        <option value="both:all">Both (all)</option>
      </select>
      {canCollapse && (
        <button type="button" className="button small" onClick={() => setCollapsed(!collapsedNow)}>
          {collapsedNow ? 'Show every workload' : 'Collapse systems'}
        </button>
      )}
    </div>
  );
}

type ActionsProps = { layout: LayoutState; onRelayout(): void; onExport(format: 'png' | 'svg'): void };

/** Over the canvas, top right: the layout's progress, re-layout and image export. */
export function GraphActions({ layout, onRelayout, onExport }: ActionsProps) {
  return (
    <div className="graph-actions">
      {layout.status === 'running' ? (
        <span className="layout-status" role="status">
          <span className="spinner" aria-hidden="true" /> Laying out…{' '}
          <button type="button" className="link" onClick={() => layout.cancel?.()}>
            Cancel
          </button>
        </span>
      ) : layout.status === 'failed' ? (
        <span className="layout-status problem" role="alert">
          Layout failed: {layout.error}
        </span>
      ) : null}
      <button type="button" className="button small" onClick={onRelayout} title="Lay the graph out again, forgetting where nodes were dragged (undoable)">
        Re-layout
      </button>
      <button type="button" className="button small" onClick={() => onExport('png')}>
        PNG
      </button>
      <button type="button" className="button small" onClick={() => onExport('svg')}>
        SVG
      </button>
    </div>
  );
}
