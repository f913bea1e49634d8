import { holdsProductionData } from '../../shared/domain/production-data.js';
import type { Workload } from '../../shared/domain/workload.js';
import { isPlatform, optional, type PlanFacts, type Violation } from './plan-facts.js';

// The checks of what comes before what: the pilot and proving waves, foundation first,
// rehearsal order, and each workload's own dates.

/** The pilot (the wave whose phase is pilot, else wave 1) takes only low-risk work, unless pinned there or reported. */
export function pilotWave(f: PlanFacts): Violation[] {
  if (!f.settings.pilotWave) return [];
  const pilot = f.plan.waves.find((w) => w.phase === 'pilot') ?? f.plan.waves.find((w) => w.number === 1);
  if (!pilot) return [];
  return f
    .membersOf(pilot)
    .filter((w) => !f.pilotEligible(w) && !f.pinnedTo(w.id, pilot.number) && !f.reportedWorkloads.has(w.id))
    .map((w) => ({
      rule: 'pilot-wave' as const,
      wave: pilot.number,
      workloadIds: [w.id],
      dependencyIds: [],
      why: `${w.name} is in the pilot wave ${pilot.number} but is ${f.restricted(w) ? 'restricted' : `production of criticality ${w.criticality ?? 'unknown'}`}, and no plan issue names it.`,
    }));
}

/**
 * Proving waves: the first `provingWaves` waves numbered 1 or later THAT MOVE SOMETHING
 * (an empty wave proves nothing; the foundation wave 0 builds the landing zone and does
 * not prove the migration process, and nor does a wave of shared platform services only:
 * the proving waves count from the first wave of workloads). Critical work stays out of
 * them unless pinned there or a plan issue names it; the platform itself is exempt (it
 * is in place before anything, foundation first).
 */
export function provingWaves(f: PlanFacts): Violation[] {
  const proving = f
    .movingWaves()
    .filter((w) => w.number >= 1 && f.membersOf(w).some((m) => !isPlatform(m)))
    .slice(0, f.settings.provingWaves);
  const out: Violation[] = [];
  for (const wave of proving)
    for (const w of f.membersOf(wave)) {
      if (isPlatform(w)) continue;
      const reason = f.provingReason(w);
      if (reason && !f.pinnedTo(w.id, wave.number) && !f.reportedWorkloads.has(w.id))
        out.push({
          rule: 'proving-waves',
          wave: wave.number,
          workloadIds: [w.id],
          dependencyIds: [],
          why: `${w.name} (${reason}) moves in wave ${wave.number}, one of the first ${f.settings.provingWaves} waves that move something, and no plan issue says the rule gave way.`,
        });
    }
  return out;
}

/**
 * Foundation first (issue 16): a platform service (identity, ingress, monitoring, backup)
 * is in place before the first workload it serves lands: its wave is not later than the
 * earliest wave of any non-platform workload of its tenant linked to it, whichever way
 * the link points; a service with no such link serves its tenant's workloads of the same
 * kind of data (production or not). Production and non-production landing zones are
 * separate, so the production platform need not precede the first rehearsal. With the
 * foundation wave on, platform services are in wave 0 unless a plan issue names them
 * (capacity may push some out).
 */
export function foundationFirst(f: PlanFacts): Violation[] {
  const out: Violation[] = [];
  const linked = new Map<string, Set<string>>();
  const link = (a: string, b: string) => linked.set(a, (linked.get(a) ?? new Set()).add(b));
  for (const d of f.estate.dependencies) {
    link(d.consumerId, d.providerId);
    link(d.providerId, d.consumerId);
  }
  const moving = f.moving();
  for (const p of moving.filter(isPlatform)) {
    const at = f.waveOf(p.id);
    if (at === undefined || f.reportedWorkloads.has(p.id)) continue;
    if (f.settings.foundationWave && at !== 0) {
      out.push({
        rule: 'foundation-first',
        wave: at,
        workloadIds: [p.id],
        dependencyIds: [],
        why: `${p.name} is a platform service in wave ${at}, not the foundation wave 0, and no plan issue says why.`,
      });
      continue;
    }
    const near = [...(linked.get(p.id) ?? [])].map((id) => f.byId.get(id)).filter((w): w is Workload => w !== undefined && !isPlatform(w) && w.tenant === p.tenant);
    const served = near.length > 0 ? near : moving.filter((w) => !isPlatform(w) && w.tenant === p.tenant && holdsProductionData(w) === holdsProductionData(p));
    let first: Workload | undefined;
    for (const w of served) {
      const wave = f.waveOf(w.id);
      if (wave !== undefined && (first === undefined || wave < (f.waveOf(first.id) as number))) first = w;
    }
    if (first && (f.waveOf(first.id) as number) < at)
      out.push({
        rule: 'foundation-first',
        wave: at,
        workloadIds: [p.id, first.id],
        dependencyIds: [],
        why: `${p.name} is a platform service in wave ${at}, but ${first.name}, which it serves, lands in wave ${f.waveOf(first.id)}.`,
      });
  }
  return out;
}

/** Rehearsal order: each system's non-production (per tenant) moves in an earlier wave than its first production wave, unless reported. */
export function rehearsalOrder(f: PlanFacts): Violation[] {
  const systems = new Map<string, Workload[]>();
  for (const w of f.moving()) {
    if (!w.system) continue;
    const key = `${w.system}\u0000${w.tenant}`;
    systems.set(key, [...(systems.get(key) ?? []), w]);
  }
  const out: Violation[] = [];
  for (const members of systems.values()) {
    const productionWaves = members
      .filter(holdsProductionData)
      .map((w) => f.waveOf(w.id))
      .filter((x): x is number => x !== undefined);
    if (productionWaves.length === 0) continue;
    const first = Math.min(...productionWaves);
    // By date too: with waves in flight, a rehearsal numbered before its production can still cut over after that production has started.
    const firstStart = f.plan.waves.find((x) => x.number === first)?.start ?? '';
    const cutoverOf = (n: number) => f.plan.waves.find((x) => x.number === n)?.cutover ?? '';
    for (const w of members) {
      const wave = f.waveOf(w.id);
      if (holdsProductionData(w) || wave === undefined || f.reportedWorkloads.has(w.id)) continue;
      if (wave < first && cutoverOf(wave) < firstStart) continue;
      out.push({
        rule: 'rehearsal-order',
        wave,
        workloadIds: [w.id],
        dependencyIds: [],
        why: `${w.name} (${w.environment}) moves in wave ${wave}, not before its system's production (wave ${first}), and no plan issue says so.`,
      });
    }
  }
  return out;
}

interface Window {
  from: string;
  to: string;
  label?: string;
}

/**
 * A workload's own dates (fields being added: notBefore, notAfter, doneBy, blackouts):
 * its wave starts no earlier than notBefore; its cutover is no later than notAfter or
 * doneBy and outside its own blackout windows. Met, or named by a plan issue.
 */
export function workloadDates(f: PlanFacts): Violation[] {
  const out: Violation[] = [];
  const waves = new Map(f.plan.waves.map((w) => [w.number, w]));
  for (const w of f.moving()) {
    const wave = waves.get(f.waveOf(w.id) ?? -1);
    if (!wave || f.reportedWorkloads.has(w.id)) continue;
    const say = (why: string) => out.push({ rule: 'workload-dates', wave: wave.number, workloadIds: [w.id], dependencyIds: [], why: `${w.name} in wave ${wave.number}: ${why}` });
    const notBefore = optional<string>(w, 'notBefore');
    const notAfter = optional<string>(w, 'notAfter');
    const doneBy = optional<string>(w, 'doneBy');
    if (notBefore && wave.start < notBefore) say(`the wave starts ${wave.start}, before its not-before date ${notBefore}.`);
    if (notAfter && wave.cutover > notAfter) say(`the cutover ${wave.cutover} is after its not-after date ${notAfter}.`);
    if (doneBy && wave.cutover > doneBy) say(`the cutover ${wave.cutover} is after its done-by date ${doneBy}.`);
    for (const b of optional<Window[]>(w, 'blackouts') ?? [])
      if (wave.cutover >= b.from && wave.cutover <= b.to) say(`the cutover ${wave.cutover} falls in its own blackout ${b.label || ''} ${b.from} to ${b.to}.`);
  }
  return out;
}
