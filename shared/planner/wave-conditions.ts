import { labelOf, type ReadinessCheck } from '../domain/enums.js';
import type { Workload } from '../domain/workload.js';
import { DATE_CONDITIONS } from './date-conditions.js';
import type { JoinReason } from './move-units.js';
import type { PlanIssueKind } from './plan-types.js';
import { rollbackFits } from './rollback-condition.js';
import type { PlanSettings } from './settings.js';
import { gateSentence, missingGates } from './unit-facts.js';
import { WordedBound, type PlacementContext, type WaveCondition, type WaveLoad } from './wave-condition-types.js';

export { rollbackRefusal } from './rollback-condition.js';
export type { Bound, ConditionCheck, EarliestBound, PlacementContext, WaveCondition, WaveLoad } from './wave-condition-types.js';

// The wave conditions (docs/domain-rules.md, "Waves"), as data, like the tier rules: each has an
// id, a name and a description an architect can read out, its check, and what gives
// way when it cannot hold. The scheduler runs the checks in this order; the wave
// cards' reasoning, the plan's issues ("What gave way"), the plan findings and the
// settings' help all take their words from here, so a condition is worded once.

const waves = (n: number) => (n === 1 ? 'wave' : `${n} waves`);

// The words of the earliest-wave checks, made only for the bound that wins (WordedBound).
const platformFirstWords = (_ctx: PlacementContext, _u: number, b: WordedBound) => `the shared platform services it lands on move first (wave ${b.at})`;
const providerFirstWords = (ctx: PlacementContext, u: number, b: WordedBound) => `${ctx.whatHolds(b.holder, u)} moves in wave ${b.wave}`;
/** `at`: the member whose system's rehearsal is latest; `count`: that rehearsal's wave. */
const rehearsalFirstWords = (ctx: PlacementContext, _u: number, b: WordedBound) =>
  `the non-production environments of ${ctx.units.workload(b.at).system} move first (wave ${b.count}), to rehearse its move`;
const provingWords = (_ctx: PlacementContext, _u: number, b: WordedBound) => `${b.reason} keeps it out of the first ${waves(b.count)} of workloads, until the process is proven`;

/**
 * The first wave that moves workloads: the first to start once the shared platform's last
 * wave has cut over (wave 0 with the foundation wave on, else the first waves), never
 * before wave 1. The pilot and the proving waves count from here.
 */
export const firstWorkloadWave = (ctx: Pick<PlacementContext, 'foundation' | 'calendar'>) => (ctx.foundation.lastWave < 0 ? 1 : Math.max(1, ctx.calendar.firstAfterCutoverOf(ctx.foundation.lastWave)));

const moveTogether = {
  id: 'move-together',
  name: 'What is coupled moves together',
  description: 'Workloads joined by a tight dependency, a shared move-group label (in any case) or a dependency cycle move in the same wave.',
  givesWay: 'The wave size gives way: a unit larger than a wave gets a wave of its own.',
  check: { stage: 'units', joins: { tight: 'a tight dependency', label: 'a shared move-group label', cycle: 'a dependency cycle' } },
  sentences: {
    /** The first line of a unit's reasoning. */
    joined: (names: string, reasons: Iterable<JoinReason>) => `${names} move together: ${joinWords(reasons)}.`,
  },
} as const satisfies WaveCondition;

const oneSystemEnvironment = {
  id: 'one-system-environment',
  name: 'One system, one environment, one tenant moves together',
  description: 'The workloads of one system in one environment for one tenant move in the same wave (the hospital’s and the clinics’ copies of a system move separately).',
  givesWay:
    'The wave size gives way: a group larger than a wave gets a wave of its own. Where moving a system all at once would leave its groups waiting for each other in a circle its dependencies do not ask for, it moves in more than one group, and the plan says so.',
  check: { stage: 'units', joins: { 'system-environment': 'one system in one environment' } },
  sentences: {
    apart: (system: string, environment: string, names: string) =>
      `${system} (${environment}) moves in more than one group (${names}): moved all at once, its workloads would wait for each other in a circle that their dependencies do not ask for.`,
  },
} as const satisfies WaveCondition;

const JOIN_WORDS: Record<JoinReason, string> = { ...moveTogether.check.joins, ...oneSystemEnvironment.check.joins };
const JOIN_KINDS = Object.keys(JOIN_WORDS) as JoinReason[];
const joinWordsOf = new Map<number, string>();

/**
 * "a tight dependency, one system in one environment": the kinds in the order given.
 * Every unit of more than one workload says it, and there are only a few orders of a
 * few kinds, so each is worded once (by a number that keeps the order).
 */
function joinWords(reasons: Iterable<JoinReason>): string {
  let code = 0;
  for (const r of reasons) code = code * (JOIN_KINDS.length + 1) + JOIN_KINDS.indexOf(r) + 1;
  let words = joinWordsOf.get(code);
  if (words === undefined) joinWordsOf.set(code, (words = [...reasons].map((r) => JOIN_WORDS[r]).join(', ')));
  return words;
}

const foundationFirst = {
  id: 'foundation-first',
  name: 'The shared platform first',
  description:
    'Shared platform services (identity and secrets, ingress, logging/SIEM and monitoring, backup) move before the first workload, whichever way their links point: a monitoring scraper or a backup agent that reads every database is still in place first. With the foundation wave on they form wave 0, otherwise the first wave; workloads start in the wave after. The pilot and proving waves do not hold them back.',
  givesWay:
    'Workloads that have not moved yet reach the platform across the connection between the data centre and the cloud until they follow. Wave 0 keeps its size: platform services beyond it move in the next waves, still before any workload.',
  check: {
    stage: 'earliest',
    earliest(ctx, u) {
      const last = ctx.foundation.lastWave;
      if (ctx.units.isPlatform(u) || last < 1) return undefined;
      return new WordedBound(firstWorkloadWave(ctx), -1, platformFirstWords, last);
    },
  },
  sentences: {
    platform: (names: string) => `${names}: shared platform, in place in the target before the workloads that land on it, so it moves first.`,
    hybridByDesign: (count: number, names: string) =>
      `Its links to ${count === 1 ? 'a workload' : `${count} workloads`} that move later (${names}) work across the data centre and the cloud until they follow.`,
  },
} as const satisfies WaveCondition;

const foundationWave = {
  id: 'foundation-wave',
  name: 'Wave 0 is the foundation',
  description: 'With the foundation wave on, wave 0 builds the landing zone (identity, segmentation, logging, backups, infrastructure as code) and moves only shared platform services.',
  givesWay: 'Nothing: a workload never goes in wave 0.',
  check: {
    stage: 'admits',
    admits: (ctx, wave, u) => wave !== 0 || ctx.units.isPlatform(u),
    refusal: () => 'wave 0 is the foundation, for shared platform services only',
  },
  sentences: {
    spilled: (names: string, last: number) => `The shared platform is larger than wave 0: ${names} move${last > 1 ? ' up to' : ''} in wave ${last}, still before any workload.`,
  },
} as const satisfies WaveCondition;

const providersFirst = {
  id: 'providers-first',
  name: 'Providers before consumers',
  description: 'A workload moves in the same wave as what it depends on, or later (or, with the consumers-first order, the other way round).',
  givesWay:
    'Where workloads that can work at a distance depend on each other in a circle, or a pin says otherwise, one side moves first and the two work across the data centre and the cloud until the other side follows.',
  check: {
    stage: 'earliest',
    earliest(ctx, u) {
      // The latest first, then its words once: this runs for every unit.
      let latest = -1;
      let wave = -1;
      const before = ctx.before[u];
      for (let k = 0; before && k < before.length; k++) {
        const p = before[k] as number;
        const at = ctx.waveOfUnit[p] as number;
        if (at > wave) {
          latest = p;
          wave = at;
        }
      }
      if (latest < 0) return undefined;
      return new WordedBound(wave, latest, providerFirstWords);
    },
  },
  sentences: {
    loopBroken: (link: string, loop: string) =>
      `${link} will work across the data centre and the cloud for a while: these depend on each other in a circle (${loop}), so one has to move first, and this connection is the cheapest one to stretch across the two.`,
  },
} as const satisfies WaveCondition;

const nonProductionFirst = {
  id: 'non-production-first',
  name: 'A system’s non-production before its production',
  description: 'Each system’s test, staging and other non-production environments move in an earlier wave than its production, so the move is rehearsed first.',
  givesWay: 'When a provider or a pin holds the non-production later, it moves after production, and the plan says so.',
  check: {
    stage: 'earliest',
    earliest(ctx, u) {
      if (ctx.units.isRehearsal(u) || ctx.units.isPlatform(u)) return undefined; // the platform is rehearsed in the foundation itself
      let at = -1; // the member whose system's rehearsal is latest
      let wave = -1;
      let unit = -1;
      const members = ctx.units.members(u);
      for (let k = 0; k < members.length; k++) {
        const i = members[k] as number;
        const system = ctx.units.systemOf(i);
        if (system < 0) continue; // no system, no environments to keep apart
        const known = ctx.rehearsalWaveOfSystem[system] as number;
        if (known > wave) {
          at = i;
          wave = known;
          unit = ctx.rehearsalUnitOfSystem[system] as number;
        }
      }
      if (wave < 0) return undefined;
      return new WordedBound(ctx.calendar.firstAfterCutoverOf(wave), unit, rehearsalFirstWords, at, wave);
    },
  },
  sentences: {
    movedLate: (w: Workload, wave: number, productionWave: number, more = 0) =>
      `${w.name} (${labelOf(w.environment).toLowerCase()})${more > 0 ? ` and ${more} more of its system's non-production` : ''} move${more > 0 ? '' : 's'} in wave ${wave}, which does not cut over before its system's production (wave ${productionWave}) starts: a provider or a pin held it later, so that production move is not rehearsed first.`,
  },
} as const satisfies WaveCondition;

const provingWaves = {
  id: 'proving-waves',
  name: 'Critical work after the proving waves',
  description:
    'Restricted data, criticality 1 or 2 and heavily customized production stay out of the first waves (the proving waves setting) until the migration process is proven; a heavily customized test or training copy is what a rehearsal is for.',
  givesWay:
    'Only waves that move something count. When too little low-risk work would leave a proving wave empty, the process counts as proven sooner, and the plan says so, naming the critical work that moves early.',
  check: {
    stage: 'earliest',
    earliest(ctx, u) {
      if (ctx.units.isPlatform(u)) return undefined; // the foundation comes before any proving
      const reason = ctx.units.provingReason[u];
      if (!reason) return undefined;
      const first = firstWorkloadWave(ctx);
      // After the last proving wave has cut over, not merely numbered after it (waves in flight overlap).
      const wave = ctx.provingCount > 0 ? ctx.calendar.firstAfterCutoverOf(first + ctx.provingCount - 1) : first;
      return new WordedBound(wave, -1, provingWords, -1, ctx.provingCount, reason);
    },
  },
  sentences: {
    provenEarly: (names: string, wave: number, moved: number, set: number) =>
      `Critical work moves before the process is fully tried: ${names} in wave ${wave}, after ${moved === 0 ? 'no trial wave' : moved === 1 ? 'one trial wave' : `${moved} trial waves`} rather than the ${set} asked for, because there is not enough low-risk work left to try the process on first.`,
  },
} as const satisfies WaveCondition;

const pilotWave = {
  id: 'pilot-wave',
  name: 'A low-risk pilot wave',
  description:
    'With the pilot wave on, the first wave of workloads (wave 1, or the one after the shared platform’s waves) takes only non-production or criticality 3-4 work, and nothing with restricted data.',
  givesWay: 'Work that may not go in the pilot moves in a later wave; only a pin can put it there. With no low-risk work at all there is no pilot, and the plan says so.',
  sentences: {
    noPilot: () => 'No workload is low-risk enough for a pilot (non-production, or criticality 3-4 without restricted data): the first wave is not a pilot.',
  },
  check: {
    stage: 'admits',
    admits: (ctx, wave, u) => !(ctx.pilot && wave === firstWorkloadWave(ctx) && !ctx.units.pilotEligible(u) && !ctx.units.isPlatform(u)),
    refusal: (ctx) => `wave ${firstWorkloadWave(ctx)} is the pilot, for non-production or low-criticality work only`,
  },
} as const satisfies WaveCondition;

const oneKindPerWave = {
  id: 'one-kind-per-wave',
  name: 'Production and non-production never in one wave',
  description: 'A wave moves either production or non-production, never both, so a production cutover is never mixed with test work.',
  givesWay: 'Only a pin: a unit pinned into a wave of the other kind stays there, and the plan says the wave mixes them.',
  check: {
    stage: 'admits',
    admits(ctx, wave, u) {
      const load = ctx.waves[wave];
      return wave === 0 || !load || load.count === 0 || load.production === ctx.units.isProduction(u);
    },
    refusal: (ctx, wave) => `wave ${wave} holds ${ctx.waves[wave]?.production ? 'production' : 'non-production'} work`,
  },
  sentences: {
    mixedByPin: (wave: number, names: string) => `Wave ${wave} mixes production and non-production: a pin put ${names} there.`,
  },
} as const satisfies WaveCondition;

/** A unit too big for any wave on its own (it then gets an empty wave). */
export const oversized = (ctx: Pick<PlacementContext, 'settings' | 'units'>, u: number) =>
  ctx.units.size(u) > ctx.settings.maxWorkloadsPerWave || (ctx.settings.maxEffortDaysPerWave !== null && (ctx.units.effort[u] as number) > ctx.settings.maxEffortDaysPerWave);

/** Whether adding the unit takes the wave over its workload or effort limit. */
export const overCapacity = (settings: PlanSettings, load: WaveLoad, size: number, effort: number) =>
  load.count + size > settings.maxWorkloadsPerWave || (settings.maxEffortDaysPerWave !== null && load.effort + effort > settings.maxEffortDaysPerWave);

const waveCapacity = {
  id: 'wave-capacity',
  name: 'No wave over its size',
  description: 'A wave moves at most the set number of workloads and, if set, effort days (estimated where none is recorded).',
  givesWay: 'A move unit larger than a wave gets a wave of its own; a pin may take a wave over its size.',
  check: {
    stage: 'admits',
    admits(ctx, wave, u) {
      const load = ctx.waves[wave];
      if (!load || load.count === 0) return true;
      return !oversized(ctx, u) && !overCapacity(ctx.settings, load, ctx.units.size(u), ctx.units.effort[u] as number);
    },
    refusal: (_ctx, wave) => `wave ${wave} is full`,
  },
  sentences: {
    oversizedUnit: (names: string, size: number, effort: number, wave: number) =>
      `${names} must move together but exceed a wave (${size} workloads, ${effort} effort days): they get wave ${wave} to themselves.`,
    overByPin: (wave: number, names: string) => `Wave ${wave} goes over its size because ${names} is pinned there.`,
  },
} as const satisfies WaveCondition;

const readinessGates = {
  id: 'readiness-gates',
  name: 'Readiness gates',
  description:
    'Restricted or mission-critical production moves only once backup restore, a performance baseline, identity federation and the runbook are proven. By default the plan schedules it and shows the open gates on its wave; the stricter setting holds it back, with everything that needs it.',
  givesWay: 'Nothing in the plan: a held-back workload waits, and so does what depends on it.',
  check: { stage: 'gate', missing: missingGates },
  sentences: {
    gap: (w: Workload, missing: readonly ReadinessCheck[]) => `${w.name}: ${gateSentence(missing)}`,
    heldBack: (gaps: readonly string[]) => `Held back by its readiness gates (${gaps.map((g) => `${g} not proven`).join('; ')}).`,
    waitsFor: (lead: string) => `Waits for ${lead}, which is held back.`,
  },
} as const satisfies WaveCondition;

const pins = {
  id: 'pins',
  name: 'The architect’s pins win',
  description: 'A workload the architect pins to a wave moves in that wave, with its whole move unit.',
  givesWay: 'Whatever the pin breaks: the plan names it (a dependency, the wave size, the production split). Pins that disagree within a unit: the latest wave is used.',
  check: { stage: 'pin' },
  sentences: {
    pinned: (wave: number) => `Pinned to wave ${wave} by the architect.`,
    zero: (names: string) => `${names} is pinned to wave 0, the foundation, which moves only shared platform services (with the foundation wave on): it moves in wave 1 instead.`,
    disagree: (names: string, pinned: readonly number[], used: number) => `${names} move together but are pinned to waves ${pinned.join(' and ')}; wave ${used} is used.`,
    againstBound: (names: string, pin: number, bound: string) => `${names} is pinned to wave ${pin}, before ${bound}: the pin wins over that rule.`,
  },
} as const satisfies WaveCondition;

const minimumSize = {
  id: 'minimum-size',
  name: 'Waves of a useful size',
  description: 'A wave should move at least the set number of workloads: a cutover window costs the same however little it moves. The last wave is exempt.',
  givesWay: 'A smaller wave is kept where the other conditions put it, and listed in the plan’s findings.',
  check: { stage: 'report' },
  sentences: {
    under: (wave: number, count: number, minimum: number) => `Wave ${wave} moves ${count} of the ${minimum} workloads a wave should hold at least: the conditions leave nothing else ready for it.`,
  },
} as const satisfies WaveCondition;

/** The conditions by name, with their sentence builders, for the planner's modules. */
export const WAVE_CONDITION = {
  moveTogether,
  oneSystemEnvironment,
  foundationFirst,
  foundationWave,
  providersFirst,
  nonProductionFirst,
  provingWaves,
  pilotWave,
  oneKindPerWave,
  waveCapacity,
  rollbackFits,
  ...DATE_CONDITIONS,
  readinessGates,
  pins,
  minimumSize,
} as const;

/**
 * Every condition, in the order the planner applies them. The order is part of the
 * rule: of the earliest-wave checks, the one that sets the latest wave (the first, on a
 * tie) explains it; of the admits checks, the first that refuses a wave says why the
 * unit skipped it.
 */
export const WAVE_CONDITIONS: readonly WaveCondition[] = Object.values(WAVE_CONDITION);

/**
 * The plan's issues: each is a condition giving way (kind → the conditions it reports
 * on), with the name its finding goes by and what the architect can do about it.
 */
export const PLAN_ISSUES: Record<PlanIssueKind, { conditions: readonly string[]; name: string; action: string }> = {
  'oversized-unit': {
    conditions: [waveCapacity.id, moveTogether.id, oneSystemEnvironment.id],
    name: 'Move unit larger than a wave',
    action: 'Split the unit if you can (loosen a tight dependency, drop a shared label), or raise the wave size for this wave.',
  },
  'pin-against-dependency': {
    conditions: [pins.id, providersFirst.id, nonProductionFirst.id, provingWaves.id],
    name: 'Pin against a dependency',
    action: 'Move the pin to the provider’s wave or later, or pin the provider earlier; or accept that the two work across the data centre and the cloud until both have moved.',
  },
  'pin-over-capacity': { conditions: [pins.id, waveCapacity.id], name: 'Pin over a wave’s size', action: 'Move a pin to another wave, or raise the wave size.' },
  'pins-disagree': { conditions: [pins.id], name: 'Pins that disagree within a move unit', action: 'Pin the unit once: its members move together.' },
  'condition-gave-way': {
    conditions: [providersFirst.id, oneSystemEnvironment.id, nonProductionFirst.id, oneKindPerWave.id, provingWaves.id, pilotWave.id],
    name: 'Planning condition that gave way',
    action: 'Check the two sides can work across the data centre and the cloud for the time between their moves; if not, change the dependency or the pins so the order holds.',
  },
  'date-unmet': {
    conditions: [DATE_CONDITIONS.notBeforeDate.id, DATE_CONDITIONS.ownBlackouts.id, DATE_CONDITIONS.notAfterDate.id, DATE_CONDITIONS.doneByDate.id, pins.id],
    name: 'Workload date not met',
    action: 'Free the way for it: pin its providers earlier, raise the wave size, or move the date with the business; a pin that breaks a date can be moved.',
  },
  'rollback-split': {
    conditions: [rollbackFits.id],
    name: 'Wave split to fit its rollback',
    action:
      'Nothing to do if the extra wave suits the programme. To keep the work together, raise the parallel restores or the maintenance window (Rollback settings), or keep the source running after the cutover (the rate card’s parallel run) so its way back is a traffic switch or reverse replication, not a restore.',
  },
  'under-minimum': {
    conditions: [minimumSize.id],
    name: 'Wave below its minimum size',
    action: 'Pin more work into it, or lower the minimum: a cutover window costs the same however little it moves.',
  },
};

/** The conditions as the documentation lists them: name, what it means, what gives way. */
export function describeWaveConditions(): { id: string; name: string; description: string; givesWay: string }[] {
  return WAVE_CONDITIONS.map(({ id, name, description, givesWay }) => ({ id, name, description, givesWay }));
}
