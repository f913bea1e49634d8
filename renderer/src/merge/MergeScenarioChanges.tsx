import type { ScenarioRef, ScenariosDiff } from '../../../shared/estate-text/diff-scenarios';
import { shownValue } from '../../../shared/estate-text/diff-words';

// What the merge does to the estate's scenarios, as `waveplan diff` says it: scenarios
// added, removed and renamed, then each scenario's own decisions and settings that
// change, under the scenario's name. A scenario that only follows a baseline change is
// not listed again (the baseline's change says it).

const LISTED = 200;

interface Changed {
  scenario: ScenarioRef;
  lines: { key: string; what: string; before: unknown; after: unknown }[];
}

function byScenario(diff: ScenariosDiff): Changed[] {
  const groups = new Map<string, Changed>();
  const group = (scenario: ScenarioRef) => {
    let g = groups.get(scenario.id);
    if (!g) groups.set(scenario.id, (g = { scenario, lines: [] }));
    return g;
  };
  for (const d of diff.decisions) group(d.scenario).lines.push({ key: `${d.workload.id}:${d.field}`, what: `${d.workload.label} · ${d.field}`, before: d.before, after: d.after });
  for (const s of diff.settings) group(s.scenario).lines.push({ key: `setting:${s.field}`, what: s.field, before: s.before, after: s.after });
  return [...groups.values()];
}

/** The scenarios' part of the merge preview; nothing when the merge leaves every scenario as it is. */
export function MergeScenarioChanges({ diff, decided }: { diff: ScenariosDiff; decided: (scenarioId: string) => number }) {
  const changed = byScenario(diff);
  const touched = new Set([...diff.renamed.map((r) => r.id), ...changed.map((c) => c.scenario.id)]);
  if (!diff.added.length && !diff.removed.length && !touched.size) return null;
  return (
    <section aria-label="Scenarios" className="merge-scenarios">
      <h3>
        Scenarios{' '}
        <span className="muted small">
          {diff.added.length} added, {diff.removed.length} removed, {touched.size} changed
        </span>
      </h3>
      <ul className="import-diff">
        {diff.added.map((s) => (
          <li key={`+${s.id}`} data-scenario-change="added">
            <strong>New scenario “{s.label}”</strong> <span className="muted small">{s.id}</span>{' '}
            <span className="small">decides {decided(s.id) === 1 ? 'one workload' : `${decided(s.id).toLocaleString('en')} workloads`} differently from the baseline</span>
          </li>
        ))}
        {diff.removed.map((s) => (
          <li key={`-${s.id}`} data-scenario-change="removed" className="bad">
            <strong>Scenario “{s.label}” removed</strong> <span className="muted small">{s.id}</span>
          </li>
        ))}
        {diff.renamed.map((s) => (
          <li key={`~${s.id}`} data-scenario-change="renamed">
            <strong>
              “{s.before}” renamed “{s.after}”
            </strong>{' '}
            <span className="muted small">{s.id}</span>
          </li>
        ))}
        {changed.map((c) => (
          <li key={`=${c.scenario.id}`} data-scenario-change="changed">
            <strong>In “{c.scenario.label}”</strong> <span className="muted small">{c.scenario.id}</span>
            <ul>
              {c.lines.slice(0, LISTED).map((line) => (
                <li key={line.key}>
                  {line.what}: <del>{shownValue(line.before)}</del> → <ins>{shownValue(line.after)}</ins>
                </li>
              ))}
              {c.lines.length > LISTED && <li className="muted">and {c.lines.length - LISTED} more</li>}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
