import type { Dependency } from '../domain/dependency.js';
import { labelOf } from '../domain/enums.js';
import type { Workload } from '../domain/workload.js';
import type { Wave } from '../planner/plan-types.js';
import { businessCheck } from './business-checks.js';
import type { RollbackSettings } from './rollback-settings.js';
import type { Runbook, RunbookStep } from './runbook-types.js';

/** A step whose sentence is made when read: a 10,000-workload plan has tens of thousands. */
class Step implements RunbookStep {
  constructor(
    readonly id: string,
    readonly phase: RunbookStep['phase'],
    private readonly say: () => string,
    readonly workloadIds: string[],
    readonly minutes: number,
  ) {}
  get text(): string {
    return this.say();
  }
}

// The rollback runbook of one wave, generated from its members, their kinds and the
// dependency graph (DESIGN.md, "Rollback plans"). Stateful workloads get a backup
// before and a restore estimate in the rollback; caches and stateless services get
// the steps that fit them, not a database restore.

const STATEFUL = new Set<Workload['kind']>(['database', 'object-storage']);
const TRAFFIC = new Set<Workload['kind']>(['application', 'ingress']);
const QUEUED = new Set<Dependency['kind']>(['queue', 'hl7-fhir', 'file-transfer', 'batch']);

/** Minutes to restore a workload's data from backup at the settings' throughput. */
export function restoreMinutes(w: Pick<Workload, 'databaseGb' | 'storageGb' | 'kind'>, settings: Pick<RollbackSettings, 'restoreGbPerHour'>): number {
  if (!STATEFUL.has(w.kind)) return 0;
  const gb = w.databaseGb ?? w.storageGb ?? 0;
  return Math.max(15, Math.ceil((gb / settings.restoreGbPerHour) * 60));
}

const hours = (minutes: number) => (minutes < 60 ? `${minutes} min` : `${Math.round((minutes / 60) * 10) / 10} h`);

export function buildRunbook(wave: Wave, workloads: ReadonlyMap<string, Workload>, dependencies: readonly Dependency[], settings: RollbackSettings): Runbook {
  const members = wave.cutoverOrder.map((id) => workloads.get(id)).filter((w): w is Workload => w !== undefined);
  const inWave = new Set(members.map((w) => w.id));
  const name = (id: string) => workloads.get(id)?.name ?? id;
  const steps: RunbookStep[] = [];
  const step = (id: string, phase: RunbookStep['phase'], say: () => string, workloadIds: string[], minutes = 0) => steps.push(new Step(id, phase, say, workloadIds, minutes));

  // Before the cutover.
  step('freeze', 'pre-cutover', () => `Change freeze on ${members.length === 1 ? name(members[0]?.id as string) : `the ${members.length} workloads of wave ${wave.number}`} from 24 h before the cutover.`, members.map((w) => w.id), 5);
  const traffic = members.filter((w) => TRAFFIC.has(w.kind));
  if (traffic.length) step('dns', 'pre-cutover', () => `Lower the DNS TTL of ${traffic.map((w) => w.name).join(', ')} to 5 minutes, ${settings.dnsLeadHours} h ahead.`, traffic.map((w) => w.id), 5);
  for (const w of members.filter((m) => m.kind === 'ingress')) step(`routes:${w.id}`, 'pre-cutover', () => `Export the routes, certificates and middlewares of ${w.name}.`, [w.id], 15);
  for (const w of members.filter((m) => STATEFUL.has(m.kind))) {
    const gb = w.databaseGb ?? w.storageGb;
    step(`backup:${w.id}`, 'pre-cutover', () => `Back up or snapshot ${w.name}${gb ? ` (${gb.toLocaleString('en')} GB)` : ''} and record the point: a restore takes about ${hours(restoreMinutes(w, settings))} at ${settings.restoreGbPerHour} GB/h.`, [w.id], 30);
  }
  // Queued feeds by workload of the wave (databases are backed up, not drained): one pass.
  const feeds = new Map<string, Set<string>>();
  for (const d of dependencies) {
    if (!QUEUED.has(d.kind)) continue;
    for (const id of [d.consumerId, d.providerId]) {
      if (!inWave.has(id) || workloads.get(id)?.kind === 'database') continue;
      let kinds = feeds.get(id);
      if (!kinds) feeds.set(id, (kinds = new Set()));
      kinds.add(labelOf(d.kind));
    }
  }
  for (const w of members) {
    const kinds = feeds.get(w.id);
    if (kinds) step(`drain:${w.id}`, 'pre-cutover', () => `Drain the queues and feeds of ${w.name} (${[...kinds].join(', ')}) and hold new messages at the source.`, [w.id], 20);
  }

  // The cutover, providers first.
  for (const w of members) {
    const how = () => STATEFUL.has(w.kind)
      ? `Restore or replicate ${w.name} into the target and switch its consumers' connection strings.`
      : w.kind === 'cache'
        ? `Start ${w.name} empty in the target (a cache holds nothing to move) and point its clients at it.`
        : w.kind === 'ingress'
          ? `Import the routes into ${w.name} in the target and switch the public DNS records.`
          : `Deploy ${w.name} in the target with the production configuration and switch its traffic.`;
    step(`cutover:${w.id}`, 'cutover', how, [w.id], STATEFUL.has(w.kind) ? restoreMinutes(w, settings) : 20);
  }

  // Validation: a smoke test each, each dependency crossing the cutover, business checks.
  for (const w of members) step(`smoke:${w.id}`, 'validation', () => `Smoke test ${w.name}: it starts, answers its health check and logs to the central logging.`, [w.id], 10);
  const crossing = dependencies.filter((d) => inWave.has(d.consumerId) !== inWave.has(d.providerId));
  for (const d of crossing) step(`link:${d.id}`, 'validation', () => `Check ${name(d.consumerId)} → ${name(d.providerId)}${d.protocol ? ` (${d.protocol})` : ''} across the hybrid link.`, [d.consumerId, d.providerId].filter((id) => inWave.has(id)), 5);
  const bySystem = new Map<string, string[]>();
  for (const w of members) if (w.system && w.environment === 'production') bySystem.set(w.system, [...(bySystem.get(w.system) ?? []), w.id]);
  for (const [system, ids] of bySystem) {
    const check = businessCheck(system);
    if (check) step(`business:${system}`, 'validation', () => check, ids, 15);
  }

  // When to turn back, and the point after which turning back costs data.
  step('trigger:smoke', 'trigger', () => 'Roll back if a smoke test or a business check fails and cannot be fixed within 30 minutes.', [], 0);
  step('trigger:data', 'trigger', () => 'Roll back if row counts or checksums of any moved database differ from the source.', members.filter((w) => STATEFUL.has(w.kind)).map((w) => w.id), 0);
  const written = members.filter((w) => STATEFUL.has(w.kind));
  step('point-of-no-return', 'point-of-no-return', () => written.length ? `The point of no return is the first business write to ${written.map((w) => w.name).join(', ')} in the target: after it, going back means restoring or replaying that data.` : 'No data is written in the target: going back stays a traffic switch until hypercare ends.', written.map((w) => w.id), 0);

  // Rollback, in reverse dependency order (consumers first).
  for (const w of [...members].reverse()) {
    if (TRAFFIC.has(w.kind) || w.kind === 'worker' || w.kind === 'scheduled-job') step(`back:${w.id}`, 'rollback', () => `Route ${w.name}'s traffic back to the source and re-enable it there.`, [w.id], 15);
    else if (STATEFUL.has(w.kind)) {
      step(`reenable:${w.id}`, 'rollback', () => `Re-enable the source ${w.name} as writable.`, [w.id], 10);
      step(`restore:${w.id}`, 'rollback', () => `If the target took writes, restore them into the source ${w.name} from the cutover backup or a reverse replication: about ${hours(restoreMinutes(w, settings))}.`, [w.id], restoreMinutes(w, settings));
    } else if (w.kind === 'cache') step(`back:${w.id}`, 'rollback', () => `Point clients back at the source ${w.name}; flush it, since it may hold stale entries.`, [w.id], 5);
    else step(`back:${w.id}`, 'rollback', () => `Switch ${w.name} back to the source and re-enable its schedules and connections.`, [w.id], 15);
    if (feeds.has(w.id)) step(`replay:${w.id}`, 'rollback', () => `Replay the messages ${w.name} held during the cutover.`, [w.id], 20);
  }

  const rollback = steps.filter((s) => s.phase === 'rollback');
  const rollbackMinutes = rollback.reduce((sum, s) => sum + s.minutes, 0);
  const perWorkload = new Map<string, number>();
  for (const s of rollback) for (const id of s.workloadIds) perWorkload.set(id, (perWorkload.get(id) ?? 0) + s.minutes);
  const rtos = members.filter((w) => w.rtoMinutes !== null).sort((a, b) => (a.rtoMinutes as number) - (b.rtoMinutes as number));
  return {
    wave: wave.number,
    steps,
    rollbackMinutes,
    windowMinutes: settings.maintenanceWindowHours * 60,
    smallestRto: rtos[0] ? { minutes: rtos[0].rtoMinutes as number, workloadId: rtos[0].id } : null,
    longest: [...perWorkload].map(([workloadId, minutes]) => ({ workloadId, minutes })).sort((a, b) => b.minutes - a.minutes).slice(0, 3),
  };
}
