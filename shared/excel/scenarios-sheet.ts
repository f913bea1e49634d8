import type { FigureKind } from '../compare/compare-figures.js';
import type { Difference, ScenarioComparison } from '../compare/compare-scenarios.js';
import { differenceWords } from '../compare/difference-words.js';
import { DIFF_FIELDS, DIFF_FIELD_NAMES, filterRows } from '../compare/workload-diff.js';
import { labelOf } from '../domain/enums.js';
import { col, type CellKind, type CellValue, type SheetColumn, type SheetModel } from './sheet-model.js';

// The workbook's Scenarios sheet: the comparison the Compare view shows, for the reader
// without the app. Every figure of every scenario, one row each with what it changes
// from the reference, then the workloads a scenario treats differently. Written only
// when the estate has more than one scenario; the import never reads it (its headers
// are no inventory's).

const CELL_KIND: Record<FigureKind, CellKind> = { count: 'integer', money: 'money', date: 'date', month: 'text' };

export function scenariosSheet(comparison: ScenarioComparison, currency: string, leftOut: readonly string[] = []): SheetModel {
  const { scenarios } = comparison;
  const reference = scenarios[0]?.name ?? '';
  const figureRows: CellValue[][] = [];
  const kinds: CellKind[] = [];
  for (const f of comparison.figures)
    scenarios.forEach((s, i) => {
      const v = f.values[i];
      const d = f.differences[i] as Difference;
      figureRows.push([
        f.definition.label,
        s.name,
        i === 0 ? 'Reference' : differenceWords(f.definition.kind, d, (n) => `${currency} ${Math.round(n).toLocaleString('en')}`),
        v?.low ?? null,
        v?.high ?? null,
        v?.likely ?? null,
      ]);
      kinds.push(CELL_KIND[f.definition.kind]);
    });
  const changed = filterRows(comparison.rows, 'changed');
  const perScenario = (name: string): SheetColumn[] => [col(`${name}: tier`), col(`${name}: wave`), col(`${name}: cutover`, 'date'), col(`${name}: move cost`, 'money')];
  const diffRows = changed.map((r) => [
    r.name,
    r.system,
    DIFF_FIELDS.filter((f) => r.changed[f])
      .map((f) => DIFF_FIELD_NAMES[f])
      .join(', '),
    ...r.cells.flatMap((c) => (c ? [labelOf(c.tier), c.waveName, c.cutover, c.cost] : [null, null, null, null])),
  ]);
  const more = leftOut.length ? ` ${leftOut.length} more scenarios (${leftOut.join(', ')}) are not compared: four at most.` : '';
  return {
    name: 'Scenarios',
    data: false,
    tables: [
      {
        title: `Scenarios compared with ${reference}, figure by figure (money in ${currency}; low and high where the figure is a range).${more}`,
        columns: [col('Figure'), col('Scenario'), col(`Change from ${reference}`, 'text', { wrap: true }), col('Low', 'money'), col('High', 'money'), col('Likely', 'text')],
        rows: figureRows,
        lastCellKinds: kinds,
      },
      {
        title: changed.length
          ? `Workloads a scenario treats differently from ${reference} (${changed.length.toLocaleString('en')} of ${comparison.rows.length.toLocaleString('en')})`
          : `No workload is treated differently from ${reference}`,
        columns: [col('Workload'), col('System'), col('What changed'), ...scenarios.flatMap((s) => perScenario(s.name))],
        rows: diffRows,
      },
    ],
  };
}
