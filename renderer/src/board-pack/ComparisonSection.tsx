import type { BoardPack } from '../../../shared/board-pack/board-pack-types';
import type { Conventions } from '../../../shared/board-pack/conventions';
import type { FigureKind, FigureValue } from '../../../shared/compare/compare-figures';
import type { ScenarioComparison } from '../../../shared/compare/compare-scenarios';
import { differenceWords } from '../../../shared/compare/difference-words';
import { DIFF_FIELDS } from '../../../shared/compare/workload-diff';
import { Section, plural } from './parts';

// The scenarios compared (a pack printed from the Compare view): each headline figure of
// each scenario, the pack's own scenario the reference, with how the others differ; and
// how many workloads change tier, wave, cutover date or cost. The figures are the
// comparison's (shared/compare), the same the Compare view and the Scenarios sheet show.

function valueText(kind: FigureKind, v: FigureValue['likely'], c: Conventions): string {
  // No payback month: the costs never pay back within the ten years the spend is followed.
  if (v === null || v === undefined) return kind === 'month' ? 'not within 10 years' : '—';
  if (typeof v === 'string') return kind === 'month' ? c.month(v) : kind === 'date' ? c.day(v) : v;
  return kind === 'money' ? c.money(v) : c.count(v);
}

function Value({ kind, value, c }: { kind: FigureKind; value: FigureValue; c: Conventions }) {
  const ranged = value.low !== undefined && value.high !== undefined && (value.low !== value.likely || value.high !== value.likely);
  return (
    <>
      {valueText(kind, value.likely, c)}
      {ranged && (
        <span className="bp-range">
          {valueText(kind, value.low ?? null, c)} – {valueText(kind, value.high ?? null, c)}
        </span>
      )}
    </>
  );
}

const FIELD_WORDS: Record<(typeof DIFF_FIELDS)[number], string> = { tier: 'tier', wave: 'wave', cutover: 'cutover date', cost: 'move cost' };

export function ComparisonSection({ pack, comparison }: { pack: BoardPack; comparison: ScenarioComparison }) {
  const c = pack.conventions;
  const [reference] = comparison.scenarios;
  const changedBy = DIFF_FIELDS.map((f) => ({ field: f, count: comparison.rows.filter((r) => r.changed[f]).length }));
  return (
    <Section
      id="comparison"
      number={8}
      title="Scenarios compared"
      lede={`Each figure of each scenario, against ${reference?.name ?? 'the reference'} (this pack's scenario); a change says by how much and whether it is better or worse.`}
    >
      <table className="bp-table bp-compare">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {comparison.scenarios.map((s, k) => (
              <th key={s.id} scope="col" className="bp-num">
                {s.name}
                {k === 0 ? ' (reference)' : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.figures.map(({ definition, values, differences }) => (
            <tr key={definition.key}>
              <th scope="row">{definition.label}</th>
              {values.map((v, k) => {
                const d = differences[k];
                return (
                  <td key={comparison.scenarios[k]?.id ?? k} className={`bp-num${d?.changed ? ' bp-changed' : ''}`}>
                    <Value kind={definition.kind} value={v} c={c} />
                    {k > 0 && d?.changed && <span className="bp-range">{differenceWords(definition.kind, d, (n) => c.money(n))}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Of the estate’s {c.count(comparison.rows.length)} workloads, {c.count(comparison.rows.filter((r) => r.anyChanged).length)} change in one scenario or another:{' '}
        {changedBy.map(({ field, count }) => `${c.count(count)} ${plural(count, 'changes', 'change')} ${FIELD_WORDS[field]}`).join(', ')}.
      </p>
    </Section>
  );
}
