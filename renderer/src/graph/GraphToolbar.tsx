import { ENVIRONMENTS, TIERS, WORKLOAD_KINDS } from '../../../shared/domain/enums';
import { FilterSelect } from '../components/FilterSelect';
import { SENSITIVITY_LEVELS_HIGH_FIRST } from '../../../shared/domain/sensitivity';
import { GROUPINGS } from '../../../shared/graph/grouping';
import type { Direction } from '../../../shared/graph/adjacency';
import { useGraphView, type Highlight } from './graph-view-state';
import type { LayoutState } from './use-graph-layout';
import { GraphModeSwitch } from './GraphModeSwitch';

type Props = {
  canCollapse: boolean;
  collapsedNow: boolean;
  hasSelection: boolean;
};

const GROUP_LABELS: Record<(typeof GROUPINGS)[number], string> = { none: 'No groups', system: 'By system', environment: 'By environment', tier: 'By tier', wave: 'By wave' };

function neighbourValue(h: Highlight): string {
  return h.kind === 'neighbours' ? `${h.direction}:${h.hops}` : '';
}

export function GraphToolbar({ canCollapse, collapsedNow, hasSelection }: Props) {
  const { grouping, filters, highlight, setGrouping, setFilter, setHighlight, setCollapsed, setSearchOpen } = useGraphView();
  return (
    <div className="graph-toolbar">
      <GraphModeSwitch />
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
      <FilterSelect small label="Filter graph by environment" all="All environments" options={ENVIRONMENTS} value={filters.environment} onChange={(v) => setFilter('environment', v)} />
      <FilterSelect
        small
        label="Filter graph by sensitivity"
        all="All sensitivities"
        options={SENSITIVITY_LEVELS_HIGH_FIRST}
        value={filters.sensitivity}
        onChange={(v) => setFilter('sensitivity', v)}
      />
      <FilterSelect small label="Filter graph by kind" all="All kinds" options={WORKLOAD_KINDS} value={filters.kind} onChange={(v) => setFilter('kind', v)} />
      <FilterSelect small label="Filter graph by tier" all="All tiers" options={TIERS} value={filters.tier as (typeof TIERS)[number] | ''} onChange={(v) => setFilter('tier', v)} />
      <select
        className="select small"
        aria-label="Highlight neighbours"
        value={neighbourValue(highlight)}
        disabled={!hasSelection}
        title={hasSelection ? 'Highlight what the selected workload needs (upstream) or what needs it (downstream)' : 'Select a workload first'}
        onChange={(e) => {
          const [direction, hops] = e.target.value.split(':');
          setHighlight(e.target.value === '' ? { kind: 'none' } : { kind: 'neighbours', direction: direction as Direction, hops: hops === 'all' ? 'all' : 1 });
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
      {/* Not while a layout is on its way: the image would catch the graph between two pictures. */}
      <button type="button" className="button small" disabled={!layout.ready} onClick={() => onExport('png')} title="The whole graph as a PNG image, for slides">
        PNG
      </button>
      <button type="button" className="button small" disabled={!layout.ready} onClick={() => onExport('svg')} title="The whole graph as an SVG image">
        SVG
      </button>
    </div>
  );
}
