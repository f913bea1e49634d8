import { labelOf } from '../domain/enums.js';
import type { Workload } from '../domain/workload.js';
import type { WorkloadCost } from './costs.js';
import { formatMoney, formatRate } from './money.js';
import { commitmentDiscount, type RateCard } from './rate-card.js';
import { storageRate } from './run-rate.js';
import { sizeSpread, UNCERTAINTY } from './uncertainty.js';

// How each figure was computed, in words, with every term and rate it came from; made
// only when someone opens it.

export const EXPLAINED = ['runBefore', 'runAfter', 'effort', 'rehearsal', 'hypercare', 'tools', 'contingency', 'oneTime', 'dualRunning'] as const;
export type ExplainedPart = (typeof EXPLAINED)[number];

export const PART_NAMES: Record<ExplainedPart, string> = {
  runBefore: 'Run rate before',
  runAfter: 'Run rate after',
  effort: 'Migration effort',
  rehearsal: 'Rehearsal',
  hypercare: 'Hypercare',
  tools: 'Migration tools',
  contingency: 'Contingency',
  oneTime: 'One-time cost',
  dualRunning: 'Dual running',
};

export const n = (x: number) => x.toLocaleString('en', { maximumFractionDigits: 2 });
const pct = (x: number) => `${n(Math.round(x * 1000) / 10)}%`;
const plural = (k: number, word: string) => `${n(k)} ${word}${k === 1 ? '' : 's'}`;

/** The effort days as the sum of their drivers. */
export function explainEffortDays(w: Workload, c: WorkloadCost, card: RateCard): string {
  const t = c.effortTerms;
  if (t.recorded) return `${n(t.days)} days, as recorded`;
  const kind = labelOf(w.kind).toLowerCase();
  const base = `${n(t.kindDays)} days for ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} × ${n(t.strategyFactor)} for ${labelOf(w.strategy ?? 'rehost').toLowerCase()} × ${n(t.customizationFactor)} for ${labelOf(w.customization ?? 'standard').toLowerCase()}${w.customization === null ? ' (not recorded)' : ''}`;
  const extras = [
    t.userDays ? `${n(t.userDays)} for ${n(w.users ?? 0)} users${t.userDays === card.effortUserDaysCap ? ' (the cap)' : ''}` : '',
    t.linkDays ? `${n(t.linkDays)} for ${plural(t.links, 'dependency link')}` : '',
    t.dataDays ? `${n(t.dataDays)} for ${n(w.databaseGb ?? 0)} GB of data` : '',
  ].filter(Boolean);
  const sum = extras.length ? `(${base} + ${extras.join(' + ')})` : base;
  return `${t.environmentFactor !== 1 ? `${sum} × ${n(t.environmentFactor)} for ${labelOf(w.environment).toLowerCase()}` : sum} = ${n(t.days)} days`;
}

function explainRunAfter(w: Workload, c: WorkloadCost, card: RateCard, money: (x: number) => string): string {
  const r = c.run;
  if (r.pricing === 'retained') return `Retained: it keeps its current ${money(c.runAfter)} a month.`;
  if (r.pricing === 'retired') return `Retired: switched off once the last wave has cut over, saving ${c.runBefore === null ? 'its current cost (not recorded)' : `${money(c.runBefore)} a month`}.`;
  const range = ` Range ${money(c.runAfterLow)} to ${money(c.runAfterHigh)}`;
  if (r.pricing === 'subscription') {
    const how =
      card.saasPricing === 'per-user'
        ? `${n(r.subscriptionShare)} users × ${money(card.saasUserMonth)} a user${w.users === null ? ' (users not recorded: counted as 0)' : ''}`
        : `${money(card.saasTenantMonth)} a month for ${w.system || 'its system'}${w.tenant ? ` for ${w.tenant}` : ''}${r.subscriptionShare > 1 ? ` ÷ ${r.subscriptionShare} repurchased workloads sharing it` : ''}`;
    return `Repurchased as a subscription: ${how} = ${money(c.runAfter)} a month; no hosting, licence or support on top (the vendor's price includes them).${range} (${UNCERTAINTY.subscription.why}).`;
  }
  const sizeWord = r.sizeSource === 'imputed' ? ' (a size missing: its kind’s median)' : '';
  const cpuWhy = w.cpuUtilisationPct !== null && w.vcpu !== null ? ` (right-sized from ${n(w.vcpu)} at a ${pct(w.cpuUtilisationPct / 100)} peak + ${pct(card.rightSizingHeadroom)} headroom)` : '';
  const memWhy = w.memoryUtilisationPct !== null && w.memoryGb !== null ? ` (right-sized from ${n(w.memoryGb)} GB at a ${pct(w.memoryUtilisationPct / 100)} peak)` : '';
  const terms = [
    `compute ${n(r.vcpu)} vCPU × ${money(card.vcpuMonth)}${cpuWhy} + ${n(r.memoryGb)} GB memory × ${money(card.memoryGbMonth)}${memWhy} = ${money(r.compute)}${sizeWord}`,
    r.commitment ? `− ${money(r.commitment)} ${card.commitmentTerm}-year commitment (${pct(commitmentDiscount(card))} off ${pct(card.committedShare)} of it)` : '',
    `+ storage ${n(r.storageGb)} GB × ${formatRate(storageRate(w, card), card.currency)}${w.kind === 'object-storage' || w.kind === 'backup' ? ' (object storage)' : ' with backup'} = ${money(r.storage)}`,
    `+ ${money(r.platformShare)} platform share`,
    r.isolationPremium
      ? `+ ${money(r.isolationPremium)} isolation premium (the ${labelOf(c.tier).toLowerCase()} premium shared by ${plural(r.groupSize, 'workload')} of ${w.system || 'its system'}${w.tenant ? ` for ${w.tenant}` : ''} in ${labelOf(w.environment).toLowerCase()}: what it costs over multi-tenant)`
      : '',
  ].filter(Boolean);
  const discount = r.discount ? `, × ${n(1 - r.discount)} for non-production` : '';
  const licence =
    w.licensing === 'byol' || w.licensing === 'open-source'
      ? ` Licence: ${labelOf(w.licensing).toLowerCase()}, nothing more to pay.`
      : ` + licence ${n(r.vcpu)} vCPU × ${money(card.licencePerVcpuMonth)} = ${money(r.licence)}${w.licensing === null ? ' (licensing not recorded: priced as included)' : ''}.`;
  return `(${terms.join(' ')})${discount}.${licence} + ${pct(card.supportShare)} provider support = ${money(r.support)}. Total ${money(c.runAfter)} a month.${range} (${sizeSpread(r.sizeSource).why}).`;
}

/** One workload's figure, with the terms and the card's rates it came from. */
export function explainCost(w: Workload, c: WorkloadCost, part: ExplainedPart, card: RateCard): string {
  const money = (x: number) => formatMoney(x, card.currency);
  const retired = c.run.pricing === 'retired';
  if (part === 'runBefore')
    return c.runBefore === null ? 'Not recorded: add the current monthly cost in the inventory to count it in the payback.' : `${money(c.runBefore)} a month, as recorded in the inventory.`;
  if (part === 'runAfter') return explainRunAfter(w, c, card, money);
  if (!c.moving && !(retired && (part === 'effort' || part === 'contingency' || part === 'oneTime')))
    return `${labelOf(w.strategy ?? 'retire')}: ${retired ? 'decommissioning has no such cost' : 'it does not move, so nothing is spent on it'}.`;
  const effortWhy = c.effortTerms.recorded ? UNCERTAINTY.recordedEffort : UNCERTAINTY.estimatedEffort;
  switch (part) {
    case 'effort':
      return `${retired ? 'Decommissioning: ' : ''}${explainEffortDays(w, c, card)} × ${money(card.effortDayRate)} a day = ${money(c.effort)}.`;
    case 'rehearsal':
      return `${pct(card.rehearsalShare)} of the ${money(c.effort)} effort, for rehearsing the cutover = ${money(c.rehearsal)}.`;
    case 'hypercare':
      return `${n(card.hypercareWeeks)} weeks × ${n(card.hypercareDaysPerWeek)} support days a week = ${n(c.hypercareDays)} days × ${money(card.effortDayRate)} = ${money(c.hypercare)}.`;
    case 'tools':
      return `Migration and replication tool licences: ${money(card.toolsPerWorkload)} per moving workload.`;
    case 'contingency':
      return `${pct(card.contingency)} of effort, rehearsal and hypercare (${money(c.effort + c.rehearsal + c.hypercare)}) = ${money(c.contingency)}.`;
    case 'oneTime':
      return `${money(c.effort)} effort + ${money(c.rehearsal)} rehearsal + ${money(c.hypercare)} hypercare + ${money(c.tools)} tools + ${money(c.contingency)} contingency = ${money(c.oneTime)}. Range ${money(c.oneTimeLow)} to ${money(c.oneTimeHigh)}: effort and rehearsal × ${n(effortWhy.low)} to × ${n(effortWhy.high)} (${effortWhy.why}).`;
    case 'dualRunning':
      if (c.wave === null) return 'Not in a wave yet: no overlap to pay for.';
      return `The new hosting for the ${c.overlapDays} days from wave ${c.wave}'s start to its cutover (${money(c.runAfter)} a month) + the old hosting kept ${n(card.parallelRunWeeks)} weeks after it as the fallback (${c.runBefore === null ? 'current cost not recorded, counted as 0' : `${money(c.runBefore)} a month`}) = ${money(c.dualRunning)}.`;
  }
}

/** A total's figure: what it sums and its largest contributions. */
export function explainTotal(scope: string, part: ExplainedPart, costs: readonly WorkloadCost[], nameOf: (id: string) => string, card: RateCard): string {
  const money = (x: number) => formatMoney(x, card.currency);
  const counted = part === 'runBefore' ? costs.filter((c) => c.runBefore !== null) : costs;
  const value = (c: WorkloadCost) => (part === 'runBefore' ? (c.runBefore ?? 0) : c[part]);
  const total = counted.reduce((sum, c) => sum + value(c), 0);
  const largest = [...counted]
    .filter((c) => value(c) > 0)
    .sort((a, b) => value(b) - value(a))
    .slice(0, 3);
  const rest = counted.filter((c) => value(c) > 0).length - largest.length;
  const unknown = part === 'runBefore' && counted.length < costs.length ? ` ${costs.length - counted.length} have no current cost recorded.` : '';
  if (largest.length === 0) return `${PART_NAMES[part]} of ${scope}: nothing across its ${costs.length} workloads.${unknown}`;
  return `${PART_NAMES[part]} of ${scope}: the sum over its ${counted.length.toLocaleString('en')} workloads = ${money(total)}. Largest: ${largest.map((c) => `${nameOf(c.workloadId)} ${money(value(c))}`).join(', ')}${rest > 0 ? ` and ${rest.toLocaleString('en')} more` : ''}.${unknown}`;
}
