import type { Workload } from '../domain/workload.js';
import type { RateCard } from './rate-card.js';

// Effort days from what drives the work (docs/domain-rules.md, "Costs", "Effort"): the
// kind's days scaled by the strategy and by how customized the software is, plus days
// for its users (up to a cap), its integrations and its data, all scaled by its environment. Each
// term is kept, so the explanation shows the sum it came from.

export interface EffortTerms {
  /** Recorded in the inventory: the terms below are then all 0 and the factors 1. */
  recorded: boolean;
  kindDays: number;
  strategyFactor: number;
  customizationFactor: number;
  userDays: number;
  links: number;
  linkDays: number;
  dataDays: number;
  environmentFactor: number;
  days: number;
}

export const round = (n: number) => Math.round(n * 100) / 100;

/**
 * A workload's effort days. `links` is its count of dependencies, either way. `out`: terms
 * to write them into (the cost table reuses one for every workload); new ones when not given. Retired
 * workloads are estimated the same way (their strategy factor is the decommissioning
 * work); retained ones have a factor of 0.
 */
export function effortTerms(w: Workload, links: number, card: RateCard, out: EffortTerms = blankEffort()): EffortTerms {
  if (w.effortDays !== null) return fill(out, true, 0, 1, 1, 0, links, 0, 0, 1, w.effortDays);
  const kindDays = card.effortDaysByKind[w.kind] ?? 0;
  const strategyFactor = card.strategyFactor[w.strategy ?? 'rehost'] ?? 1;
  const customizationFactor = card.customizationFactor[w.customization ?? 'standard'] ?? 1;
  // A strategy that moves nothing (retain) has no user, link or data work either.
  const moves = strategyFactor > 0 ? 1 : 0;
  const userDays = round(moves * Math.min(card.effortUserDaysCap, ((w.users ?? 0) * card.effortDaysPer1000Users) / 1000));
  const linkDays = round(moves * links * card.effortDaysPerLink);
  const dataDays = round((moves * (w.databaseGb ?? 0) * card.effortDaysPer500Gb) / 500);
  const environmentFactor = card.environmentFactor[w.environment] ?? 1;
  const days = round((kindDays * strategyFactor * customizationFactor + userDays + linkDays + dataDays) * environmentFactor);
  return fill(out, false, kindDays, strategyFactor, customizationFactor, userDays, links, linkDays, dataDays, environmentFactor, days);
}

/** Terms to fill, in the order effortTerms writes them (so every workload's terms share one shape). */
export const blankEffort = (): EffortTerms => ({
  recorded: false,
  kindDays: 0,
  strategyFactor: 1,
  customizationFactor: 1,
  userDays: 0,
  links: 0,
  linkDays: 0,
  dataDays: 0,
  environmentFactor: 1,
  days: 0,
});

function fill(
  out: EffortTerms,
  recorded: boolean,
  kindDays: number,
  strategyFactor: number,
  customizationFactor: number,
  userDays: number,
  links: number,
  linkDays: number,
  dataDays: number,
  environmentFactor: number,
  days: number,
): EffortTerms {
  out.recorded = recorded;
  out.kindDays = kindDays;
  out.strategyFactor = strategyFactor;
  out.customizationFactor = customizationFactor;
  out.userDays = userDays;
  out.links = links;
  out.linkDays = linkDays;
  out.dataDays = dataDays;
  out.environmentFactor = environmentFactor;
  out.days = days;
  return out;
}
