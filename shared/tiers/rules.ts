import type { Tier } from '../domain/enums.js';
import { holdsProductionData } from '../domain/production-data.js';
import type { TierFacts } from './tier-facts.js';

// The tier rules (docs/domain-rules.md, "Tiers"), as data. The recommendation is
// the strongest tier any rule asks for, and every rule that fired is shown, so the
// architect can say why in front of the client. Adding a rule is one entry here and
// a test in test/unit/shared/tiers. Wording follows docs/domain-rules.md, "Vocabulary".

export interface TierRule {
  id: string;
  /** The condition in words, as the rules reference lists it. */
  condition: string;
  tier: Tier;
  applies(facts: TierFacts): boolean;
  /** The sentence shown for a workload this rule fired on. */
  because(facts: TierFacts): string;
}

/** Integrations at or above this count make a production workload integration-heavy. */
export const INTEGRATION_HEAVY = 5;

const detail = (facts: TierFacts) => facts.sensitivityReason().replace(/^\w+: /, '');
const production = (facts: TierFacts) => (facts.workload.environment === 'dr' ? 'DR copy of production' : 'Production');

export const TIER_RULES: readonly TierRule[] = [
  {
    id: 'production-restricted',
    condition: 'Production (or its DR copy) with restricted data',
    tier: 'dedicated-environment',
    applies: (f) => f.productionData && f.level === 'restricted',
    because: (f) => `${production(f)} with restricted data (${detail(f)}): isolate network, compute, storage and backups.`,
  },
  {
    id: 'production-unclassified',
    condition: 'Production (or its DR copy) with no data classes recorded: treated as restricted until classified',
    tier: 'dedicated-environment',
    applies: (f) => f.unclassifiedAsRestricted && f.productionData && f.level === 'unclassified',
    because: (f) =>
      `${production(f)} with no data classes recorded: in a healthcare estate, unknown data is treated as patient data until it is classified. Record what it holds to get the recommendation it really needs.`,
  },
  {
    id: 'production-data-residency',
    condition: 'Production with a data-residency obligation',
    tier: 'dedicated-environment',
    applies: (f) => f.productionData && f.workload.complianceTags.includes('data-residency'),
    because: (f) => `Data residency${f.workload.residencyRegion ? ` (${f.workload.residencyRegion})` : ''}: data, backups and logs must stay inside one auditable boundary.`,
  },
  {
    id: 'production-heavy-customization',
    condition: 'Production and heavily customized',
    tier: 'dedicated-environment',
    applies: (f) => f.productionData && f.workload.customization === 'heavily-customized',
    because: () => 'Heavily customized: its own modules need their own release, upgrade and testing cadence.',
  },
  {
    id: 'production-integration-heavy',
    condition: `Production with ${INTEGRATION_HEAVY} or more integrations to other systems`,
    tier: 'dedicated-environment',
    applies: (f) => f.productionData && f.integrations >= INTEGRATION_HEAVY,
    because: (f) => `Integration-heavy: ${f.integrations} integrations with other systems need their own network boundary and change control.`,
  },
  {
    id: 'production-confidential',
    condition: 'Production with confidential data',
    tier: 'dedicated-database',
    applies: (f) => f.productionData && f.level === 'confidential',
    because: (f) => `${production(f)} with confidential data (${detail(f)}): keep its data apart from other tenants.`,
  },
  {
    id: 'production-criticality-1',
    condition: 'Production and mission critical (criticality 1)',
    tier: 'dedicated-database',
    applies: (f) => f.productionData && f.workload.criticality === 1,
    because: () => 'Mission critical (criticality 1): a dedicated database avoids noisy neighbours and restores on its own.',
  },
  {
    id: 'nonproduction-unmasked-restricted',
    condition: 'Outside production, holding unmasked restricted data',
    tier: 'dedicated-database',
    applies: (f) => !holdsProductionData(f.workload) && !f.workload.masked && f.level === 'restricted',
    because: (f) => `Holds real restricted data outside production (${detail(f)}): treat its database like production until the data is masked.`,
  },
];

/** Shown when no rule fired. */
export const BASELINE_REASON = 'No rule asks for isolation: non-production, masked or low-sensitivity work can share a multi-tenant platform.';
