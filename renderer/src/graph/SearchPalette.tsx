import { useMemo, useState } from 'react';
import { labelOf } from '../../../shared/domain/enums';
import type { Workload } from '../../../shared/domain/workload';

type Props = { workloads: readonly Workload[]; onPick(id: string): void; onClose(): void };

/** Ctrl+K: find a workload by name (or system, owner) and centre the graph on it. */
export function SearchPalette({ workloads, onPick, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [cursor, setCursor] = useState(0);
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return workloads.slice(0, 12);
    const starts = workloads.filter((w) => w.name.toLowerCase().startsWith(q));
    const contains = workloads.filter((w) => !w.name.toLowerCase().startsWith(q) && `${w.name} ${w.system} ${w.owner}`.toLowerCase().includes(q));
    return [...starts, ...contains].slice(0, 12);
  }, [query, workloads]);
  const pick = (w: Workload | undefined) => {
    if (!w) return;
    onPick(w.id);
    onClose();
  };
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="palette" role="dialog" aria-modal="true" aria-label="Find a workload">
        <input
          autoFocus
          className="palette-input"
          placeholder="Find a workload…"
          aria-label="Find a workload"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setCursor(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onClose();
            if (e.key === 'ArrowDown') setCursor((c) => Math.min(matches.length - 1, c + 1));
            if (e.key === 'ArrowUp') setCursor((c) => Math.max(0, c - 1));
            if (e.key === 'Enter') pick(matches[cursor]);
          }}
        />
        <ul className="palette-list" role="listbox">
          {matches.map((w, i) => (
            <li key={w.id} role="option" aria-selected={i === cursor} className={i === cursor ? 'current' : undefined} onMouseEnter={() => setCursor(i)} onMouseDown={() => pick(w)}>
              <span>{w.name}</span>
              <span className="palette-meta">
                {w.system || 'No system'} · {labelOf(w.environment)}
              </span>
            </li>
          ))}
          {matches.length === 0 && <li className="palette-empty">No workload matches “{query}”.</li>}
        </ul>
      </div>
    </div>
  );
}
