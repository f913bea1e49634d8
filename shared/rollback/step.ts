import type { Dependency } from '../domain/dependency.js';
import { DEPENDENCY_KINDS, labelOf } from '../domain/enums.js';
import type { Workload } from '../domain/workload.js';
import { listNames } from '../findings/finding.js';
import { formatDuration as hours, restoreMinutes } from './restore.js';
import { STEP_KINDS, type BusinessSubject, type RunbookPhase, type RunbookStep, type StepKind, type StepSubject, type WaveFacts } from './runbook-types.js';

// One generated runbook step. A 10,000-workload plan has tens of thousands, so a step
// holds only its kind, wave, subject and minutes; its id, words and workloads are made
// when read (the Rollback view reads one wave's, the benchmark none).

/** Names for a sentence: all of a few, the first four of many ("… and 1,203 more"). */
function names(ws: readonly Workload[]): string {
  if (ws.length <= 4)
    return listNames(
      ws.map((w) => w.name),
      4,
    );
  return `${ws
    .slice(0, 4)
    .map((w) => w.name)
    .join(', ')} and ${(ws.length - 4).toLocaleString('en')} more`;
}

const WAVE_SCOPED = new Set<StepKind>(['freeze', 'dns', 'trigger-smoke', 'trigger-data', 'point-of-no-return']);

export class Step implements RunbookStep {
  /** Made on first read, then kept: the view and the edits look steps up by id again and again. */
  private named: string | undefined;

  constructor(
    readonly kind: StepKind,
    private readonly wave: WaveFacts,
    readonly subject: StepSubject,
    readonly minutes: number,
  ) {}

  get phase(): RunbookPhase {
    return STEP_KINDS[this.kind];
  }

  get id(): string {
    return (this.named ??= this.name());
  }

  private name(): string {
    const n = this.wave.number;
    if (WAVE_SCOPED.has(this.kind)) return `wave-${n}:${this.kind}`;
    if (this.kind === 'link') return `wave-${n}:link:${(this.subject as Dependency).id}`;
    if (this.kind === 'business') return `wave-${n}:business:${(this.subject as BusinessSubject).system}`;
    return `${this.kind}:${(this.subject as Workload).id}`;
  }

  get workloadIds(): readonly string[] {
    const { members, traffic, stateful } = this.wave;
    switch (this.kind) {
      case 'freeze':
        return members.map((w) => w.id);
      case 'dns':
        return traffic.map((w) => w.id);
      case 'trigger-data':
      case 'point-of-no-return':
        return stateful.map((w) => w.id);
      case 'trigger-smoke':
        return [];
      case 'business':
        return (this.subject as BusinessSubject).ids;
      case 'link': {
        const d = this.subject as Dependency;
        return [d.consumerId, d.providerId].filter((id) => this.wave.has(id));
      }
      default:
        return [(this.subject as Workload).id];
    }
  }

  get text(): string {
    return wordStep(this.kind, this.wave, this.subject);
  }
}

function feedLabels(mask: number): string {
  return DEPENDENCY_KINDS.filter((_, bit) => mask & (1 << bit))
    .map(labelOf)
    .join(', ');
}

function wordStep(kind: StepKind, wave: WaveFacts, subject: StepSubject): string {
  const { members, traffic, stateful, settings } = wave;
  const w = subject as Workload;
  switch (kind) {
    case 'freeze':
      return `Change freeze on ${members.length === 1 ? members[0]?.name : `the ${members.length.toLocaleString('en')} workloads of wave ${wave.number}`} from 24 h before the cutover.`;
    case 'dns':
      return `Lower the DNS TTL of ${names(traffic)} to 5 minutes, ${settings.dnsLeadHours} h ahead.`;
    case 'routes':
      return `Export the routes, certificates and middlewares of ${w.name}.`;
    case 'backup': {
      const gb = w.databaseGb ?? w.storageGb;
      return `Back up or snapshot ${w.name}${gb ? ` (${gb.toLocaleString('en')} GB)` : ''} and record the point: a restore takes about ${hours(restoreMinutes(w, settings))} at ${settings.restoreGbPerHour} GB/h.`;
    }
    case 'drain':
      return `Drain the queues and feeds of ${w.name} (${feedLabels(wave.feedsOf(w.id))}) and hold new messages at the source.`;
    case 'cutover':
      if (stateful.includes(w)) return `Restore or replicate ${w.name} into the target and switch its consumers' connection strings.`;
      if (w.kind === 'cache') return `Start ${w.name} empty in the target (a cache holds nothing to move) and point its clients at it.`;
      if (w.kind === 'ingress') return `Import the routes into ${w.name} in the target and switch the public DNS records.`;
      return `Deploy ${w.name} in the target with the production configuration and switch its traffic.`;
    case 'smoke':
      return `Smoke test ${w.name}: it starts, answers its health check and logs to the central logging.`;
    case 'link': {
      const d = subject as Dependency;
      return `Check ${wave.name(d.consumerId)} → ${wave.name(d.providerId)}${d.protocol ? ` (${d.protocol})` : ''} across the hybrid link.`;
    }
    case 'business':
      return (subject as BusinessSubject).sentence;
    case 'trigger-smoke':
      return 'Roll back if a smoke test or a business check fails and cannot be fixed within 30 minutes.';
    case 'trigger-data':
      return stateful.length ? `Roll back if row counts or checksums of ${names(stateful)} differ from the source.` : 'Roll back if data written in the target cannot be reconciled with the source.';
    case 'point-of-no-return':
      return stateful.length
        ? `The point of no return is the first business write to ${names(stateful)} in the target: after it, going back means restoring or replaying that data.`
        : 'No data is written in the target: going back stays a traffic switch until hypercare ends.';
    case 'back':
      if (w.kind === 'cache') return `Point clients back at the source ${w.name}; flush it, since it may hold stale entries.`;
      if (w.kind === 'application' || w.kind === 'ingress' || w.kind === 'worker' || w.kind === 'scheduled-job') return `Route ${w.name}'s traffic back to the source and re-enable it there.`;
      return `Switch ${w.name} back to the source and re-enable its schedules and connections.`;
    case 'reenable':
      return `Re-enable the source ${w.name} as writable.`;
    case 'restore':
      return `If the target took writes, restore them into the source ${w.name} from the cutover backup or a reverse replication: about ${hours(restoreMinutes(w, settings))}.`;
    case 'replay':
      return `Replay the messages ${w.name} held during the cutover.`;
  }
}
