import type { Workload } from '../domain/workload.js';
import { listNames } from '../findings/finding.js';
import { formatDuration as hours, reseedMinutes } from './restore.js';
import type { StepKind, WaveFacts } from './runbook-types.js';

// The words of the cutover and the way back, by a store's role and way back
// (docs/domain-rules.md, "Rollback", "The way back"). Made only when a step is read.

/** Names for a sentence: all of a few, the first four of many ("… and 1,203 more"). */
export function names(ws: readonly Workload[]): string {
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

/** What a store's data is checked by. */
const counts = (w: Workload) => (w.kind === 'object-storage' ? 'object counts' : 'row counts');

const weeks = (n: number) => `${n} week${n === 1 ? '' : 's'}`;

export function wordCutover(wave: WaveFacts, w: Workload): string {
  const role = wave.role(w);
  if (role === 'replica') return `Build ${w.name} in the target as a read replica of its primary there; it stays read-only.`;
  if (role === 'dr-standby') return `Seed ${w.name} in the target's DR region from the primary there (about ${hours(reseedMinutes(w, wave.settings))}); it stays a standby.`;
  switch (wave.way(w)) {
    case 'catch-up':
      return `Replicate ${w.name} into the target, switch its consumers' connection strings, keep the source read-only and start reverse replication from the target back to it.`;
    case 'reopen':
      return `Migrate ${w.name}'s data into the new product and switch its consumers; the source stays read-only for the parallel run.`;
    case 'restore':
      return `Restore or replicate ${w.name} into the target and switch its consumers' connection strings; ${wave.parallelRunWeeks > 0 ? 'its data is converted on the way (refactor), so nothing replicates back' : 'the source is retired at the cutover (no parallel run)'}.`;
    default:
      break;
  }
  if (w.kind === 'cache') return `Start ${w.name} empty in the target (a cache holds nothing to move) and point its clients at it.`;
  if (w.kind === 'ingress') return `Import the routes into ${w.name} in the target and switch the public DNS records.`;
  return `Deploy ${w.name} in the target with the production configuration and switch its traffic.`;
}

export function wordWayBack(kind: StepKind, wave: WaveFacts, w: Workload): string {
  const { settings } = wave;
  switch (kind) {
    case 'back':
      if (w.kind === 'cache')
        return wave.feedsOf(w.id)
          ? `Point clients back at the source ${w.name}; flush its cached keys, not its queues.`
          : `Point clients back at the source ${w.name}; flush it, since it may hold stale entries.`;
      if (w.kind === 'application' || w.kind === 'ingress') return `Route ${w.name}'s traffic back to the source, kept running through the parallel run.`;
      return `Switch ${w.name} back to the source, kept running through the parallel run, and re-enable its schedules and connections there.`;
    case 'redeploy':
      return `Redeploy ${w.name} on the source hosting from the release and configuration kept at the cutover, and route its traffic back.`;
    case 'catch-up':
      return w.dataChangeGbPerDay === null
        ? `Stop writes to ${w.name} in the target, let reverse replication close its lag, compare ${counts(w)} and make the source writable: about ${hours(settings.unknownCatchUpMinutes)} assumed (its change rate is not recorded).`
        : `Stop writes to ${w.name} in the target, let reverse replication close its lag (${w.dataChangeGbPerDay.toLocaleString('en')} GB a day over one ${hours(settings.maintenanceWindowHours * 60)} window at ${settings.replicationGbPerHour} GB/h), compare ${counts(w)} and make the source writable.`;
    case 'reopen':
      return `Reopen the source ${w.name}, kept read-only since the cutover, for writes; what the target took after the point of no return is re-entered, since nothing replicates back from a new product.`;
    case 'restore':
      return `Restore the source ${w.name} from the cutover backup (${settings.restoreGbPerHour} GB/h, ${settings.parallelRestores} restore${settings.parallelRestores === 1 ? '' : 's'} at once).`;
    case 'reenable':
      return `Open the restored ${w.name} for writes and switch its consumers' connection strings back.`;
    case 'follow':
      return wave.role(w) === 'dr-standby'
        ? `Check that the source ${w.name} still follows the source primary and its replication lag is back under the RPO; drop the target standby.`
        : `Point ${w.name}'s readers back at the source replica, which kept following the source primary; it is not promoted (only a failover of the primary promotes a replica).`;
    case 'reseed':
      return `Re-seed the source ${w.name} from the source primary once it is back (${hours(reseedMinutes(w, settings))} at ${settings.replicationGbPerHour} GB/h), then check its replication lag.`;
    case 'replay':
      return `Move the messages still queued in the target ${w.name} back to the source and release what the senders held.`;
    default:
      return '';
  }
}

/** The point of no return follows from the way back of the wave's stores. */
export function pointOfNoReturn(wave: WaveFacts): string {
  const primaries = wave.stateful.filter((w) => wave.role(w) === 'primary');
  const lost = primaries.filter((w) => wave.way(w) === 'restore' || wave.way(w) === 'reopen');
  const replicated = primaries.filter((w) => wave.way(w) === 'catch-up');
  const end = wave.parallelRunWeeks > 0 ? `the parallel run ends (${weeks(wave.parallelRunWeeks)} after the cutover) and the source is retired` : 'hypercare ends';
  const sentences: string[] = [];
  if (lost.length) {
    sentences.push(
      `The point of no return is the first business write to ${names(lost)} in the target: after it, going back ${lost.some((w) => wave.way(w) === 'restore') ? 'restores from the cutover backup and loses' : 're-enters by hand'} what the target took.`,
    );
  }
  if (replicated.length)
    sentences.push(
      `${lost.length ? 'For' : 'There is no point of no return before ' + end + ': until then, for'} ${names(replicated)}, reverse replication carries the target's writes back to the source.`,
    );
  if (!sentences.length) sentences.push(`No data comes back: going back stays a traffic switch until ${end}.`);
  return sentences.join(' ');
}
