import type { Dependency } from '../domain/dependency.js';
import { DEPENDENCY_KINDS, labelOf } from '../domain/enums.js';
import type { Workload } from '../domain/workload.js';
import { formatDuration as hours, restoreMinutes } from './restore.js';
import type { StepPath } from './rollback-path.js';
import { names, pointOfNoReturn, wordCutover, wordWayBack } from './way-back-words.js';
import { STEP_KINDS, type BusinessSubject, type RunbookPhase, type RunbookStep, type StepKind, type StepSubject, type WaveFacts } from './runbook-types.js';

// One generated runbook step. A 10,000-workload plan has tens of thousands, so a step
// holds only its kind, wave, subject and minutes; its id, words and workloads are made
// when read (the Rollback view reads one wave's, the benchmark none).

const WAVE_SCOPED = new Set<StepKind>(['freeze', 'dns', 'trigger-smoke', 'trigger-data', 'point-of-no-return']);

export class Step implements RunbookStep {
  /** Made on first read, then kept: the view and the edits look steps up by id again and again. */
  private named: string | undefined;

  constructor(
    readonly kind: StepKind,
    private readonly wave: WaveFacts,
    readonly subject: StepSubject,
    readonly minutes: number,
    readonly path?: StepPath,
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
      const restore = `a restore takes about ${hours(restoreMinutes(w, settings))} at ${settings.restoreGbPerHour} GB/h`;
      const use = wave.way(w) === 'restore' ? `the way back restores from it (${restore})` : `the last resort should the way back fail (${restore})`;
      return `Back up or snapshot ${w.name}${gb ? ` (${gb.toLocaleString('en')} GB)` : ''} and record the point: ${use}.`;
    }
    case 'drain':
      return `Drain the queues of ${w.name} (${feedLabels(wave.feedsOf(w.id))}): let its consumers empty them and hold new messages at the senders.`;
    case 'cutover':
      return wordCutover(wave, w);
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
      return pointOfNoReturn(wave);
    default:
      return wordWayBack(kind, wave, w);
  }
}
