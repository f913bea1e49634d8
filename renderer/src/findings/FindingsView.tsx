import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { EstateSnapshot } from '../../../shared/estate/estate';
import { SEVERITIES, type Finding, type Severity } from '../../../shared/findings/finding';
import { countBySeverity, FINDING_CHECK_NAMES } from '../../../shared/report/finding-stage';
import { usePlannedReport, useReport } from '../report/use-report';
import { controlLabelsText } from '../../../shared/controls/rule-controls';
import { concernsControl, ControlFilter } from './ControlFilter';
import { FindingCard } from './FindingCard';

/** Every finding, most severe first, filtered by severity, check, control and text; each links to its workloads and names its controls. */
export function FindingsView({ snapshot }: { snapshot: EstateSnapshot }) {
  // The report's one list: the estate's, the planner's and the runbooks' findings, as the
  // badge counts them and the workbook writes them. Until a large estate's first plan
  // comes, the estate's own findings.
  const { report, pending } = usePlannedReport(snapshot);
  const current = useReport(snapshot);
  const all = report ? report.findings.all : current.analysis.findings;
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(new Set(SEVERITIES));
  const [rule, setRule] = useState('');
  const [control, setControl] = useState('');
  const [search, setSearch] = useState('');
  const scroller = useRef<HTMLDivElement>(null);

  const byId = useMemo(() => new Map(snapshot.workloads.map((w) => [w.id, w])), [snapshot.workloads]);
  const depById = useMemo(() => new Map(snapshot.dependencies.map((d) => [d.id, d])), [snapshot.dependencies]);
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  const counts = report ? report.findings.count : countBySeverity(all);
  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase();
    // The search reads the control labels too, so "164.312" or "A.8.31" finds what concerns it.
    const matches = (f: Finding) => `${f.title} ${f.meaning} ${controlLabelsText(f)}`.toLowerCase().includes(needle);
    return all.filter((f: Finding) => severities.has(f.severity) && (!rule || f.rule === rule) && concernsControl(f, control) && (!needle || matches(f)));
  }, [all, severities, rule, control, search]);

  // eslint-disable-next-line react-hooks/incompatible-library -- useVirtualizer's API is not memoisable; no React Compiler here.
  const virtualizer = useVirtualizer({ count: shown.length, getScrollElement: () => scroller.current, estimateSize: () => 180, overscan: 4, getItemKey: (i) => shown[i]?.key ?? i });
  const toggle = (s: Severity) => {
    const next = new Set(severities);
    if (next.has(s)) next.delete(s);
    else next.add(s);
    setSeverities(next);
  };

  return (
    <div className="findings-view">
      <div className="view-toolbar">
        {SEVERITIES.map((s) => (
          <button key={s} type="button" className={`severity-toggle severity-${s}${severities.has(s) ? ' on' : ''}`} aria-pressed={severities.has(s)} onClick={() => toggle(s)}>
            {s[0]?.toUpperCase()}
            {s.slice(1)} <strong>{counts[s].toLocaleString('en')}</strong>
          </button>
        ))}
        <select className="select check-filter" aria-label="Check" value={rule} onChange={(e) => setRule(e.target.value)}>
          <option value="">Every check</option>
          {[...FINDING_CHECK_NAMES].map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
        <ControlFilter findings={all} value={control} onChange={setControl} />
        <input className="text-input search" type="search" placeholder="Search findings" aria-label="Search findings" value={search} onChange={(e) => setSearch(e.target.value)} />
        {pending && (
          <span className="replanning" role="status">
            <span className="spinner" aria-hidden="true" /> Replanning…
          </span>
        )}
        <span className="spacer" />
        <span className="muted">
          {shown.length.toLocaleString('en')} of {all.length.toLocaleString('en')} findings
        </span>
      </div>
      <div className="findings-list" ref={scroller}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const f = shown[item.index] as Finding;
            return (
              <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="finding-slot" style={{ transform: `translateY(${item.start}px)` }}>
                <FindingCard finding={f} ruleName={FINDING_CHECK_NAMES.get(f.rule) ?? f.rule} nameOf={nameOf} dependencyOf={(id) => depById.get(id)} />
              </div>
            );
          })}
        </div>
        {shown.length === 0 && <p className="empty-note">{all.length === 0 ? 'No findings: nothing in this estate breaks a rule.' : 'No finding matches these filters.'}</p>}
      </div>
    </div>
  );
}
