import { SEVERITIES, type Finding, type Severity } from '../../../shared/findings/finding.js';
import { reportOf } from '../../../shared/report/estate-report.js';
import { COMMON_OPTIONS, parseCommandArgs, positionalsOf } from '../args.js';
import type { CliCommand } from '../command.js';
import { EXIT, UsageError } from '../cli-error.js';
import { estatePath, printJson } from '../estate-arg.js';
import { withEstateAt } from '../estate-at-path.js';
import { count, truncate } from '../text-table.js';

// `waveplan check <estate>`: the report's findings (the same list as the Findings view,
// the badge and the workbook's Findings sheet), grouped by severity, and an exit code a
// CI job can gate on: 1 when any finding is at or above --fail-on.

const OPTIONS = { ...COMMON_OPTIONS, 'fail-on': { type: 'string' } } as const;

/** Findings at or above `threshold` (high is the most severe). */
export function failingFindings(findings: readonly Finding[], threshold: Severity): readonly Finding[] {
  const rank = SEVERITIES.indexOf(threshold);
  return findings.filter((f) => SEVERITIES.indexOf(f.severity) <= rank);
}

function threshold(given: string | undefined): Severity {
  if (given === undefined) return 'high';
  if ((SEVERITIES as readonly string[]).includes(given)) return given as Severity;
  throw new UsageError(`check: --fail-on ${given}: say high, medium or low`, 'check');
}

export const checkCommand: CliCommand = {
  name: 'check',
  help: `Usage: waveplan check <estate.waveplan> [--fail-on high|medium|low] [--json]

Lists the estate's findings, most severe first and grouped by severity: the same list
the app's Findings view shows (the estate's checks, the plan's issues and the runbooks'
rollback times), each with what to do. The estate file is read, never changed.

Options:
  --fail-on <severity>  the least severe finding that fails the check (default: high)
  --json                the findings as JSON on stdout: counts by severity and every finding
  -h, --help            this help

Exit codes (a CI job gates on them):
  0  no finding at or above --fail-on (findings below it are still listed)
  1  at least one finding at or above --fail-on
  2  a usage error, or an estate that cannot be read
  Usage errors keep 2 for every command, so a gate never mistakes a typo for findings.

Example:
  waveplan check estates/meridian.waveplan --fail-on medium
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('check', args, OPTIONS);
    if (values.help) return (io.out(this.help), EXIT.ok);
    const [given] = positionalsOf('check', positionals, ['estate']) as [string];
    const failOn = threshold(values['fail-on']);
    const { snapshot, findings } = await withEstateAt(estatePath('check', io, given), (snapshot) => ({ snapshot, findings: reportOf(snapshot).findings }));
    const { all, count: bySeverity } = findings;
    const failing = failingFindings(all, failOn);
    const code = failing.length > 0 ? EXIT.findings : EXIT.ok;
    if (values.json) {
      const nameOf = new Map(snapshot.workloads.map((w) => [w.id, w.name]));
      printJson(io, {
        estate: snapshot.estate.name,
        failOn,
        failed: code !== EXIT.ok,
        count: bySeverity,
        findings: all.map((f) => ({
          severity: f.severity,
          rule: f.rule,
          title: f.title,
          meaning: f.meaning,
          action: f.action,
          workloads: f.workloadIds.map((id) => nameOf.get(id) ?? id),
          ...(f.acceptedRisk ? { acceptedRisk: f.acceptedRisk } : {}),
        })),
      });
      return code;
    }
    io.out(`${snapshot.estate.name}: ${SEVERITIES.map((s) => `${bySeverity[s].toLocaleString('en')} ${s}`).join(', ')}\n`);
    for (const severity of SEVERITIES) {
      const these = all.filter((f) => f.severity === severity);
      if (these.length === 0) continue;
      io.out(`\n${severity.toUpperCase()} (${these.length.toLocaleString('en')})\n`);
      for (const f of these) {
        io.out(`  - ${truncate(f.title, 160)}${f.acceptedRisk ? ' [accepted risk]' : ''}\n`);
        io.out(`    ${truncate(f.action, 160)}\n`);
      }
    }
    io.out(code === EXIT.ok ? `\nPassed: no finding at or above ${failOn}.\n` : `\nFailed: ${count(failing.length, 'finding')} at or above ${failOn} (exit ${EXIT.findings}).\n`);
    return code;
  },
};
