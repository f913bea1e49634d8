import { ESTATE_LINE_NAMES, type EstateLine } from './business-case.js';
import { completenessSentences, type Completeness } from './completeness.js';
import { n } from './explain.js';
import { formatMoney, formatRate } from './money.js';
import type { RateCard } from './rate-card.js';
import type { CostTotals } from './totals.js';
import { UNCERTAINTY, type Range } from './uncertainty.js';

// The business case's own figures in words: each estate line with its terms, and each
// headline with the sum it is and where its range comes from.

/** One estate line: what it counts, at which rate, during the plan and after it. */
export function explainLine(line: EstateLine, card: RateCard): string {
  const money = (x: number) => formatMoney(x, card.currency);
  const range = `Range × ${n(line.spread.low)} to × ${n(line.spread.high)} (${line.spread.why}).`;
  switch (line.id) {
    case 'landingZone':
      return line.count === 0
        ? 'Nothing is hosted in the cloud in a wave, so no landing zone is built.'
        : `Built once before the first wave: ${money(card.landingZoneOneTime)}; run from the first wave on: ${money(card.landingZoneMonth)} a month (hub network, policies, identity, logging; the shared runtime is in each workload’s platform share). ${range}`;
    case 'connectivity':
      return `A VPN or private link from each of the ${n(line.count)} current site${line.count === 1 ? '' : 's'} of hosted workloads: ${n(line.count)} × ${money(card.connectivityOneTime)} set-up = ${money(line.oneTime)}, and ${n(line.count)} × ${money(card.connectivityMonth)} = ${money(line.monthlyDuring)} a month during the plan; after the last cutover ${n(line.countAfter)} site${line.countAfter === 1 ? ' keeps' : 's keep'} one, where something stays = ${money(line.monthlyAfter)} a month. ${range}`;
    case 'egress':
      return `${n(line.count)} dependency link${line.count === 1 ? '' : 's'} between what moves and what stays on premises × ${n(card.egressGbMonthPerLink)} GB a month × ${formatRate(card.egressPerGb, card.currency)} a GB = ${money(line.monthlyAfter)} a month after the last cutover. ${range}`;
    case 'tools':
      return `Programme tooling (discovery, replication console, testing) at ${money(card.toolsMonth)} a month from the first wave to the last cutover; per-workload tool licences are in each workload’s one-time cost. ${range}`;
  }
}

export function lineName(line: EstateLine): string {
  return ESTATE_LINE_NAMES[line.id];
}

const rangeText = (r: Range, money: (x: number) => string) => `${money(r.low)} (low) / ${money(r.likely)} (likely) / ${money(r.high)} (high)`;

/** The one-time headline: workloads, retired workloads' decommissioning and the estate lines, with its range. */
export function explainOneTime(r: Range, planned: CostTotals, retired: CostTotals, lines: readonly EstateLine[], done: Completeness, card: RateCard): string {
  const money = (x: number) => formatMoney(x, card.currency);
  const lineParts = lines.filter((l) => l.oneTime > 0).map((l) => `${money(l.oneTime)} ${ESTATE_LINE_NAMES[l.id].toLowerCase()}`);
  return `${money(planned.oneTime)} for the ${n(planned.workloads)} planned workloads (${money(planned.effort)} effort + ${money(planned.rehearsal)} rehearsal + ${money(planned.hypercare)} hypercare + ${money(planned.tools)} tools + ${money(planned.contingency)} contingency)${retired.workloads ? ` + ${money(retired.oneTime)} decommissioning ${n(retired.workloads)} retired` : ''}${lineParts.length ? ` + ${lineParts.join(' + ')}` : ''} = ${money(r.likely)}. Range ${rangeText(r, money)}: effort × ${n(UNCERTAINTY.estimatedEffort.low)} to × ${n(UNCERTAINTY.estimatedEffort.high)} where estimated, × ${n(UNCERTAINTY.recordedEffort.low)} to × ${n(UNCERTAINTY.recordedEffort.high)} where recorded; platform lines × ${n(UNCERTAINTY.platform.low)} to × ${n(UNCERTAINTY.platform.high)}. Data: ${completenessSentences(done).join('; ')}.`;
}

/** The steady run-rate headline: planned workloads by pricing and the lines kept after the plan, with its range. */
export function explainRunAfter(r: Range, runBefore: number, planned: CostTotals, retired: CostTotals, lines: readonly EstateLine[], done: Completeness, card: RateCard): string {
  const money = (x: number) => formatMoney(x, card.currency);
  const kept = lines.filter((l) => l.monthlyAfter > 0).map((l) => `${money(l.monthlyAfter)} ${ESTATE_LINE_NAMES[l.id].toLowerCase()}`);
  const saving = runBefore - r.likely;
  return `${money(planned.runAfter)} for the ${n(planned.workloads)} planned workloads (of which ${money(planned.licence)} licences, ${money(planned.support)} support, ${money(planned.subscription)} subscriptions, after ${money(planned.commitment)} commitment discounts)${kept.length ? ` + ${kept.join(' + ')}` : ''} = ${money(r.likely)} a month. Range ${rangeText(r, money)}: sizes × ${n(UNCERTAINTY.measuredSize.low)}–${n(UNCERTAINTY.measuredSize.high)} where measured, × ${n(UNCERTAINTY.recordedSize.low)}–${n(UNCERTAINTY.recordedSize.high)} where recorded only, × ${n(UNCERTAINTY.imputedSize.low)}–${n(UNCERTAINTY.imputedSize.high)} where missing; egress × ${n(UNCERTAINTY.egress.low)}–${n(UNCERTAINTY.egress.high)}. Against ${money(runBefore)} a month today for the planned${retired.workloads ? ` and ${n(retired.workloads)} retired` : ''} workloads where recorded: ${saving >= 0 ? `${money(saving)} less` : `${money(-saving)} more`}. Data: ${completenessSentences(done).join('; ')}.`;
}
