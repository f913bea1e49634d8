import { labelOf } from '../../../shared/domain/enums';
import { NOISE_CHOICES, type DiscoveryChoices, type DiscoveryFacts, type NoiseChoice } from '../../../shared/import/discovery-import';
import type { FormatMatch, NoiseKind } from '../../../shared/import/formats/types';

// What recognising a discovery export found, said where the import starts: which export
// it is (its preset mapping is already in the table below, and can be changed), the
// discovery noise with what to do with it, and the environments the names suggest.

const NOISE_NAMES: Record<NoiseKind, [string, string]> = {
  template: ['template', 'templates'],
  system: ['system VM', 'system VMs'],
  'powered-off': ['powered-off VM', 'powered-off VMs'],
};

export function RecognisedFormat({ match }: { match: FormatMatch }) {
  const evidence = match.evidence[0];
  return (
    <p className="recognised" role="status" data-format={match.id}>
      <strong>Recognised: {match.label}.</strong> Its columns are mapped for you, units included; change anything below.
      {evidence && (
        <span className="muted small">
          {' '}
          ({evidence.matched.length} of {evidence.expected} expected headers on “{evidence.sheet}”)
        </span>
      )}
    </p>
  );
}

export function DiscoveryChoicesPanel({ match, facts, choices, onChoices }: { match: FormatMatch | null; facts: DiscoveryFacts; choices: DiscoveryChoices; onChoices(c: DiscoveryChoices): void }) {
  const noise = (Object.entries(facts.noise) as [NoiseKind, number][]).filter(([, n]) => n > 0);
  const hinted = [...facts.hints.values()];
  if (noise.length === 0 && hinted.length === 0) return null;
  const byEnvironment = new Map<string, number>();
  for (const h of hinted) byEnvironment.set(h.environment, (byEnvironment.get(h.environment) ?? 0) + 1);
  const examples = hinted.slice(0, 3).map((h) => `“${h.text}” → ${labelOf(h.environment).toLowerCase()}`);
  return (
    <section className="discovery-choices" aria-label="Discovery noise and suggestions">
      {noise.length > 0 && (
        <div className="discovery-row">
          <span>
            <strong>Discovery noise:</strong> {noise.map(([kind, n]) => `${n.toLocaleString('en')} ${NOISE_NAMES[kind][n === 1 ? 0 : 1]}`).join(', ')}.{' '}
            <span className="muted small">
              {noise
                .map(([kind]) => match?.noise?.reasons[kind])
                .filter(Boolean)
                .join(' ')}
            </span>
          </span>
          <select className="select small" aria-label="Discovery noise" value={choices.noise} onChange={(e) => onChoices({ ...choices, noise: e.target.value as NoiseChoice })}>
            {(Object.keys(NOISE_CHOICES) as NoiseChoice[]).map((c) => (
              <option key={c} value={c}>
                {NOISE_CHOICES[c]}
              </option>
            ))}
          </select>
        </div>
      )}
      {hinted.length > 0 && (
        <label className="discovery-row">
          <span>
            <strong>Environments suggested by names, folders and clusters:</strong> {[...byEnvironment].map(([env, n]) => `${n.toLocaleString('en')} ${labelOf(env).toLowerCase()}`).join(', ')}{' '}
            <span className="muted small">(e.g. {examples.join('; ')})</span>
          </span>
          <span className="check">
            <input type="checkbox" checked={choices.useEnvironmentHints} onChange={(e) => onChoices({ ...choices, useEnvironmentHints: e.target.checked })} /> Use them where the file has no
            environment
          </span>
        </label>
      )}
    </section>
  );
}
