import { CUSTOMIZATIONS, ENVIRONMENTS, STRATEGIES, WORKLOAD_KINDS, labelOf } from '../domain/enums.js';
import { COMMITMENT_TERMS, SAAS_PRICING, type RateCard } from './rate-card.js';

// Every rate-card field with a human label, in one table: the rate card panel draws its
// inputs from it, the workbook lists the card with it, and an import of a price-list
// sheet maps its rows onto these labels. A field added to RateCardSchema without a row
// here fails to compile (see `everyField` below).

export type RateGroup = 'run' | 'business-case' | 'strategy' | 'migration';
export const RATE_GROUP_LABELS: Record<RateGroup, string> = {
  run: 'Run costs',
  'business-case': 'Landing zone, connectivity, egress and tools',
  strategy: 'Repurchase, licences and commitments',
  migration: 'Migration',
};

/** How a figure reads: money a month, money once, a share shown as a percent, or a plain number. */
export type RateUnit = 'money-month' | 'money' | 'percent' | 'number';

type NumberKey = { [K in keyof RateCard]: RateCard[K] extends number ? K : never }[keyof RateCard];
type RecordKey = { [K in keyof RateCard]: RateCard[K] extends Record<string, number> ? K : never }[keyof RateCard];

export interface RateNumberField {
  key: Exclude<NumberKey, 'commitmentTerm'>;
  label: string;
  group: RateGroup;
  unit: RateUnit;
  max: number;
  help?: string;
}
export interface RateChoiceField {
  key: 'saasPricing' | 'commitmentTerm';
  label: string;
  group: RateGroup;
  options: readonly { value: string | number; label: string }[];
  help?: string;
}
export interface RateTableField {
  key: RecordKey;
  label: string;
  /** The label of one entry, e.g. "Effort days, database". */
  entryLabel(entry: string): string;
  entries: readonly string[];
  max: number;
  help?: string;
}

const M = 1_000_000;
export const RATE_NUMBER_FIELDS: readonly RateNumberField[] = [
  { key: 'vcpuMonth', label: 'vCPU, per month', group: 'run', unit: 'money-month', max: M },
  { key: 'memoryGbMonth', label: 'GB memory, per month', group: 'run', unit: 'money-month', max: M },
  { key: 'storageGbMonth', label: 'GB storage, per month', group: 'run', unit: 'money-month', max: M },
  { key: 'backupGbMonth', label: 'GB backup, per month', group: 'run', unit: 'money-month', max: M },
  {
    key: 'objectStorageGbMonth',
    label: 'GB object storage, per month',
    group: 'run',
    unit: 'money-month',
    max: M,
    help: 'The storage of object-storage and backup workloads, with no backup rate on top.',
  },
  { key: 'platformShareMonth', label: 'Platform share, per hosted workload', group: 'run', unit: 'money-month', max: M, help: 'Each hosted workload’s part of the shared runtime platform.' },
  { key: 'dedicatedDatabaseBaseMonth', label: 'Dedicated database premium', group: 'run', unit: 'money-month', max: M, help: 'On top of the platform share, per system, tenant and environment.' },
  {
    key: 'dedicatedEnvironmentBaseMonth',
    label: 'Dedicated environment premium',
    group: 'run',
    unit: 'money-month',
    max: M,
    help: 'On top of the platform share, per system, tenant and environment.',
  },
  { key: 'nonProductionDiscount', label: 'Non-production discount', group: 'run', unit: 'percent', max: 1 },
  { key: 'rightSizingHeadroom', label: 'Right-sizing headroom', group: 'run', unit: 'percent', max: 3, help: 'Above the measured peak CPU and memory, where the inventory records it.' },
  { key: 'supportShare', label: 'Provider support, share of hosting', group: 'run', unit: 'percent', max: 1 },
  {
    key: 'landingZoneOneTime',
    label: 'Landing zone and platform, one-time',
    group: 'business-case',
    unit: 'money',
    max: M,
    help: 'Hub network, policies, identity, logging: built before the first wave.',
  },
  { key: 'landingZoneMonth', label: 'Landing zone and platform, per month', group: 'business-case', unit: 'money-month', max: M },
  { key: 'connectivityOneTime', label: 'Connectivity set-up, per site', group: 'business-case', unit: 'money', max: M, help: 'VPN or private link from each current site.' },
  { key: 'connectivityMonth', label: 'Connectivity, per site per month', group: 'business-case', unit: 'money-month', max: M, help: 'Kept after the plan only where something stays on the site.' },
  { key: 'egressGbMonthPerLink', label: 'Egress GB a month, per link to on premises', group: 'business-case', unit: 'number', max: M },
  { key: 'egressPerGb', label: 'Egress, per GB', group: 'business-case', unit: 'money', max: M },
  { key: 'toolsPerWorkload', label: 'Migration tools, per moving workload', group: 'business-case', unit: 'money', max: M },
  { key: 'toolsMonth', label: 'Programme tools, per month of the plan', group: 'business-case', unit: 'money-month', max: M },
  { key: 'saasTenantMonth', label: 'Subscription, per system and tenant per month', group: 'strategy', unit: 'money-month', max: M },
  { key: 'saasUserMonth', label: 'Subscription, per user per month', group: 'strategy', unit: 'money-month', max: M },
  { key: 'licencePerVcpuMonth', label: 'Licence included, per vCPU per month', group: 'strategy', unit: 'money-month', max: M, help: 'Bring-your-own and open-source workloads pay nothing more.' },
  { key: 'commitment1YearDiscount', label: '1-year commitment discount', group: 'strategy', unit: 'percent', max: 1 },
  { key: 'commitment3YearDiscount', label: '3-year commitment discount', group: 'strategy', unit: 'percent', max: 1 },
  { key: 'committedShare', label: 'Committed share of production compute', group: 'strategy', unit: 'percent', max: 1 },
  { key: 'effortDayRate', label: 'Effort day rate', group: 'migration', unit: 'money', max: 100_000 },
  { key: 'effortDaysPer500Gb', label: 'Extra effort days per 500 GB', group: 'migration', unit: 'number', max: 1000 },
  { key: 'effortDaysPer1000Users', label: 'Extra effort days per 1,000 users', group: 'migration', unit: 'number', max: 1000 },
  { key: 'effortUserDaysCap', label: 'At most this many user days', group: 'migration', unit: 'number', max: 1000, help: 'Past it, more users means more communication, not more migration work.' },
  { key: 'effortDaysPerLink', label: 'Extra effort days per dependency link', group: 'migration', unit: 'number', max: 100 },
  { key: 'rehearsalShare', label: 'Rehearsal, share of effort', group: 'migration', unit: 'percent', max: 5 },
  { key: 'parallelRunWeeks', label: 'Parallel run (weeks)', group: 'migration', unit: 'number', max: 52, help: 'The old hosting is kept this long after a cutover, as the fallback.' },
  { key: 'hypercareWeeks', label: 'Hypercare (weeks)', group: 'migration', unit: 'number', max: 52 },
  { key: 'hypercareDaysPerWeek', label: 'Hypercare days per workload per week', group: 'migration', unit: 'number', max: 7 },
  { key: 'contingency', label: 'Contingency', group: 'migration', unit: 'percent', max: 1 },
];

export const RATE_CHOICE_FIELDS: readonly RateChoiceField[] = [
  { key: 'saasPricing', label: 'Subscription priced', group: 'strategy', options: SAAS_PRICING.map((p) => ({ value: p, label: p === 'per-tenant' ? 'Per system and tenant' : 'Per user' })) },
  {
    key: 'commitmentTerm',
    label: 'Commitment term',
    group: 'strategy',
    options: COMMITMENT_TERMS.map((t) => ({ value: t, label: t === 0 ? 'None (pay as you go)' : `${t} year${t === 1 ? '' : 's'}` })),
  },
];

export const RATE_TABLE_FIELDS: readonly RateTableField[] = [
  {
    key: 'effortDaysByKind',
    label: 'Effort days by kind',
    entryLabel: (e) => `Effort days, ${labelOf(e).toLowerCase()}`,
    entries: WORKLOAD_KINDS,
    max: 1000,
    help: 'For a workload with no effort recorded, before the other factors.',
  },
  { key: 'strategyFactor', label: 'Strategy factors', entryLabel: (e) => `Strategy factor, ${labelOf(e).toLowerCase()}`, entries: STRATEGIES, max: 20 },
  { key: 'customizationFactor', label: 'Customization factors', entryLabel: (e) => `Customization factor, ${labelOf(e).toLowerCase()}`, entries: CUSTOMIZATIONS, max: 20 },
  {
    key: 'environmentFactor',
    label: 'Environment factors',
    entryLabel: (e) => `Environment factor, ${labelOf(e).toLowerCase()}`,
    entries: ENVIRONMENTS,
    max: 20,
    help: 'Times the whole estimate: a copy of production is less work.',
  },
];

/** The label of the number at a path of the card ("vcpuMonth", "effortDaysByKind.database"): one name for it everywhere. */
export function rateLabel(path: string): string {
  const [key, entry] = path.split('.');
  const table = RATE_TABLE_FIELDS.find((f) => f.key === key);
  if (table && entry !== undefined) return table.entryLabel(entry);
  const field = RATE_NUMBER_FIELDS.find((f) => f.key === key);
  if (!field) throw new Error(`The rate card has no number at ${path}`);
  return field.label;
}

// Every field of the card has a row above, or this fails to compile.
type Listed = RateNumberField['key'] | RateChoiceField['key'] | RateTableField['key'] | 'currency';
const everyField: Exclude<keyof RateCard, Listed> extends never ? true : false = true;
void everyField;
