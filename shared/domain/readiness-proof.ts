import type { ReadinessCheck } from './enums.js';
import type { Sensitivity } from './sensitivity.js';
import type { Workload } from './workload.js';
import { isMoving } from './moving.js';

// Which workloads must prove their readiness before they move, and which checks gate
// a wave (docs/domain-rules.md, "Findings"). The findings, the planner's gates and the
// readiness matrix all ask this one question, so it lives here, below all three.

/** The readiness checks that gate a wave; monitoring and infrastructure as code are expected but do not. */
export const GATING_CHECKS: readonly ReadinessCheck[] = ['backup-restore-tested', 'performance-baseline', 'identity-federated', 'runbook-ready'];

/**
 * Restricted or mission-critical (criticality 1) production that will move. Retired
 * and retained workloads do not move, so nothing needs proving for them.
 */
export function needsReadinessProof(w: Workload, level: Sensitivity): boolean {
  if (w.environment !== 'production' || !isMoving(w)) return false;
  return level === 'restricted' || w.criticality === 1;
}
