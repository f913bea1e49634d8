import { labelOf, type ReadinessCheck } from '../domain/enums.js';
import type { Sensitivity } from '../domain/sensitivity.js';
import type { Workload } from '../domain/workload.js';
import { GATING_CHECKS, needsReadinessProof } from '../domain/readiness-proof.js';
import { holdsProductionData } from '../domain/production-data.js';

// Per-workload facts the planner's conditions read.

/** Why a workload must wait for the proving waves (the `proving-waves` condition), or undefined. */
export function provingReason(w: Workload, level: Sensitivity): string | undefined {
  if (level === 'restricted') return 'restricted data';
  if (w.criticality === 1 || w.criticality === 2) return `criticality ${w.criticality}`;
  // Heavy customization is a risk where it runs the business; a heavily customized test or
  // training copy is what a rehearsal is for, so it may move early.
  if (w.customization === 'heavily-customized' && holdsProductionData(w)) return 'heavy customization';
  return undefined;
}

/** May it go in the pilot wave: non-production or criticality 3-4, and nothing restricted. */
export function pilotEligible(w: Workload, level: Sensitivity): boolean {
  return level !== 'restricted' && (!holdsProductionData(w) || w.criticality === 3 || w.criticality === 4);
}

/** Asked of every workload; most need no proof, and share this. */
const NONE_MISSING: readonly ReadinessCheck[] = Object.freeze([]);

/** The gating checks a workload still has to prove (only those that need readiness proof have any). */
export function missingGates(w: Workload, level: Sensitivity): readonly ReadinessCheck[] {
  if (!needsReadinessProof(w, level)) return NONE_MISSING;
  return GATING_CHECKS.filter((c) => !w.readiness.includes(c));
}

export const gateSentence = (checks: readonly ReadinessCheck[]) => checks.map((c) => labelOf(c).toLowerCase()).join(', ');

/** Effort in days: the recorded figure, else an estimate from kind, customization and size. */
export function effortDays(w: Workload): number {
  if (w.effortDays !== null) return w.effortDays;
  const base = w.kind === 'database' ? 4 : w.kind === 'application' ? 3 : 2;
  const custom = w.customization === 'heavily-customized' ? 5 : w.customization === 'customized' ? 2 : 0;
  const data = w.databaseGb ? Math.min(5, Math.ceil(w.databaseGb / 500)) : 0;
  return base + custom + data;
}

// Unknown data is planned as carefully as patient data: it may be.
const LEVEL_RISK: Record<Sensitivity, number> = { restricted: 3, unclassified: 3, confidential: 2, internal: 1, public: 0 };

/** Risk points: sensitivity, criticality and customization. */
export function riskPoints(w: Workload, level: Sensitivity): number {
  const critical = w.criticality === null ? 1 : 4 - w.criticality;
  const custom = w.customization === 'heavily-customized' ? 2 : w.customization === 'customized' ? 1 : 0;
  return LEVEL_RISK[level] + critical + custom;
}

/** How many of the planning inputs are filled in, out of five. */
export function inputsKnown(w: Workload): number {
  return (w.criticality !== null ? 1 : 0) + (w.dataClasses.length > 0 ? 1 : 0) + (w.rtoMinutes !== null ? 1 : 0) + (w.effortDays !== null || w.vcpu !== null ? 1 : 0) + (w.owner ? 1 : 0);
}

export const INPUTS = 5;
