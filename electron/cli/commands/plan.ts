import { TIERS, type Tier } from '../../../shared/domain/enums.js';
import type { EstateSnapshot } from '../../../shared/estate/estate.js';
import { WAVE_PHASE_NAMES, type Wave } from '../../../shared/planner/plan-types.js';
import { reportOf, type EstateReport } from '../../../shared/report/estate-report.js';
import { formatDuration } from '../../../shared/rollback/restore.js';
import { fits, overWindow } from '../../../shared/rollback/rollback-fit.js';
import type { Runbook } from '../../../shared/rollback/runbook-types.js';
import { COMMON_OPTIONS, parseCommandArgs, positionalsOf } from '../args.js';
import type { CliCommand, CliIo } from '../command.js';
import { EXIT } from '../cli-error.js';
import { estatePath, printJson } from '../estate-arg.js';
import { withEstateAt } from '../estate-at-path.js';
import { resolveScenario, type ScenarioRef } from '../scenario.js';
import { count, textTable } from '../text-table.js';

// `waveplan plan <estate>`: the waves the app's Waves view shows, as a table, with the
// plan's issues under it. The plan is the report's (shared/report), as in the app.

const OPTIONS = { ...COMMON_OPTIONS, scenario: { type: 'string' } } as const;

const TIER_SHORT: Record<Tier, string> = { 'multi-tenant': 'multi', 'dedicated-database': 'ded-db', 'dedicated-environment': 'ded-env' };

interface WaveRow {
  wave: Wave;
  names: string[];
  tiers: Record<Tier, number>;
  rollback: Omit<Runbook, 'steps'> | undefined;
}

function rollbackWords(r: WaveRow['rollback']): string {
  if (!r) return '-';
  const status = fits(r) ? 'fits' : overWindow(r) ? 'over window' : `past RTO (${r.rtoBreaches.length})`;
  return `${formatDuration(r.rollbackMinutes)} ${status}`;
}

function waveRows(snapshot: EstateSnapshot, report: EstateReport): WaveRow[] {
  const nameOf = new Map(snapshot.workloads.map((w) => [w.id, w.name]));
  const runbooks = new Map(report.editedRunbooks.timed().map((r) => [r.wave, r]));
  return report.plan.waves.map((wave) => {
    const tiers = Object.fromEntries(TIERS.map((t) => [t, 0])) as Record<Tier, number>;
    for (const id of wave.cutoverOrder) tiers[report.analysis.tierOf(id)]++;
    return { wave, names: wave.cutoverOrder.map((id) => nameOf.get(id) ?? id), tiers, rollback: runbooks.get(wave.number) };
  });
}

function printTable(io: CliIo, snapshot: EstateSnapshot, report: EstateReport, rows: WaveRow[], scenario: string | undefined): void {
  const plan = report.plan;
  const moving = rows.reduce((n, r) => n + r.names.length, 0);
  io.out(`${snapshot.estate.name}${scenario ? ` (scenario ${scenario})` : ''}: ${count(plan.waves.length, 'wave')}, ${count(moving, 'workload')} moving\n\n`);
  io.out(
    textTable(rows, [
      { header: 'Wave', cell: (r) => String(r.wave.number), align: 'right' },
      { header: 'Phase', cell: (r) => WAVE_PHASE_NAMES[r.wave.phase] },
      { header: 'Start', cell: (r) => r.wave.start },
      { header: 'Cutover', cell: (r) => r.wave.cutover },
      { header: 'End', cell: (r) => r.wave.end },
      { header: 'Workloads', cell: (r) => r.names.length.toLocaleString('en'), align: 'right' },
      { header: 'Names', cell: (r) => r.names.slice(0, 6).join(', '), max: 40 },
      {
        header: 'Tiers',
        cell: (r) =>
          TIERS.filter((t) => r.tiers[t] > 0)
            .map((t) => `${TIER_SHORT[t]} ${r.tiers[t]}`)
            .join(', '),
      },
      { header: 'Rollback', cell: (r) => rollbackWords(r.rollback) },
    ]),
  );
  const notes = [
    plan.notMigrating.length ? `${count(plan.notMigrating.length, 'workload')} not migrating (retired or retained)` : '',
    plan.heldBack.length ? `${count(plan.heldBack.length, 'workload')} held back by readiness gates` : '',
  ].filter(Boolean);
  if (notes.length) io.out(`\n${notes.join('; ')}.\n`);
  if (plan.issues.length) {
    io.out(`\nPlan issues (${plan.issues.length.toLocaleString('en')}):\n`);
    for (const issue of plan.issues.slice(0, 20)) io.out(`  - ${issue.sentence}\n`);
    if (plan.issues.length > 20) io.out(`  … and ${(plan.issues.length - 20).toLocaleString('en')} more (--json lists them all)\n`);
  }
}

function asJson(snapshot: EstateSnapshot, report: EstateReport, rows: WaveRow[], scenario: string | undefined) {
  const nameOf = new Map(snapshot.workloads.map((w) => [w.id, w.name]));
  const plan = report.plan;
  return {
    estate: snapshot.estate.name,
    scenario: scenario ?? null,
    waves: rows.map(({ wave, names, tiers, rollback }) => ({
      number: wave.number,
      phase: wave.phase,
      start: wave.start,
      cutover: wave.cutover,
      end: wave.end,
      workloads: names,
      tiers,
      gates: wave.gates,
      rollback: rollback
        ? { minutes: rollback.rollbackMinutes, windowMinutes: rollback.windowMinutes, fits: fits(rollback), overWindow: overWindow(rollback), rtoBreaches: rollback.rtoBreaches.length }
        : null,
    })),
    notMigrating: plan.notMigrating.map((e) => ({ workload: nameOf.get(e.workloadId) ?? e.workloadId, reason: e.reason })),
    heldBack: plan.heldBack.map((e) => ({ workload: nameOf.get(e.workloadId) ?? e.workloadId, reason: e.reason })),
    issues: plan.issues.map((i) => ({ kind: i.kind, sentence: i.sentence, workloads: i.workloadIds.map((id) => nameOf.get(id) ?? id) })),
  };
}

export const planCommand: CliCommand = {
  name: 'plan',
  help: `Usage: waveplan plan <estate.waveplan> [--scenario <name or id>] [--json]

Plans the estate's migration waves as the app's Waves view does and prints them:
wave, phase, start, cutover and end dates, how many workloads and the first of their
names, their tenancy tiers, and whether the wave's rollback fits its maintenance window
and its workloads' RTOs. The plan's issues (what gave way, pins that could not hold)
follow the table. The estate file is read, never changed.

Options:
  --scenario <name|id>  plan one of the estate's scenarios instead of the estate as it is
  --json                the plan as JSON on stdout (waves, not migrating, held back, issues)
  -h, --help            this help

Exit codes: 0 planned; 2 a usage error or an estate that cannot be read.

Example:
  waveplan plan estates/meridian.waveplan
  waveplan plan estates/meridian.waveplan --json | jq '.waves | length'
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('plan', args, OPTIONS);
    if (values.help) return (io.out(this.help), EXIT.ok);
    const [given] = positionalsOf('plan', positionals, ['estate']) as [string];
    // Planned while the file's rows are checked; printed only once they have passed.
    let scenario: ScenarioRef | undefined;
    const { snapshot, report, rows } = await withEstateAt(
      estatePath('plan', io, given),
      (snapshot) => {
        const report = reportOf(snapshot);
        return { snapshot, report, rows: waveRows(snapshot, report) };
      },
      (active) => (scenario = resolveScenario('plan', active, values.scenario))?.id,
    );
    if (values.json) printJson(io, asJson(snapshot, report, rows, scenario?.name));
    else printTable(io, snapshot, report, rows, scenario?.name);
    return EXIT.ok;
  },
};
