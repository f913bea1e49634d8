import { describe, expect, it } from 'vitest';
import { indexEstate } from '../../../../shared/domain/estate-index.js';
import { businessCheck } from '../../../../shared/rollback/business-checks.js';
import { DEFAULT_ROLLBACK_SETTINGS } from '../../../../shared/rollback/rollback-settings.js';
import { buildRunbooks, restoreMinutes } from '../../../../shared/rollback/runbook.js';
import type { Runbook } from '../../../../shared/rollback/runbook-types.js';
import { dependency, workload } from '../estate-builders.js';
import { runbookOf, wave } from './runbook-builders.js';

// docs/domain-rules.md, "Rollback": each workload's way back by its role, strategy and
// the parallel run; the rollback time is the critical path of those ways back.

const rollbackIds = (r: Runbook) => r.steps.filter((s) => s.phase === 'rollback').map((s) => s.id);
const textOf = (r: Runbook, id: string) => r.steps.find((s) => s.id === id)?.text ?? `no step ${id}`;
const minutesOf = (r: Runbook, id: string) => r.steps.find((s) => s.id === id)?.minutes;

const db = workload('db', { name: 'PostgreSQL primary', kind: 'database', databaseGb: 500, rtoMinutes: 120, system: 'Odoo ERP', strategy: 'replatform' });
const cache = workload('cache', { name: 'Redis', kind: 'cache', system: 'Odoo ERP', strategy: 'replatform' });
const web = workload('web', { name: 'Odoo web', kind: 'application', system: 'Odoo ERP', strategy: 'rehost' });
const webDeps = [dependency('web', 'db', { id: 'wd', coupling: 'tight' }), dependency('web', 'cache', { id: 'wc', coupling: 'tight' })];

describe('the way back by strategy', () => {
  it('estimates a restore from the data size and the throughput; nothing for stateless work', () => {
    expect(restoreMinutes(db, { restoreGbPerHour: 250 })).toBe(120);
    expect(restoreMinutes(cache, { restoreGbPerHour: 250 })).toBe(0);
    expect(restoreMinutes({ kind: 'database', databaseGb: 1, storageGb: null }, { restoreGbPerHour: 250 })).toBe(15);
  });

  it('switches traffic back to the source kept running: minutes, not a restore', () => {
    const r = runbookOf([cache, web], webDeps);
    expect(rollbackIds(r)).toEqual(['back:web', 'back:cache']);
    expect(textOf(r, 'back:web')).toBe("Route Odoo web's traffic back to the source, kept running through the parallel run.");
    expect(textOf(r, 'back:cache')).toBe('Point clients back at the source Redis; flush it, since it may hold stale entries.');
    // Both at once: the longest switch, 15 min (not 15 + 5).
    expect(r.rollbackMinutes).toBe(15);
    expect(textOf(r, 'wave-2:point-of-no-return')).toBe('No data comes back: going back stays a traffic switch until the parallel run ends (2 weeks after the cutover) and the source is retired.');
  });

  it('carries a rehosted or replatformed store back by reverse replication, timed from its change rate', () => {
    // 120 GB a day: one 8 h window writes 40 GB; at 100 GB/h that is 24 min. Odoo web follows once its data is back: 24 + 15.
    const r = runbookOf([{ ...db, dataChangeGbPerDay: 120 }, cache, web], webDeps);
    expect(rollbackIds(r)).toEqual(['back:web', 'back:cache', 'catch-up:db']);
    expect(minutesOf(r, 'catch-up:db')).toBe(24);
    expect(r.rollbackMinutes).toBe(24 + 15);
    expect(textOf(r, 'catch-up:db')).toBe(
      'Stop writes to PostgreSQL primary in the target, let reverse replication close its lag (120 GB a day over one 8 h window at 100 GB/h), compare row counts and make the source writable.',
    );
    // The backup stays, as the last resort.
    expect(textOf(r, 'backup:db')).toBe('Back up or snapshot PostgreSQL primary (500 GB) and record the point: the last resort should the way back fail (a restore takes about 2 h at 250 GB/h).');
    expect(textOf(r, 'cutover:db')).toMatch(/start reverse replication from the target back to it\.$/);
    expect(textOf(r, 'wave-2:point-of-no-return')).toBe(
      "There is no point of no return before the parallel run ends (2 weeks after the cutover) and the source is retired: until then, for PostgreSQL primary, reverse replication carries the target's writes back to the source.",
    );
    // A small change rate still takes 15 min to stop writes, close the lag and compare; an unknown one is assumed, and said so.
    expect(minutesOf(runbookOf([{ ...db, dataChangeGbPerDay: 3 }], []), 'catch-up:db')).toBe(15);
    const unknown = runbookOf([db], [], { settings: { unknownCatchUpMinutes: 45 } });
    expect(minutesOf(unknown, 'catch-up:db')).toBe(45);
    expect(textOf(unknown, 'catch-up:db')).toMatch(/about 45 min assumed \(its change rate is not recorded\)\.$/);
  });

  it('restores from backup only where the source is gone (no parallel run) or its data converted (refactor)', () => {
    // No parallel run: 500 GB at 250 GB/h = 120 min, 10 to open it; Odoo web and Redis redeployed on the source (30), web after its data.
    const gone = runbookOf([db, cache, web], webDeps, { parallelRunWeeks: 0 });
    expect(rollbackIds(gone)).toEqual(['redeploy:web', 'redeploy:cache', 'restore:db', 'reenable:db']);
    expect(gone.rollbackMinutes).toBe(120 + 10 + 30);
    expect(gone.restores).toEqual(['db']);
    expect(textOf(gone, 'backup:db')).toMatch(/the way back restores from it \(a restore takes about 2 h at 250 GB\/h\)\.$/);
    expect(textOf(gone, 'wave-2:point-of-no-return')).toBe(
      'The point of no return is the first business write to PostgreSQL primary in the target: after it, going back restores from the cutover backup and loses what the target took.',
    );
    const refactored = runbookOf([{ ...db, strategy: 'refactor' }], []);
    expect(rollbackIds(refactored)).toEqual(['restore:db', 'reenable:db']);
    expect(textOf(refactored, 'cutover:db')).toMatch(/its data is converted on the way \(refactor\), so nothing replicates back\.$/);
    // A new product: nothing replicates back, but the source was kept: reopen it, no restore.
    const bought = runbookOf([{ ...db, strategy: 'repurchase' }], []);
    expect(rollbackIds(bought)).toEqual(['reopen:db']);
    expect(bought.rollbackMinutes).toBe(15);
    expect(textOf(bought, 'wave-2:point-of-no-return')).toMatch(/going back re-enters by hand what the target took\.$/);
  });

  it('runs independent restores side by side, up to the setting: the critical path, not the sum', () => {
    // Five 250 GB stores (60 min each, 70 with opening) with no parallel run.
    const stores = ['a', 'b', 'c', 'd', 'e'].map((id) => workload(id, { kind: 'database', databaseGb: 250, strategy: 'rehost' }));
    const timed = (parallelRestores: number) => runbookOf(stores, [], { parallelRunWeeks: 0, settings: { parallelRestores } }).rollbackMinutes;
    expect(timed(1)).toBe(5 * 60 + 10); // one stream: the restores queue; the last opens 10 min after its restore
    expect(timed(2)).toBe(3 * 60 + 10); // a, b | c, d | e
    expect(timed(5)).toBe(60 + 10);
    // Longest first: a 500 GB and three 125 GB restores on two streams take 120 + 10, not 30 + 120 + 10.
    const mixed = [workload('big', { kind: 'database', databaseGb: 500 }), ...['x', 'y', 'z'].map((id) => workload(id, { kind: 'database', databaseGb: 125 }))];
    expect(runbookOf(mixed, [], { parallelRunWeeks: 0, settings: { parallelRestores: 2 } }).rollbackMinutes).toBe(120 + 10);
  });
});

describe('roles on the way back', () => {
  const primary = workload('primary', { name: 'PostgreSQL primary', kind: 'database', databaseGb: 850, strategy: 'replatform', dataChangeGbPerDay: 60 });
  const replica = workload('replica', { name: 'PostgreSQL reader', kind: 'database', databaseGb: 850, strategy: 'replatform' });
  const standby = workload('standby', { name: 'PostgreSQL far copy', kind: 'database', environment: 'dr', databaseGb: 850, strategy: 'replatform' });
  const replication = [dependency('replica', 'primary', { kind: 'database', id: 'rp' }), dependency('standby', 'primary', { kind: 'database', id: 'sp' })];

  it('never backs up, restores or makes writable a read replica or a DR standby; a replica is not promoted', () => {
    const r = runbookOf([primary, replica, standby], replication);
    const ids = r.steps.map((s) => s.id);
    expect(ids).not.toContain('backup:replica');
    expect(ids).not.toContain('backup:standby');
    expect(ids.filter((id) => /^(restore|reenable):/.test(id))).toEqual([]);
    expect(rollbackIds(r)).toEqual(['follow:standby', 'follow:replica', 'catch-up:primary']);
    expect(textOf(r, 'follow:replica')).toBe(
      "Point PostgreSQL reader's readers back at the source replica, which kept following the source primary; it is not promoted (only a failover of the primary promotes a replica).",
    );
    expect(textOf(r, 'follow:standby')).toMatch(/^Check that the source PostgreSQL far copy still follows the source primary/);
    // The primary's catch-up (60 GB a day: 20 GB in 8 h at 100 GB/h = 12, so 15), then each follower 10.
    expect(r.rollbackMinutes).toBe(15 + 10);
  });

  it('re-seeds a replica and a standby from their primary once it is restored, when the source was not kept', () => {
    // 850 GB at 250 GB/h = 204 min, opened in 10; each re-seed streams 850 GB at 100 GB/h = 510 min after it.
    const r = runbookOf([primary, replica, standby], replication, { parallelRunWeeks: 0 });
    expect(minutesOf(r, 'restore:primary')).toBe(204);
    expect(minutesOf(r, 'reseed:standby')).toBe(510);
    expect(r.restores).toEqual(['primary']);
    expect(r.rollbackMinutes).toBe(204 + 10 + 510);
    expect(textOf(r, 'reseed:replica')).toBe('Re-seed the source PostgreSQL reader from the source primary once it is back (8 h 30 min at 100 GB/h), then check its replication lag.');
  });

  it('recognises a replica by its name only when no dependency says so, and never by a primary naming its replicas in its notes', () => {
    const named = workload('named', { name: 'Orders read replica', kind: 'database', databaseGb: 10 });
    const noted = workload('noted', { name: 'Orders', kind: 'database', databaseGb: 10, notes: 'Streams to the replica and the DR standby.' });
    const r = runbookOf([noted, named], []);
    expect(rollbackIds(r)).toEqual(['follow:named', 'catch-up:noted']);
  });

  it('drains and replays only where messages queue: a broker, an interface engine; not a store fed by a batch', () => {
    const broker = workload('broker', { name: 'RabbitMQ', kind: 'other' });
    const worker = workload('worker', { name: 'Billing worker', kind: 'worker' });
    const engine = workload('engine', { name: 'HL7 engine', kind: 'integration' });
    const ehr = workload('ehr', { name: 'EHR', kind: 'application' });
    const bucket = workload('bucket', { name: 'Documents', kind: 'object-storage', storageGb: 6000, strategy: 'replatform' });
    const backup = workload('backup', { name: 'Backup service', kind: 'backup' });
    const deps = [dependency('worker', 'broker', { kind: 'queue', id: 'q' }), dependency('ehr', 'engine', { kind: 'hl7-fhir', id: 'h' }), dependency('backup', 'bucket', { kind: 'batch', id: 'b' })];
    const r = runbookOf([broker, worker, engine, ehr, bucket, backup], deps);
    const drained = r.steps.filter((s) => s.kind === 'drain').map((s) => s.id);
    expect(drained).toEqual(['drain:broker', 'drain:engine']);
    expect(r.steps.filter((s) => s.kind === 'replay').map((s) => s.id)).toEqual(['replay:engine', 'replay:broker']);
    expect(textOf(r, 'drain:broker')).toBe('Drain the queues of RabbitMQ (queue): let its consumers empty them and hold new messages at the senders.');
    // A 6 TB object store goes back by reverse replication (unknown change rate: 30 min assumed), not a 24 h restore.
    expect(minutesOf(r, 'catch-up:bucket')).toBe(30);
    expect(textOf(r, 'catch-up:bucket')).toMatch(/compare object counts and make the source writable/);
  });

  it('says a cache that is also a queue keeps its queues when flushed', () => {
    const redis = workload('redis', { name: 'Redis cache and queue', kind: 'cache' });
    const worker = workload('worker', { name: 'Odoo queue workers', kind: 'worker' });
    const r = runbookOf([redis, worker], [dependency('worker', 'redis', { kind: 'queue', id: 'q' })]);
    expect(textOf(r, 'back:redis')).toBe('Point clients back at the source Redis cache and queue; flush its cached keys, not its queues.');
    // Switch (5) and then move the queued messages back (20).
    expect(r.rollbackMinutes).toBe(25);
  });
});

describe('the rest of the runbook', () => {
  it('cuts over providers first, rolls back consumers first, and checks each link crossing the cutover and the business', () => {
    const ehr = workload('ehr', { name: 'EHR feed', kind: 'integration', system: 'EHR integration' });
    const deps = [...webDeps, dependency('web', 'ehr', { id: 'we', kind: 'hl7-fhir', protocol: 'HL7v2 MLLP' })];
    const members = [db, cache, web];
    const plan = { waves: [wave(['db', 'cache', 'web'])], waveOf: new Map(members.map((w) => [w.id, 2])) };
    const all = [...members, ehr];
    const [r] = buildRunbooks({
      plan,
      workloads: all,
      dependencies: deps,
      index: indexEstate(
        all.map((w) => w.id),
        deps,
      ),
      settings: DEFAULT_ROLLBACK_SETTINGS,
      parallelRunWeeks: 2,
    });
    if (!r) throw new Error('no runbook');
    expect(r.steps.filter((s) => s.phase === 'cutover').map((s) => s.workloadIds[0])).toEqual(['db', 'cache', 'web']);
    expect(rollbackIds(r)).toEqual(['back:web', 'back:cache', 'catch-up:db']);
    expect(textOf(r, 'cutover:cache')).toMatch(/^Start Redis empty in the target/);
    expect(textOf(r, 'wave-2:link:we')).toBe('Check Odoo web → EHR feed (HL7v2 MLLP) across the hybrid link.');
    expect(textOf(r, 'wave-2:business:Odoo ERP')).toBe(businessCheck('Odoo ERP'));
    expect(textOf(r, 'wave-2:dns')).toBe('Lower the DNS TTL of Odoo web to 5 minutes, 48 h ahead.');
    // Odoo web is an application, not a queue: it takes an HL7 feed but the engine holds the messages.
    expect(r.steps.some((s) => s.id === 'drain:web')).toBe(false);
  });
});
