import type { Dependency } from '../domain/dependency.js';
import { DEPENDENCY_KINDS } from '../domain/enums.js';
import type { EstateIndex } from '../domain/estate-index.js';
import type { Workload } from '../domain/workload.js';
import { STATEFUL_KINDS } from './restore.js';

// The role a workload plays on the way back (docs/domain-rules.md, "Rollback", "Roles"),
// recognised from what the estate records: its kind, its environment and the kinds of
// its dependencies. Names are read only when those say nothing
// (notes are not: a primary's notes name its replicas).

export const ROLES = ['primary', 'replica', 'dr-standby', 'queue', 'service'] as const;
export type Role = (typeof ROLES)[number];

/** Message kinds whose holder queues messages during a cutover: a broker (the provider of a queue dependency) or an interface engine. */
const MESSAGE_KINDS = new Set<Dependency['kind']>(['queue', 'hl7-fhir', 'file-transfer']);
/** Each message kind's bit in a feeds set (0: not a message kind), worked out once. */
const MESSAGE_BIT = new Map(DEPENDENCY_KINDS.map((kind, bit) => [kind, MESSAGE_KINDS.has(kind) ? 1 << bit : 0]));
export const messageBit = (kind: Dependency['kind']): number => MESSAGE_BIT.get(kind) ?? 0;
const REPLICA_WORDS = /\b(read[- ]?)?replicas?\b|\bread[- ]only copy\b/i;
const STANDBY_WORDS = /\b(standby|dr copy)\b/i;

export interface Roles {
  /** By estate position. */
  roleAt(i: number): Role;
  /** A replica's or standby's primary (the store it replicates from), by estate position; -1 when none is recorded. */
  primaryAt(i: number): number;
}

const STATEFUL = 1;
const INTEGRATION = 2;

const CODE: Record<Role, number> = { primary: 0, replica: 1, 'dr-standby': 2, queue: 3, service: 4 };

/**
 * One pass over the dependencies by integer index: a data store that takes a database
 * dependency from another data store replicates from it (a replica; in the DR
 * environment a standby); the provider of a queue dependency, and an integration with
 * message feeds, hold messages (a queue). Without such a dependency a data store named
 * as a replica or standby is one, with its primary unknown.
 */
export function recogniseRoles(
  workloads: readonly Workload[],
  dependencies: readonly Dependency[],
  index: Pick<EstateIndex, 'consumer' | 'provider'>,
  /** When given, each position's message feeds are set in it as a bit set (messageBit), in the same pass: the runbooks drain and replay them. */
  feeds?: Int32Array,
): Roles {
  const n = workloads.length;
  const primary = new Int32Array(n).fill(-1);
  const queued = new Uint8Array(n);
  // Each position's kind as flags, read in order once: the pass over the dependencies then reads no workload.
  const kindFlags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const kind = (workloads[i] as Workload).kind;
    kindFlags[i] = STATEFUL_KINDS.has(kind) ? STATEFUL : kind === 'integration' ? INTEGRATION : 0;
  }
  const { consumer, provider } = index;
  for (let j = 0; j < dependencies.length; j++) {
    const c = consumer[j] as number;
    const p = provider[j] as number;
    const kind = (dependencies[j] as Dependency).kind;
    // One lookup per dependency: its message bit, 0 for a kind that carries no messages.
    const bit = messageBit(kind);
    if (feeds && bit) {
      if (c >= 0) feeds[c] = (feeds[c] as number) | bit;
      if (p >= 0) feeds[p] = (feeds[p] as number) | bit;
    }
    if (c < 0 || p < 0) continue;
    if (kind === 'database' && kindFlags[c] === STATEFUL && kindFlags[p] === STATEFUL && primary[c] === -1) primary[c] = p;
    if (kind === 'queue') queued[p] = 1;
    if (bit !== 0) {
      if (kindFlags[c] === INTEGRATION) queued[c] = 1;
      if (kindFlags[p] === INTEGRATION) queued[p] = 1;
    }
  }
  const role = new Uint8Array(n);
  for (let i = 0; i < n; i++) role[i] = CODE[roleOf(workloads[i] as Workload, primary[i] as number, queued[i] === 1)];
  return { roleAt: (i) => ROLES[role[i] as number] as Role, primaryAt: (i) => primary[i] as number };
}

function roleOf(w: Workload, primary: number, queued: boolean): Role {
  if (STATEFUL_KINDS.has(w.kind)) {
    // In the DR environment a store is a standby whatever its name says: its name is not read.
    if (w.environment === 'dr') return 'dr-standby';
    return primary >= 0 || REPLICA_WORDS.test(w.name) || STANDBY_WORDS.test(w.name) ? 'replica' : 'primary';
  }
  return queued ? 'queue' : 'service';
}
