import { holidayPlaceName } from '../planner/holidays.js';
import { labelOf } from '../domain/enums.js';
import type { EstateContent } from '../estate/estate.js';
import { WAVE_PHASE_NAMES } from '../planner/plan-types.js';
import { WEEKDAY_NAMES } from '../planner/settings.js';
import type { EstateReport } from '../report/estate-report.js';
import { ID_HEADER } from './inventory-columns.js';
import { col, type CellValue, type SheetColumn, type SheetModel } from './sheet-model.js';

// The sheets that let a client check the plan without the app: every wave's members by
// id, one per row (names can hold commas, so a joined list cannot be read back), and
// every setting the plan was made with.

export function waveMembersSheet(estate: EstateContent, report: EstateReport): SheetModel {
  const byId = new Map(estate.workloads.map((w) => [w.id, w]));
  const rows: CellValue[][] = [];
  for (const wave of report.plan.waves)
    wave.cutoverOrder.forEach((id, i) => {
      const w = byId.get(id);
      rows.push([wave.number, WAVE_PHASE_NAMES[wave.phase], wave.cutover, i + 1, id, w?.name ?? id, w?.system ?? '', w ? labelOf(w.environment) : '']);
    });
  return {
    name: 'Wave members',
    data: true,
    tables: [{ columns: [col('Wave', 'integer'), col('Phase'), col('Cutover', 'date'), col('Cutover order', 'integer'), col(ID_HEADER), col('Workload'), col('System'), col('Environment')], rows }],
  };
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

export function settingsSheet(estate: EstateContent): SheetModel {
  const p = estate.planSettings;
  const r = estate.rollbackSettings;
  const facts: [string, CellValue, SheetColumn['kind']][] = [
    ['First wave starts', p.startDate, 'date'],
    ['Wave length (days)', p.waveLengthDays, 'integer'],
    ['Waves in flight at once', p.wavesInFlight, 'integer'],
    ['Most workloads per wave', p.maxWorkloadsPerWave, 'integer'],
    ['Fewest workloads per wave (reported, not forced)', p.minWorkloadsPerWave, 'integer'],
    ['Most effort days per wave', p.maxEffortDaysPerWave ?? 'No limit', p.maxEffortDaysPerWave === null ? 'text' : 'number'],
    ['Order', p.order === 'providers-first' ? 'Providers first' : 'Consumers first', 'text'],
    ['Pilot wave', yesNo(p.pilotWave), 'text'],
    ['Proving waves', p.provingWaves, 'integer'],
    ['Readiness gates', p.readinessGates === 'hold-back' ? 'Hold back what is not ready' : 'Schedule and flag', 'text'],
    ['Foundation wave 0', yesNo(p.foundationWave), 'text'],
    [
      'Cutover weekdays',
      [...p.cutoverWeekdays]
        .sort((a, b) => a - b)
        .map((d) => WEEKDAY_NAMES[d - 1])
        .join(', '),
      'text',
    ],
    ['Cutover time (local)', p.cutoverTime, 'text'],
    ['Public holidays (no cutover, not business days)', p.holidays ? holidayPlaceName(p.holidays) : 'None', 'text'],
    ['Finance close: business days before month end', p.financeClose.before, 'integer'],
    ['Finance close: business days after month end', p.financeClose.after, 'integer'],
    ['Maintenance window (hours)', r.maintenanceWindowHours, 'number'],
    ['Restore rate (GB per hour)', r.restoreGbPerHour, 'number'],
    ['Restores at once', r.parallelRestores, 'integer'],
    ['Reverse replication rate (GB per hour)', r.replicationGbPerHour, 'number'],
    ['Catch-up when the change rate is unknown (minutes)', r.unknownCatchUpMinutes, 'integer'],
    ['DNS lead time (hours)', r.dnsLeadHours, 'number'],
    ['Unclassified production treated as restricted', yesNo(estate.classification.unclassifiedProductionAsRestricted), 'text'],
    ['Currency of the rate card', estate.rateCard.currency, 'text'],
  ];
  return {
    name: 'Settings',
    data: false,
    tables: [
      { title: 'What the plan was made with', columns: [col('Setting'), col('Value', 'text')], rows: facts.map(([k, v]) => [k, v]), lastCellKinds: facts.map(([, , kind]) => kind) },
      { title: 'Blackouts: no cutover on these days', columns: [col('From', 'date'), col('To', 'date'), col('Why')], rows: p.blackouts.map((b) => [b.from, b.to, b.label]) },
    ],
  };
}
