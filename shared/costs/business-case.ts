import type { EstateIndex } from '../domain/estate-index.js';
import type { Workload } from '../domain/workload.js';
import { asTable, HOSTED, NO_WAVE, RETAINED, type CostTable } from './cost-table.js';
import type { WorkloadCost } from './costs.js';
import type { RateCard } from './rate-card.js';
import { UNCERTAINTY, type Spread } from './uncertainty.js';

// The lines of the business case that belong to no one workload (docs/domain-rules.md,
// "Costs", "Business case lines"): the landing zone and shared platform, connectivity
// from each current site, egress to what stays on premises, and the programme's tools.
// Each says what it counts, so the explanation can show its terms.

export const ESTATE_LINES = ['landingZone', 'connectivity', 'egress', 'tools'] as const;
export type EstateLineId = (typeof ESTATE_LINES)[number];

export const ESTATE_LINE_NAMES: Record<EstateLineId, string> = {
  landingZone: 'Landing zone and platform',
  connectivity: 'Connectivity',
  egress: 'Egress',
  tools: 'Programme tools',
};

export interface EstateLine {
  id: EstateLineId;
  oneTime: number;
  /** Per month from the first wave's start to the last cutover. */
  monthlyDuring: number;
  /** Per month after the last cutover. */
  monthlyAfter: number;
  /** What it counts: sites, sites kept, links (0 where a line counts nothing). */
  count: number;
  countAfter: number;
  spread: Spread;
}

const round = (n: number) => Math.round(n * 100) / 100;
const siteOf = (w: Workload) => w.currentHosting.trim() || 'its current site (not recorded)';

/** `costs` are in the order of `workloads`, and so is the index (the analysis's). */
export function estateLines(workloads: readonly Workload[], index: Pick<EstateIndex, 'consumer' | 'provider'>, costs: CostTable | readonly WorkloadCost[], card: RateCard): EstateLine[] {
  const t = asTable(costs);
  const sites = new Set<string>();
  const staysAt = new Set<string>();
  // By position: 1 moves to the cloud in a wave, 2 stays on premises (retained, or moving but not yet planned), 0 neither.
  const where = new Uint8Array(workloads.length);
  let hosted = 0;
  // Neighbours mostly share a site: the last one added to each set is not added again (a set lookup per workload was most of this pass).
  let lastStays: string | undefined;
  let lastSite: string | undefined;
  for (let i = 0; i < workloads.length; i++) {
    const w = workloads[i] as Workload;
    const pricing = t.pricing[i] as number;
    const moving = t.moving[i] === 1;
    if (pricing === RETAINED || (moving && t.wave[i] === NO_WAVE)) {
      where[i] = 2;
      if (w.currentHosting !== lastStays) staysAt.add(siteOf(w));
      lastStays = w.currentHosting;
    } else if (moving) {
      where[i] = 1;
      if (pricing === HOSTED) {
        hosted++;
        if (w.currentHosting !== lastSite) sites.add(siteOf(w));
        lastSite = w.currentHosting;
      }
    }
  }
  let keptSites = 0;
  for (const s of sites) if (staysAt.has(s)) keptSites++;
  let crossing = 0;
  for (let j = 0; j < index.consumer.length; j++) {
    const c = index.consumer[j] as number;
    const p = index.provider[j] as number;
    if (c < 0 || p < 0) continue;
    const a = where[c] as number;
    const b = where[p] as number;
    if (a !== 0 && b !== 0 && a !== b) crossing++;
  }
  const lz = hosted > 0 ? 1 : 0;
  return [
    {
      id: 'landingZone',
      oneTime: lz * card.landingZoneOneTime,
      monthlyDuring: lz * card.landingZoneMonth,
      monthlyAfter: lz * card.landingZoneMonth,
      count: lz,
      countAfter: lz,
      spread: UNCERTAINTY.platform,
    },
    {
      id: 'connectivity',
      oneTime: sites.size * card.connectivityOneTime,
      monthlyDuring: sites.size * card.connectivityMonth,
      monthlyAfter: keptSites * card.connectivityMonth,
      count: sites.size,
      countAfter: keptSites,
      spread: UNCERTAINTY.platform,
    },
    { id: 'egress', oneTime: 0, monthlyDuring: 0, monthlyAfter: round(crossing * card.egressGbMonthPerLink * card.egressPerGb), count: crossing, countAfter: crossing, spread: UNCERTAINTY.egress },
    { id: 'tools', oneTime: 0, monthlyDuring: lz * card.toolsMonth, monthlyAfter: 0, count: lz, countAfter: 0, spread: UNCERTAINTY.platform },
  ];
}
