import { READINESS_CHECKS, labelOf, type ReadinessCheck } from '../domain/enums.js';
import { GATING_CHECKS, needsReadinessProof } from '../domain/readiness-proof.js';
import type { Workload } from '../domain/workload.js';
import { listNames, workloadFinding, type Finding, type FindingRule } from './finding.js';

// Restricted or mission-critical production workloads migrate only once backup
// restore, a performance baseline, identity federation and the rollback runbook are
// proven (docs/domain-rules.md, "Findings"). Monitoring and infrastructure as code
// are expected too, but their absence does not block a wave. A gap delays a wave;
// it exposes no data, so it ranks below the data findings. (Loop style: see
// data-findings.ts.)

function countMissing(w: Workload, checks: readonly ReadinessCheck[]): number {
  let missing = 0;
  for (let c = 0; c < checks.length; c++) if (!w.readiness.includes(checks[c] as ReadinessCheck)) missing++;
  return missing;
}

/** The checks a workload misses, in READINESS_CHECKS order. */
const missingChecks = (w: Workload): readonly ReadinessCheck[] => READINESS_CHECKS.filter((c) => !w.readiness.includes(c));

function notReady(rule: string, w: Workload, restricted: boolean, missingCount: number, gating: boolean): Finding {
  return workloadFinding(
    rule,
    gating ? 'medium' : 'low',
    w,
    () => {
      const missing = missingChecks(w);
      const why = [restricted ? 'holds restricted data' : '', w.criticality === 1 ? 'is mission critical' : ''].filter(Boolean).join(' and ');
      return {
        title: `Not ready to migrate: ${w.name} misses ${missingCount === 1 ? 'one readiness check' : `${missingCount} readiness checks`}`,
        meaning: `${w.name} ${why}, so it moves only when its recovery and operation are proven. Missing: ${listNames(
          missing.map((c) => labelOf(c).toLowerCase()),
          READINESS_CHECKS.length,
        )}.${gating ? '' : ' None of these blocks its wave on its own.'}`,
        action:
          'Prove each missing check (restore a backup, record a performance baseline, federate admin and user sign-in, write the cutover and rollback runbook) and tick it in the readiness matrix before its wave.',
      };
    },
    // The controls it concerns depend on which checks are missing (shared/controls/finding-controls.ts).
    { aspects: () => missingChecks(w) },
  );
}

export const readinessMissing: FindingRule = {
  id: 'readiness-missing',
  name: 'Critical production workload missing readiness checks',
  detect(ctx) {
    const found: Finding[] = [];
    for (let i = 0; i < ctx.workloads.length; i++) {
      const w = ctx.workloads[i] as Workload;
      // Most workloads are not production: skip them before reading a level.
      if (w.environment !== 'production') continue;
      const level = ctx.levelAt(i);
      if (!needsReadinessProof(w, level)) continue;
      const restricted = level === 'restricted';
      const missing = countMissing(w, READINESS_CHECKS);
      if (missing > 0) found.push(notReady(this.id, w, restricted, missing, countMissing(w, GATING_CHECKS) > 0));
    }
    return found;
  },
};
