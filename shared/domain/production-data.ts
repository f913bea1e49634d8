/**
 * Whether a workload holds real data: production, and the DR copy of production (its
 * data is production's). The tier rules, the masking rule of sensitivity, the findings,
 * the planner and the costs all ask this one question (docs/domain-rules.md, "Domain model").
 */
export function holdsProductionData(w: { environment: string }): boolean {
  return w.environment === 'production' || w.environment === 'dr';
}
