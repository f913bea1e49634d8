import { holdsProductionData } from '../../shared/domain/production-data.js';
import { staysPut } from '../../shared/domain/moving.js';
import type { Workload } from '../../shared/domain/workload.js';
import { effortDays, isPlatform, type PlanFacts, type Violation } from './plan-facts.js';

// The checks of who is in which wave: membership, what moves together, providers first,
// wave sizes and one kind of work per wave.

export function membership(f: PlanFacts): Violation[] {
  const out: Violation[] = [];
  for (const w of f.estate.workloads) {
    const times = f.timesPlaced.get(w.id) ?? 0;
    const held = f.heldBack.has(w.id);
    if (staysPut(w)) {
      if (times > 0 || held)
        out.push({ rule: 'not-migrating', wave: f.waveOf(w.id) ?? null, workloadIds: [w.id], dependencyIds: [], why: `${w.name} is ${w.strategy} but the plan moves or holds it.` });
      continue;
    }
    const count = times + (held ? 1 : 0);
    if (count !== 1)
      out.push({ rule: 'membership', wave: f.waveOf(w.id) ?? null, workloadIds: [w.id], dependencyIds: [], why: `${w.name} is in ${times} waves${held ? ' and held back' : ''}, not exactly one.` });
    const said = f.plan.waveOf.get(w.id);
    const wave = f.waveOf(w.id);
    if (wave !== undefined && said !== wave) out.push({ rule: 'membership', wave, workloadIds: [w.id], dependencyIds: [], why: `${w.name} is in wave ${wave} but the plan's waveOf says ${said}.` });
  }
  for (const id of f.timesPlaced.keys())
    if (!f.byId.has(id)) out.push({ rule: 'membership', wave: f.waveOf(id) ?? null, workloadIds: [id], dependencyIds: [], why: `${id} is in a wave but not in the estate.` });
  return out;
}

/** Tight links, shared move-group labels (trimmed, any case) and real dependency cycles in one wave. */
export function moveTogether(f: PlanFacts): Violation[] {
  const out: Violation[] = [];
  const apart = (ids: string[], why: string, dependencyIds: string[] = []) => {
    const places = new Set(ids.map((id) => f.placeOf.get(id)).filter((p) => p !== undefined));
    if (places.size > 1)
      out.push({
        rule: 'move-together',
        wave: null,
        workloadIds: ids,
        dependencyIds,
        why: `${why}, yet they are in ${[...places].map((p) => (p === 'held' ? 'held back' : `wave ${p}`)).join(' and ')}.`,
      });
  };
  const moves = (id: string) => {
    const w = f.byId.get(id);
    return w !== undefined && !staysPut(w);
  };
  for (const d of f.estate.dependencies)
    if (d.coupling === 'tight' && moves(d.consumerId) && moves(d.providerId)) apart([d.consumerId, d.providerId], `${f.nameOf(d.consumerId)} and ${f.nameOf(d.providerId)} are tightly linked`, [d.id]);
  const byLabel = new Map<string, string[]>();
  for (const w of f.moving()) {
    const key = w.moveGroup.trim().toLowerCase();
    if (key) byLabel.set(key, [...(byLabel.get(key) ?? []), w.id]);
  }
  for (const [label, ids] of byLabel) apart(ids, `${ids.length} workloads share the move group "${label}"`);
  for (const c of f.cycles) {
    const ids = c.members.filter(moves);
    apart(ids, `${ids.map((id) => f.nameOf(id)).join(', ')} form a dependency cycle`);
  }
  return out;
}

/**
 * Providers first (or consumers first): the end that must come first is not in a later
 * wave than the other. Exempt: a pair on a real cycle (it moves together, checked
 * above), a dependency a plan issue names, and a link between a platform service and a
 * workload where the platform end comes first (foundation first wins: a monitoring
 * scraper or backup agent "consumes" what it serves yet is in place before it).
 */
export function providersFirst(f: PlanFacts): Violation[] {
  const out: Violation[] = [];
  const consumersFirst = f.settings.order === 'consumers-first';
  for (const d of f.estate.dependencies) {
    const consumer = f.byId.get(d.consumerId);
    const provider = f.byId.get(d.providerId);
    if (!consumer || !provider || staysPut(consumer) || staysPut(provider)) continue;
    if (f.reportedDependencies.has(d.id)) continue;
    const cycle = f.cycleOf.get(consumer.id);
    if (cycle !== undefined && cycle === f.cycleOf.get(provider.id)) continue;
    const [first, second] = consumersFirst ? [consumer, provider] : [provider, consumer];
    const a = f.placeOf.get(first.id);
    const b = f.placeOf.get(second.id);
    if (a === undefined || b === undefined || b === 'held') continue;
    if (a === 'held') {
      out.push({
        rule: 'providers-first',
        wave: b,
        workloadIds: [second.id, first.id],
        dependencyIds: [d.id],
        why: `${second.name} moves in wave ${b} but ${first.name}, which must move first, is held back.`,
      });
      continue;
    }
    if (a <= b) continue;
    if (isPlatform(first) !== isPlatform(second) && isPlatform(second)) continue;
    out.push({
      rule: 'providers-first',
      wave: b,
      workloadIds: [second.id, first.id],
      dependencyIds: [d.id],
      why: `${second.name} (wave ${b}) ${consumersFirst ? 'is depended on by' : 'depends on'} ${first.name} (wave ${a}) over ${d.coupling} ${d.kind} link ${d.id}, which lies on no dependency cycle, and no plan issue names it.`,
    });
  }
  return out;
}

/** Wave sizes: the workload and effort caps, except a wave of one unit (oversized) or one a capacity issue names. */
export function waveCapacity(f: PlanFacts): Violation[] {
  const out: Violation[] = [];
  const { maxWorkloadsPerWave, maxEffortDaysPerWave } = f.settings;
  for (const wave of f.movingWaves()) {
    const members = f.membersOf(wave);
    if (wave.units.length <= 1 || members.some((w) => f.reportedWith(w.id, /oversized|capacity|pin/))) continue;
    if (members.length > maxWorkloadsPerWave)
      out.push({
        rule: 'wave-capacity',
        wave: wave.number,
        workloadIds: [],
        dependencyIds: [],
        why: `Wave ${wave.number} moves ${members.length} workloads in ${wave.units.length} units; the cap is ${maxWorkloadsPerWave}.`,
      });
    const effort = members.reduce((sum, w) => sum + effortDays(w), 0);
    if (maxEffortDaysPerWave !== null && effort > maxEffortDaysPerWave)
      out.push({ rule: 'wave-capacity', wave: wave.number, workloadIds: [], dependencyIds: [], why: `Wave ${wave.number} takes ${effort} effort days; the cap is ${maxEffortDaysPerWave}.` });
  }
  return out;
}

/**
 * One kind of work per wave: production (and DR) or non-production, never both. Platform
 * services are left out of the count: building the landing zone for both is one job.
 */
export function oneKindPerWave(f: PlanFacts): Violation[] {
  const out: Violation[] = [];
  for (const wave of f.movingWaves()) {
    const members = f.membersOf(wave).filter((w) => !isPlatform(w));
    const production = members.filter(holdsProductionData);
    const other = members.filter((w) => !holdsProductionData(w));
    if (production.length === 0 || other.length === 0) continue;
    const minority: Workload[] = production.length <= other.length ? production : other;
    if (minority.every((w) => f.reportedWorkloads.has(w.id))) continue;
    out.push({
      rule: 'one-kind-per-wave',
      wave: wave.number,
      workloadIds: minority.map((w) => w.id),
      dependencyIds: [],
      why: `Wave ${wave.number} mixes ${production.length} production and ${other.length} non-production workloads (e.g. ${minority[0]?.name}) and no plan issue says why.`,
    });
  }
  return out;
}
