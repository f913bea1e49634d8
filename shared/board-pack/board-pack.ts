import { controlCoverage } from '../controls/coverage.js';
import type { EstateContent } from '../estate/estate.js';
import type { EstateReport } from '../report/estate-report.js';
import { assumptions } from './assumptions.js';
import type { BoardPack, Scope } from './board-pack-types.js';
import { conventions } from './conventions.js';
import { completenessRows, costSections, headlines } from './cost-sections.js';
import { decisionsNeeded } from './decisions.js';
import { blackoutBands, rollbackRows, tierTables, waveRows } from './plan-sections.js';
import { findingGroups, listedFindings, topRisks } from './risks.js';
import { scenarioName } from './scenario-name.js';

// The board pack of an estate: its report (the same figures every view shows) cut into
// the printed sections. Large estates are summarised to a bounded size, and the pack
// says what it summarised.

/** How much a pack lists by name before it counts the rest. */
export const PACK_LIMITS = { listedFindings: 30, tenants: 12, waves: 60 } as const;

export interface BoardPackInput {
  estateName: string;
  content: Pick<EstateContent, 'workloads' | 'dependencies' | 'planSettings' | 'rollbackSettings' | 'rateCard'>;
  /** The snapshot as loaded, read for its scenarios when it has them. */
  snapshot: object;
  report: EstateReport;
  scenarioId?: string | undefined;
  /** ISO day the pack is made. */
  date: string;
  version: string;
}

export function buildBoardPack({ estateName, content, snapshot, report, scenarioId, date, version }: BoardPackInput): BoardPack {
  const { workloads, dependencies, planSettings, rollbackSettings, rateCard } = content;
  const { plan, costs, quality } = report;
  const findings = report.findings.all;
  const runbooks = report.editedRunbooks.timed();
  const c = conventions(planSettings.holidays, rateCard.currency);
  const byId = new Map(workloads.map((w) => [w.id, w]));
  const planned = [...plan.waveOf.keys()].map((id) => byId.get(id)).filter((w) => w !== undefined);
  const scope: Scope = {
    workloads: workloads.length,
    moving: planned.length,
    systems: new Set(planned.map((w) => w.system || w.name)).size,
    tenants: new Set(planned.map((w) => w.tenant)).size,
    dependencies: dependencies.length,
    notMigrating: plan.notMigrating.length,
    heldBack: plan.heldBack.length,
    waves: quality.waves,
  };
  const span = quality.startDate && quality.endDate ? { start: quality.startDate, end: quality.endDate } : null;
  const allWaves = waveRows(plan, costs);
  const waves = allWaves.slice(0, PACK_LIMITS.waves);
  const tiers = tierTables(workloads, report.analysis.tierOf, PACK_LIMITS.tenants);
  const { listed, more } = listedFindings(findings, PACK_LIMITS.listedFindings);
  const summarised: string[] = [];
  if (more > 0)
    summarised.push(`Findings: ${c.count(listed.length)} high and medium findings are listed by name (the most severe, up to five of each check); the other ${c.count(more)} are counted by check.`);
  if (tiers.tables[0] && tiers.tables[0].more > 0) summarised.push(`Tiers: the ${PACK_LIMITS.tenants} largest tenants are shown; the other ${c.count(tiers.tables[0].more)} are added into one row.`);
  if (allWaves.length > waves.length) summarised.push(`Waves: the first ${waves.length} of ${allWaves.length} waves are drawn and listed.`);
  return {
    cover: { estateName, scenarioName: scenarioName(snapshot, scenarioId), date, version },
    conventions: c,
    scope,
    headlines: headlines(costs),
    span,
    risks: topRisks(findings),
    decisions: decisionsNeeded({ workloads, findings, plan, runbooks, costUnknown: costs.spend.leftOut, n: c.count }),
    waves,
    blackouts: blackoutBands(planSettings, span && { start: waves[0]?.start ?? span.start, end: waves.at(-1)?.end ?? span.end }),
    tiers,
    findings: { count: report.findings.count, groups: findingGroups(findings, report.findings.count), listed, more },
    costs: costSections(costs),
    rollback: rollbackRows(plan, runbooks, workloads).slice(0, PACK_LIMITS.waves),
    completeness: completenessRows(costs),
    assumptions: assumptions(planSettings, rateCard, rollbackSettings, c),
    controls: controlCoverage(findings),
    summarised,
  };
}
