import type { FigureValue } from '../../../shared/compare/compare-figures';
import type { ComparedFigure, ComparedScenario, Difference } from '../../../shared/compare/compare-scenarios';
import { differenceWords } from '../../../shared/compare/difference-words';
import { explainFigure } from '../../../shared/compare/explain-figure';
import { paybackText } from '../../../shared/costs/explain-payback';
import { formatMoney } from '../../../shared/costs/money';
import { Figure } from '../costs/Figure';

// The headline figures side by side: a row per figure, a column per scenario, the first
// the reference. A figure that differs from the reference is marked by an arrow, its
// change in words and a tint, so the difference reads without colour; every figure opens
// to its explanation in its own scenario.

const ARROW: Record<Difference['direction'], string> = { up: '▲', down: '▼', same: '', unknown: '◆' };

function shown(figure: ComparedFigure, value: number | string | null | undefined, scenario: ComparedScenario): string {
  if (value === null || value === undefined) return figure.definition.kind === 'month' ? paybackText(null, scenario.report.costs.spend) : '—';
  if (typeof value === 'string') return value;
  if (figure.definition.kind === 'money') return formatMoney(value, scenario.report.input.rateCard.currency);
  return value.toLocaleString('en');
}

function RangeOf({ figure, value, scenario }: { figure: ComparedFigure; value: FigureValue; scenario: ComparedScenario }) {
  if (value.low === undefined && value.high === undefined) return null;
  const kind = figure.definition.kind === 'month' ? 'earliest – latest' : 'low – high';
  return (
    <span className="muted small compare-range">
      {shown(figure, value.low, scenario)} – {shown(figure, value.high, scenario)} <span className="range-words">({kind})</span>
    </span>
  );
}

function Change({ figure, difference, scenario, reference }: { figure: ComparedFigure; difference: Difference; scenario: ComparedScenario; reference: string }) {
  if (!difference.changed) return <span className="compare-change same">same as {reference}</span>;
  const words = differenceWords(figure.definition.kind, difference, (n) => formatMoney(n, scenario.report.input.rateCard.currency));
  return (
    <span className={`compare-change ${difference.verdict}`}>
      <span aria-hidden="true">{ARROW[difference.direction]} </span>
      {words}
      <span className="sr-only"> against {reference}</span>
    </span>
  );
}

export function FiguresTable({ figures, scenarios, nameOf }: { figures: readonly ComparedFigure[]; scenarios: readonly ComparedScenario[]; nameOf(id: string): string }) {
  const reference = scenarios[0]?.name ?? '';
  return (
    <table className="compare-figures" aria-label="Figures by scenario">
      <thead>
        <tr>
          <th scope="col">Figure</th>
          {scenarios.map((s, i) => (
            <th key={s.id} scope="col">
              {s.name}
              {i === 0 && <span className="muted small"> (reference)</span>}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {figures.map((f) => (
          <tr key={f.definition.key} data-figure={f.definition.key}>
            <th scope="row">{f.definition.label}</th>
            {scenarios.map((s, i) => {
              const value = f.values[i] as FigureValue;
              const difference = f.differences[i] as Difference;
              return (
                <td key={s.id} className={difference.changed ? 'changed' : undefined} data-changed={difference.changed}>
                  <Figure label={`${f.definition.label}, ${s.name}`} text={shown(f, value.likely, s)} explain={() => explainFigure(f.definition.key, s.report, nameOf)} />
                  <RangeOf figure={f} value={value} scenario={s} />
                  {i > 0 && <Change figure={f} difference={difference} scenario={s} reference={reference} />}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
