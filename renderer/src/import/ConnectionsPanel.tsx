import type { ConnectionAnalysis } from '../../../shared/import/connections';
import type { NoiseRule } from '../../../shared/import/connection-noise';

// Observed connections, as the import reads them: how many became dependencies, what the
// noise rules left out (each rule can be switched off), and the endpoints that match no
// workload, each of which can be added as one. Nothing is dropped without being counted.

const LISTED = 25;
const workloadCount = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'workload' : 'workloads'}`;

type Props = {
  analysis: ConnectionAnalysis;
  rules: readonly NoiseRule[];
  onRules(rules: NoiseRule[]): void;
  adding: ReadonlySet<string>;
  onAdding(keys: Set<string>): void;
};

export function ConnectionsPanel({ analysis, rules, onRules, adding, onAdding }: Props) {
  const { totals, filtered, external } = analysis;
  const toggle = (key: string) => {
    const next = new Set(adding);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    onAdding(next);
  };
  return (
    <section className="connections-panel" aria-label="Observed connections">
      <h3>Observed connections</h3>
      <p className="connections-totals" data-connections={totals.connections}>
        {totals.connections.toLocaleString('en')} connections on {totals.rows.toLocaleString('en')} rows: <strong>{totals.kept.toLocaleString('en')}</strong> between known workloads (
        {analysis.dependencies.length.toLocaleString('en')} dependencies), {totals.filtered.toLocaleString('en')} left out as noise, {totals.unmatched.toLocaleString('en')} to or from endpoints that
        match no workload
        {totals.selfLoops > 0 ? `, ${totals.selfLoops.toLocaleString('en')} within one machine` : ''}
        {totals.invalid > 0 ? `, ${totals.invalid.toLocaleString('en')} unreadable` : ''}.
      </p>
      <fieldset className="noise-rules">
        <legend>Noise rules: connections these match are left out</legend>
        {rules.map((rule) => {
          const count = filtered.find((f) => f.ruleId === rule.id)?.count ?? 0;
          return (
            <label key={rule.id} className="check">
              <input type="checkbox" checked={rule.enabled} onChange={() => onRules(rules.map((r) => (r.id === rule.id ? { ...r, enabled: !r.enabled } : r)))} /> {rule.label}{' '}
              <span className="muted small">{rule.enabled ? `${count.toLocaleString('en')} left out` : 'off'}</span>
            </label>
          );
        })}
      </fieldset>
      {external.length > 0 && (
        <div className="external-endpoints">
          <h4>
            Endpoints that match no workload <span className="muted small">tick one to add it as a workload; the rest stay out</span>
          </h4>
          <table className="import-problems">
            <thead>
              <tr>
                <th scope="col">Add</th>
                <th scope="col">Endpoint</th>
                <th scope="col">Connections</th>
                <th scope="col">Ports</th>
                <th scope="col">Talks with</th>
              </tr>
            </thead>
            <tbody>
              {external.slice(0, LISTED).map((e) => (
                <tr key={e.key}>
                  <td>
                    <input type="checkbox" aria-label={`Add ${e.name || e.addresses[0]} as a workload`} checked={adding.has(e.key)} onChange={() => toggle(e.key)} />
                  </td>
                  <td>
                    {e.name || e.addresses[0]} {e.name && e.addresses.length > 0 && <span className="muted small">{e.addresses.slice(0, 2).join(', ')}</span>}
                  </td>
                  <td>{e.connections.toLocaleString('en')}</td>
                  <td>
                    {e.ports
                      .slice(0, 3)
                      .map((p) => `${p.transport}/${p.port ?? '?'}${p.service ? ` (${p.service})` : ''}`)
                      .join(', ')}
                  </td>
                  <td className="muted small">{workloadCount([...e.calledBy, ...e.calls].length)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {external.length > LISTED && <p className="muted small">and {(external.length - LISTED).toLocaleString('en')} more, with fewer connections</p>}
        </div>
      )}
    </section>
  );
}
