import type { Sensitivity } from '../domain/sensitivity.js';
import type { Workload } from '../domain/workload.js';
import { holdsProductionData } from '../domain/production-data.js';
import { isPlatformService } from '../domain/platform-service.js';
import type { MoveUnit } from './move-units.js';
import { effortDays, inputsKnown, pilotEligible, provingReason, riskPoints } from './unit-facts.js';
import { observes } from './link-cost.js';

// The move units with the facts the wave conditions read, worked out once per plan:
// typed arrays by unit number, and accessors that name a unit in sentences. The
// conditions and the scheduler read these instead of indexing the workload list.

/**
 * Each planned workload's system within its tenant (what "one system's environments"
 * means, condition 4) as a small number, -1 for none:
 * worked out once per plan, so the conditions compare numbers, not joined strings.
 */
export function systemIds(planned: readonly Workload[]): Int32Array {
  const ids = new Int32Array(planned.length).fill(-1);
  // System, then tenant: two lookups of the workload's own strings, no joined key to build and hash.
  const known = new Map<string, Map<string, number>>();
  let next = 0;
  planned.forEach((w, i) => {
    if (!w.system) return;
    let tenants = known.get(w.system);
    if (!tenants) known.set(w.system, (tenants = new Map()));
    let id = tenants.get(w.tenant);
    if (id === undefined) tenants.set(w.tenant, (id = next++));
    ids[i] = id;
  });
  return ids;
}

const NO_PINS: readonly number[] = Object.freeze([]);

export class UnitTable {
  readonly count: number;
  /** How many systems there are: system numbers (systemOf) run from 0 below this. */
  readonly systemCount: number;
  /** 1 where any member holds production data. */
  private readonly productionFlags: Uint8Array;
  /** Risk points and effort days, summed over the members. */
  readonly risk: Float64Array;
  readonly effort: Float64Array;
  /** 1 where every member may go in the pilot wave. */
  private readonly pilotFlags: Uint8Array;
  /** 1 where every member is a shared platform service (foundation first). */
  private readonly platformFlags: Uint8Array;
  /** 1 where no member is in production or DR: a rehearsal of its system's move, whatever data it holds. */
  private readonly rehearsalFlags: Uint8Array;
  /** By planned position: 1 where the workload is not in production or DR (it rehearses its system's move). */
  private readonly rehearsesAt: Uint8Array;
  /** How many of the planning inputs its members have filled in, summed (unit-facts.ts inputsKnown): the wave's confidence. */
  readonly inputsKnown: Int32Array;
  /** 1 where a member has a date limit of its own (not before, not after, done by, a blackout window). */
  private readonly datedFlags: Uint8Array;
  /** Each planned workload's name, by position: read while the members are (every unit's reasoning names a few). */
  private readonly nameAt: string[];
  /** By position: 1 for a monitoring or backup workload (link-cost.ts), whose links are the cheapest. */
  private readonly observesAt: Uint8Array;
  /** Why the unit waits for the proving waves (its first member with a reason), or undefined. */
  readonly provingReason: readonly (string | undefined)[];
  /** The waves its members are pinned to, without repeats. */
  readonly pinnedWaves: readonly (readonly number[])[];

  constructor(
    readonly units: readonly MoveUnit[],
    private readonly planned: readonly Workload[],
    private readonly levels: readonly Sensitivity[],
    /** From systemIds(planned); worked out here when not given. */
    private readonly systems: Int32Array = systemIds(planned),
  ) {
    const n = units.length;
    this.count = n;
    let systemCount = 0;
    for (let i = 0; i < systems.length; i++) if ((systems[i] as number) >= systemCount) systemCount = (systems[i] as number) + 1;
    this.systemCount = systemCount;
    this.productionFlags = new Uint8Array(n);
    this.risk = new Float64Array(n);
    this.effort = new Float64Array(n);
    this.pilotFlags = new Uint8Array(n);
    this.platformFlags = new Uint8Array(n);
    this.rehearsalFlags = new Uint8Array(n);
    this.rehearsesAt = new Uint8Array(planned.length);
    // Worked out here, where every member is read anyway: a pass of its own over the
    // workloads (for the wave's confidence, or for the few with dates) cost more than the sums.
    this.inputsKnown = new Int32Array(n);
    this.datedFlags = new Uint8Array(n);
    this.nameAt = new Array<string>(planned.length);
    this.observesAt = new Uint8Array(planned.length);
    const proving: (string | undefined)[] = [];
    const pins: (readonly number[])[] = [];
    units.forEach((unit, u) => {
      let production = false;
      let risk = 0;
      let effort = 0;
      let pilotOk = true;
      let platform = true;
      let rehearsal = true;
      let reason: string | undefined;
      let known = 0;
      let dated = false;
      let pinned: Set<number> | undefined; // most units have no pin: no set for them
      const members = unit.members;
      for (let k = 0; k < members.length; k++) {
        const i = members[k] as number;
        const w = this.workload(i);
        const level = this.level(i);
        production ||= holdsProductionData(w);
        risk += riskPoints(w, level);
        effort += effortDays(w);
        pilotOk &&= pilotEligible(w, level);
        platform &&= isPlatformService(w);
        const rehearses = w.environment !== 'production' && w.environment !== 'dr';
        this.rehearsesAt[i] = rehearses ? 1 : 0;
        rehearsal &&= rehearses;
        reason ??= provingReason(w, level);
        known += inputsKnown(w);
        this.nameAt[i] = w.name;
        this.observesAt[i] = observes(w) ? 1 : 0;
        dated ||= !!w.notBefore || !!w.notAfter || !!w.doneBy || w.blackouts.length > 0;
        if (w.pinnedWave !== null) (pinned ??= new Set()).add(w.pinnedWave);
      }
      this.productionFlags[u] = production ? 1 : 0;
      this.risk[u] = risk;
      this.effort[u] = effort;
      this.pilotFlags[u] = pilotOk ? 1 : 0;
      this.platformFlags[u] = platform ? 1 : 0;
      this.rehearsalFlags[u] = rehearsal ? 1 : 0;
      this.inputsKnown[u] = known;
      this.datedFlags[u] = dated ? 1 : 0;
      proving.push(reason);
      pins.push(pinned ? [...pinned] : NO_PINS);
    });
    this.provingReason = proving;
    this.pinnedWaves = pins;
  }

  /** The planned workload at a position. */
  workload(i: number): Workload {
    return this.planned[i] as Workload;
  }
  level(i: number): Sensitivity {
    return this.levels[i] as Sensitivity;
  }
  /** Positions of the unit's members among the planned workloads. */
  members(u: number): readonly number[] {
    return (this.units[u] as MoveUnit).members;
  }
  size(u: number): number {
    return this.members(u).length;
  }
  memberWorkloads(u: number): Workload[] {
    return this.members(u).map((i) => this.workload(i));
  }
  ids(u: number): string[] {
    return this.members(u).map((i) => this.workload(i).id);
  }
  isProduction(u: number): boolean {
    return this.productionFlags[u] === 1;
  }
  pilotEligible(u: number): boolean {
    return this.pilotFlags[u] === 1;
  }
  /** A unit of shared platform services only: it moves before the workloads that land on it. */
  isPlatform(u: number): boolean {
    return this.platformFlags[u] === 1;
  }
  /**
   * Non-production by environment (none of its members in production or DR): what
   * rehearses a system's move, even when it holds an unmasked copy of production data
   * (which makes it production work for the one-kind-per-wave rule).
   */
  isRehearsal(u: number): boolean {
    return this.rehearsalFlags[u] === 1;
  }
  /**
   * Whether the planned workload at position `i` is non-production by environment (not
   * production or DR), read from a flag rather than the workload: asked for every member
   * of every unit once the plan is made.
   */
  rehearses(i: number): boolean {
    return this.rehearsesAt[i] === 1;
  }
  /** Whether a member has a date limit of its own: only those units are asked about dates. */
  isDated(u: number): boolean {
    return this.datedFlags[u] === 1;
  }
  /** The planned workload's name at position `i`, from the table's list rather than the workload. */
  name(i: number): string {
    return this.nameAt[i] as string;
  }
  /** Whether the planned workload at position `i` is a monitoring or backup workload (link-cost.ts observes). */
  observes(i: number): boolean {
    return this.observesAt[i] === 1;
  }
  /** A planned workload's system (within its tenant), by number (systemIds), or -1. */
  systemOf(i: number): number {
    return this.systems[i] as number;
  }
  /** The system of its first member with one, or -1 for none. */
  unitSystem(u: number): number {
    const members = this.members(u);
    for (let k = 0; k < members.length; k++) {
      const system = this.systems[members[k] as number] as number;
      if (system >= 0) return system;
    }
    return -1;
  }
  /** Its first member's name. */
  firstName(u: number): string {
    return this.nameAt[this.members(u)[0] as number] as string;
  }
  /** A unit by its first member: "Odoo web (hospital) (with 6 more)". */
  lead(u: number): string {
    const size = this.size(u);
    return `${this.firstName(u)}${size > 1 ? ` (with ${size - 1} more)` : ''}`;
  }
  /** Up to `max` member names: "a, b, c and 4 more". */
  names(u: number, max = 3): string {
    // A loop rather than slice/map/join: every unit's reasoning names it.
    const m = this.members(u);
    let shown = this.nameAt[m[0] as number] as string;
    for (let k = 1; k < Math.min(max, m.length); k++) shown += `, ${this.nameAt[m[k] as number] as string}`;
    return m.length <= max ? shown : `${shown} and ${m.length - max} more`;
  }
}
