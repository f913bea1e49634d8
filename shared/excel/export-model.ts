import { COST_PARTS } from '../costs/costs.js';
import type { RateCard } from '../costs/rate-card.js';
import { labelOf } from '../domain/enums.js';
import type { EstateContent } from '../estate/estate.js';
import type { Workload } from '../domain/workload.js';
import { WAVE_PHASE_NAMES } from '../planner/plan-types.js';
import { PHASE_NAMES } from '../rollback/runbook-types.js';
import type { EstateReport } from '../report/estate-report.js';
import { FINDING_CHECK_NAMES } from '../report/finding-stage.js';
import { controlLabelsText } from '../controls/rule-controls.js';
import { COMPUTED_HEADERS, INVENTORY_COLUMNS, inventoryRow } from './inventory-columns.js';
import { clip, col, type CellValue, type SheetModel, type WorkbookModel } from './sheet-model.js';
import { settingsSheet, waveMembersSheet } from './check-sheets.js';
import { summarySheet } from './summary-sheet.js';
import { scenariosSheet } from './scenarios-sheet.js';
import type { ScenarioComparison } from '../compare/compare-scenarios.js';
import { estateLineTable, rangeTable, rateCardTable } from './business-case-tables.js';

// The client workbook as data (docs/domain-rules.md, "Excel"): Summary, Scenarios (when there
// are several), Inventory, Dependencies, Waves, Cutover, Rollback, Costs and Findings.

// The Summary sheet is in summary-sheet.ts; the column and cell helpers in sheet-model.ts.

export const SHEET_NAMES = ['Summary', 'Scenarios', 'Inventory', 'Dependencies', 'Waves', 'Wave members', 'Cutover', 'Rollback', 'Costs', 'Findings', 'Settings'] as const;
export type SheetName = (typeof SHEET_NAMES)[number];

/** What the Scenarios sheet shows: the comparison, and the scenarios left out of it. */
export interface ScenariosToCompare {
  comparison: ScenarioComparison;
  leftOut: readonly string[];
}

/**
 * The workbook of an estate's report: the same report object the app's views read. The
 * Scenarios sheet is there only when `scenarios` is given (an estate with more than one).
 */
export function buildWorkbookModel(name: string, estate: EstateContent, report: EstateReport, only: readonly SheetName[] = SHEET_NAMES, scenarios?: ScenariosToCompare): WorkbookModel {
  const { analysis, plan } = report;
  const { costs, byWave } = report.costs;
  const findings = report.findings.all;
  const runbooks = report.editedRunbooks.all();
  const byId = new Map(estate.workloads.map((w) => [w.id, w]));
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  const names = (ids: readonly string[]) => clip(ids.map(nameOf).join(', '));
  // A wave's members one per line: names hold commas ("Traefik ingress (clinics, shared)").
  const memberLines = (ids: readonly string[]) => clip(ids.map(nameOf).join('\n'));
  const waveOf = (id: string) => plan.waveOf.get(id) ?? null;

  const inventory = (): SheetModel => ({
    name: 'Inventory',
    data: true,
    tables: [
      {
        columns: INVENTORY_COLUMNS.map((c) => (c.source === 'field' && c.field.key === 'pinnedWave' ? { ...c.column, list: plan.waves.map((w) => String(w.number)) } : c.column)),
        rows: estate.workloads.map((w: Workload) => {
          const computed: CellValue[] = [
            labelOf(analysis.sensitivity.levelOf(w.id)),
            labelOf(analysis.recommendations.get(w.id)?.tier ?? 'multi-tenant'),
            labelOf(analysis.tierOf(w.id)),
            waveOf(w.id),
          ];
          return inventoryRow(w, computed.slice(0, COMPUTED_HEADERS.length));
        }),
      },
    ],
  });
  const dependencies = (): SheetModel => ({
    name: 'Dependencies',
    data: true,
    tables: [
      {
        columns: [
          col('Waveplan id', 'id', { hidden: true }),
          col('Consumer'),
          col('Provider'),
          col('Kind'),
          col('Coupling'),
          col('Data classes'),
          col('Protocol'),
          col('Consumer wave', 'integer'),
          col('Provider wave', 'integer'),
          col('Notes', 'text', { wrap: true }),
        ],
        rows: estate.dependencies.map((d) => [
          d.id,
          nameOf(d.consumerId),
          nameOf(d.providerId),
          labelOf(d.kind),
          labelOf(d.coupling),
          d.dataClasses.map(labelOf).join(', '),
          d.protocol,
          waveOf(d.consumerId),
          waveOf(d.providerId),
          d.notes,
        ]),
      },
    ],
  });
  const waves = (): SheetModel => ({
    name: 'Waves',
    data: true,
    tables: [
      {
        columns: [
          col('Wave', 'integer'),
          col('Phase'),
          col('Start', 'date'),
          col('Cutover', 'date'),
          col('End', 'date'),
          col('Workloads', 'integer'),
          col('Members', 'text', { wrap: true }),
          col('Gates', 'text', { wrap: true }),
          col('Risk', 'integer'),
          col('Inputs known', 'percent'),
          col('Why', 'text', { wrap: true }),
        ],
        rows: plan.waves.map((w) => [
          w.number,
          WAVE_PHASE_NAMES[w.phase],
          w.start,
          w.cutover,
          w.end,
          w.cutoverOrder.length,
          memberLines(w.cutoverOrder),
          clip(w.gates.join('; ')),
          w.risk,
          w.confidence,
          // Each unit's reasons under its members' names, a paragraph each: "Wave 2: …" three times says nothing.
          clip(w.units.map((u) => `${u.members.map(nameOf).join('; ')}: ${u.reasoning.join(' ')}`).join('\n')),
        ]),
      },
    ],
  });
  // The cutover steps of each wave's runbook, in order (providers first), as edited.
  const cutover = (): SheetModel => ({
    name: 'Cutover',
    data: true,
    tables: [
      {
        columns: [
          col('Wave', 'integer'),
          col('Cutover', 'date'),
          col('Order', 'integer'),
          col('What to do', 'text', { wrap: true }),
          col('Workloads', 'text', { wrap: true }),
          col('Minutes', 'integer'),
          col('Owner'),
          col('Approver'),
        ],
        rows: runbooks.flatMap((r) => {
          const date = plan.waves.find((w) => w.number === r.wave)?.cutover ?? null;
          let n = 0;
          return r.steps.filter((s) => s.phase === 'cutover' && !s.removed).map((s) => [r.wave, date, ++n, s.text, names(s.workloadIds), s.minutes, s.owner, s.approver]);
        }),
      },
    ],
  });
  const rollback = (): SheetModel => ({
    name: 'Rollback',
    data: true,
    tables: [
      {
        columns: [
          col('Wave', 'integer'),
          col('Step', 'integer'),
          col('Phase'),
          col('What to do', 'text', { wrap: true }),
          col('Minutes', 'integer'),
          col('Owner', 'text', { editable: true }),
          col('Approver', 'text', { editable: true }),
          col('Workloads', 'text', { wrap: true }),
          col('Edited'),
        ],
        rows: runbooks.flatMap((r) => {
          let n = 0;
          return r.steps
            .filter((s) => !s.removed)
            .map((s) => [
              r.wave,
              ++n,
              PHASE_NAMES[s.phase],
              s.text,
              s.minutes,
              s.owner,
              s.approver,
              s.workloadIds.length > 5 ? `${s.workloadIds.length} workloads` : names(s.workloadIds),
              s.added ? 'Added' : s.reworded ? 'Reworded' : '',
            ]);
        }),
      },
    ],
  });
  const card: RateCard = estate.rateCard;
  const partHeaders = { effort: 'Effort', rehearsal: 'Rehearsal', hypercare: 'Hypercare', tools: 'Tools', contingency: 'Contingency', dualRunning: 'Dual running' } as const;
  const costSheet = (): SheetModel => ({
    name: 'Costs',
    data: false,
    tables: [
      {
        title: `Per wave (${card.currency})`,
        columns: [
          col('Wave', 'integer'),
          col('Workloads', 'integer'),
          col('Run before / month', 'money'),
          col('Run after / month', 'money'),
          ...COST_PARTS.map((p) => col(partHeaders[p], 'money')),
          col('One-time', 'money'),
        ],
        rows: [...byWave].sort(([a], [b]) => a - b).map(([wave, t]) => [wave, t.workloads, t.runBefore, t.runAfter, ...COST_PARTS.map((p) => t[p]), t.oneTime]),
      },
      {
        title: `Per workload (${card.currency})`,
        columns: [
          col('Workload'),
          col('Planned tier'),
          col('Wave', 'integer'),
          col('Run before / month', 'money'),
          col('Run after / month', 'money'),
          col('Run after low', 'money'),
          col('Run after high', 'money'),
          col('Pricing'),
          col('Licence / month', 'money'),
          col('Support / month', 'money'),
          col('Effort days', 'number'),
          ...COST_PARTS.map((p) => col(partHeaders[p], 'money')),
          col('One-time', 'money'),
        ],
        rows: costs.map((c) => [
          nameOf(c.workloadId),
          labelOf(c.tier),
          c.wave,
          c.runBefore,
          c.runAfter,
          c.runAfterLow,
          c.runAfterHigh,
          c.run.pricing,
          c.run.licence,
          c.run.support,
          c.effortDays,
          ...COST_PARTS.map((p) => c[p]),
          c.oneTime,
        ]),
      },
      rangeTable(report.costs, card.currency),
      estateLineTable(report.costs, card.currency),
      rateCardTable(card),
    ],
  });
  const findingSheet = (): SheetModel => ({
    name: 'Findings',
    data: true,
    tables: [
      {
        columns: [
          col('Severity'),
          col('Check'),
          // Labels joined with "; ": a control's title (and a client's reading of it) may hold commas.
          col('Controls', 'text', { wrap: true }),
          col('Finding', 'text', { wrap: true }),
          col('What it means', 'text', { wrap: true }),
          col('What to do', 'text', { wrap: true }),
          col('Workloads', 'text', { wrap: true }),
          col('Accepted risk', 'text', { wrap: true }),
        ],
        rows: findings.map((f) => [
          f.severity,
          FINDING_CHECK_NAMES.get(f.rule) ?? f.rule,
          controlLabelsText(f),
          f.title,
          f.meaning,
          f.action,
          f.workloadIds.length > 10 ? `${names(f.workloadIds.slice(0, 10))} and ${f.workloadIds.length - 10} more` : names(f.workloadIds),
          f.acceptedRisk ?? '',
        ]),
      },
    ],
  });
  const sheets: Record<SheetName, () => SheetModel> = {
    Summary: () => summarySheet(name, estate, report, runbooks),
    Scenarios: () => scenariosSheet((scenarios as ScenariosToCompare).comparison, card.currency, scenarios?.leftOut),
    Inventory: inventory,
    Dependencies: dependencies,
    Waves: waves,
    'Wave members': () => waveMembersSheet(estate, report),
    Cutover: cutover,
    Rollback: rollback,
    Costs: costSheet,
    Findings: findingSheet,
    Settings: () => settingsSheet(estate),
  };
  // Only the sheets asked for are made: a CSV of the inventory does not word 58,000 runbook steps.
  const made = only.filter((sheet) => sheet !== 'Scenarios' || scenarios);
  return { title: name, currency: card.currency, sheets: made.map((sheet) => sheets[sheet]()) };
}
