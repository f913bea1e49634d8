import { explainCycle, type DependencyCycle } from '../graph/cycles.js';
import { finding, listNames, type Finding, type FindingContext, type FindingRule } from './finding.js';

// A dependency cycle forces its members into one move group (docs/domain-rules.md, "Findings"). Cycles are
// allowed; the finding says what they cost the plan and how to break one.

function cycleFinding(ctx: FindingContext, rule: string, cycle: DependencyCycle): Finding {
  const base = {
    rule,
    severity: 'medium' as const,
    // Getters: a large estate's cycle lists are built only if someone reads them.
    get workloadIds() {
      return cycle.members;
    },
    get dependencyIds() {
      return cycle.dependencyIds;
    },
  };
  return finding(base, () => ({
    title: `Dependency cycle: ${listNames(cycle.members.map(ctx.nameOf), 3)} must move together`,
    meaning: explainCycle(cycle, ctx.nameOf),
    action: 'Plan them in one wave with one cutover window, or break the loop: make one direction loose (through a queue or a batch file) so each side can run across the hybrid link for a while.',
  }));
}

export const cycleForcesMoveGroup: FindingRule = {
  id: 'cycle-forces-move-group',
  name: 'Dependency cycle forcing a move group',
  detect(ctx) {
    return ctx.cycles.map((cycle) => cycleFinding(ctx, this.id, cycle));
  },
};
