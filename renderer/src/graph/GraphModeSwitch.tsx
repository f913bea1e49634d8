import { useGraphMode, type GraphMode } from './graph-mode';

const MODES: { mode: GraphMode; label: string; title: string }[] = [
  { mode: 'canvas', label: 'Canvas', title: 'The graph as a drawing' },
  { mode: 'list', label: 'List', title: 'Each workload with what it needs and what needs it, for the keyboard and screen readers' },
];

/** In the graph toolbar: two toggle buttons, the pressed one is the mode shown. */
export function GraphModeSwitch() {
  const mode = useGraphMode((s) => s.mode);
  const setMode = useGraphMode((s) => s.setMode);
  return (
    <div className="graph-mode" role="group" aria-label="Show the graph as">
      {MODES.map((m) => (
        <button key={m.mode} type="button" className={`button small${mode === m.mode ? ' on' : ''}`} aria-pressed={mode === m.mode} title={m.title} onClick={() => setMode(m.mode)}>
          {m.label}
        </button>
      ))}
    </div>
  );
}
