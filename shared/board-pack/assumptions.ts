import type { RateCard } from '../costs/rate-card.js';
import { WEEKDAY_NAMES, type PlanSettings } from '../planner/settings.js';
import type { RollbackSettings } from '../rollback/rollback-settings.js';
import type { Assumption } from './board-pack-types.js';
import type { Conventions } from './conventions.js';

// The settings the figures rest on, in words, for the last page: a board member who
// asks "on what basis?" finds the answer without opening the app.

export function assumptions(plan: PlanSettings, card: RateCard, rollback: RollbackSettings, c: Conventions): Assumption[] {
  const weekdays = [...plan.cutoverWeekdays].sort((a, b) => a - b).map((d) => WEEKDAY_NAMES[d - 1]);
  const closing = plan.financeClose.before + plan.financeClose.after;
  return [
    { topic: 'Plan start', value: c.day(plan.startDate) },
    { topic: 'Waves', value: `${plan.waveLengthDays} days long, up to ${c.count(plan.maxWorkloadsPerWave)} workloads each, ${plan.wavesInFlight} in flight at once` },
    {
      topic: 'Pilot and proving',
      value: `${plan.pilotWave ? 'A pilot wave first' : 'No pilot wave'}; critical and restricted workloads wait ${plan.provingWaves} proving ${plan.provingWaves === 1 ? 'wave' : 'waves'}${plan.foundationWave ? '; a foundation wave 0 builds the landing zone' : ''}`,
    },
    {
      topic: 'Cutovers',
      value: `${weekdays.join(', ')} at ${plan.cutoverTime}; ${plan.holidays ? `never on a public holiday (${plan.holidays.country}${plan.holidays.region ? `-${plan.holidays.region}` : ''})` : 'public holidays not considered'}${closing > 0 ? `, nor in finance close (last ${plan.financeClose.before} and first ${plan.financeClose.after} business days of a month)` : ''}`,
    },
    { topic: 'Blackouts', value: plan.blackouts.length ? plan.blackouts.map((b) => `${b.label} (${c.day(b.from)} – ${c.day(b.to)})`).join('; ') : 'None set' },
    { topic: 'Readiness gates', value: plan.readinessGates === 'hold-back' ? 'Workloads that have not proven readiness are held back' : 'Workloads that have not proven readiness move, flagged' },
    {
      topic: 'Rollback',
      value: `Maintenance window of ${rollback.maintenanceWindowHours} hours; restores at ${c.count(rollback.restoreGbPerHour)} GB an hour, ${rollback.parallelRestores} at once; reverse replication at ${c.count(rollback.replicationGbPerHour)} GB an hour`,
    },
    { topic: 'Parallel run and hypercare', value: `The old hosting runs ${card.parallelRunWeeks} weeks after each cutover; ${card.hypercareWeeks} weeks of hypercare` },
    { topic: 'Effort', value: `${c.money(card.effortDayRate)} a day; rehearsal adds ${c.percent(card.rehearsalShare)} of the migration effort` },
    { topic: 'Contingency', value: `${c.percent(card.contingency)} on the one-time cost` },
    { topic: 'Currency', value: `${card.currency}, figures without tax` },
  ];
}
