import { restrictedOnMultiTenant, unclassifiedProduction, unmaskedRestrictedOutsideProduction } from './data-findings.js';
import type { FindingRule } from './finding.js';
import { readinessMissing } from './readiness-findings.js';
import { cycleForcesMoveGroup } from './structure-findings.js';
import { mixedTiersInEnvironment, promotionPathBroken, tierBelowRecommendation } from './tier-findings.js';

/** Every check, in the order the Findings view lists rules. The planner and rollback add theirs here. */
export const FINDING_RULES: readonly FindingRule[] = [
  restrictedOnMultiTenant,
  unmaskedRestrictedOutsideProduction,
  tierBelowRecommendation,
  mixedTiersInEnvironment,
  promotionPathBroken,
  cycleForcesMoveGroup,
  readinessMissing,
  unclassifiedProduction,
];
