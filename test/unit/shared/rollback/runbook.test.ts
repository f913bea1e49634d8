import { describe, expect, it } from 'vitest';
import { indexEstate } from '../../../../shared/domain/estate-index.js';
import type { Wave } from '../../../../shared/planner/plan-types.js';
import { businessCheck } from '../../../../shared/rollback/business-checks.js';
import { rollbackFindings } from '../../../../shared/rollback/rollback-findings.js';
import { DEFAULT_ROLLBACK_SETTINGS } from '../../../../shared/rollback/rollback-settings.js';
import { buildRunbooks, restoreMinutes } from '../../../../shared/rollback/runbook.js';
import type { RollbackSettings } from '../../../../shared/rollback/rollback-settings.js';
import { dependency, workload } from '../estate-builders.js';

const wave = (cutoverOrder: string[]): Wave => ({
  number: 2,
  phase: 'production',
  start: '2027-02-01',
  end: '2027-02-14',
  cutover: '2027-02-14',
  cutoverMoved: [],
  units: [],
  cutoverOrder,
  hybridLinks: [],
  gates: [],
  risk: 0,
  confidence: 1,
});

describe('rollback runbooks', () => {
  const db = workload('db', { name: 'PostgreSQL primary', kind: 'database', databaseGb: 500, rtoMinutes: 120, system: 'Odoo ERP' });
  const cache = workload('cache', { name: 'Redis', kind: 'cache', system: 'Odoo ERP' });
  const web = workload('web', { name: 'Odoo web', kind: 'application', system: 'Odoo ERP' });
  const ehr = workload('ehr', { name: 'EHR feed', kind: 'integration', system: 'EHR integration' });
  const byId = new Map([db, cache, web, ehr].map((w) => [w.id, w]));
  const runbookOf = (order: string[], settings: RollbackSettings = DEFAULT_ROLLBACK_SETTINGS) => {
    const workloads = [...byId.values()];
    const plan = { waves: [wave(order)], waveOf: new Map(order.map((id) => [id, 2])) };
    const [r] = buildRunbooks({
      plan,
      workloads,
      dependencies: deps,
      index: indexEstate(
        workloads.map((w) => w.id),
        deps,
      ),
      settings,
    });
    if (!r) throw new Error('no runbook');
    return r;
  };
  const deps = [
    dependency('web', 'db', { id: 'wd', coupling: 'tight' }),
    dependency('web', 'cache', { id: 'wc', coupling: 'tight' }),
    dependency('web', 'ehr', { id: 'we', kind: 'hl7-fhir', protocol: 'HL7v2 MLLP' }),
  ];

  it('estimates a restore from the data size and the throughput; nothing for stateless work', () => {
    expect(restoreMinutes(db, { restoreGbPerHour: 250 })).toBe(120);
    expect(restoreMinutes(cache, { restoreGbPerHour: 250 })).toBe(0);
    expect(restoreMinutes({ kind: 'database', databaseGb: 1, storageGb: null }, { restoreGbPerHour: 250 })).toBe(15);
  });

  it('cuts over providers first and rolls back in reverse dependency order', () => {
    const r = runbookOf(['db', 'cache', 'web']);
    expect(r.steps.filter((s) => s.phase === 'cutover').map((s) => s.workloadIds[0])).toEqual(['db', 'cache', 'web']);
    // Odoo web takes an HL7 feed, so its messages are held during the cutover and replayed on the way back.
    expect(r.steps.filter((s) => s.phase === 'rollback').map((s) => s.id)).toEqual(['back:web', 'replay:web', 'back:cache', 'reenable:db', 'restore:db']);
  });

  it('backs up the database, starts the cache empty, and checks each link crossing the cutover and the business', () => {
    const r = runbookOf(['db', 'cache', 'web']);
    const text = (id: string) => r.steps.find((s) => s.id === id)?.text;
    expect(text('backup:db')).toBe('Back up or snapshot PostgreSQL primary (500 GB) and record the point: a restore takes about 2 h at 250 GB/h.');
    expect(r.steps.some((s) => s.id === 'backup:cache')).toBe(false);
    expect(text('cutover:cache')).toMatch(/^Start Redis empty in the target/);
    expect(text('wave-2:link:we')).toBe('Check Odoo web → EHR feed (HL7v2 MLLP) across the hybrid link.');
    expect(text('wave-2:business:Odoo ERP')).toBe(businessCheck('Odoo ERP'));
    expect(text('wave-2:point-of-no-return')).toMatch(/first business write to PostgreSQL primary/);
    expect(text('wave-2:dns')).toBe('Lower the DNS TTL of Odoo web to 5 minutes, 48 h ahead.');
  });

  it('drains and replays the queues of an integration in the wave', () => {
    const r = runbookOf(['ehr', 'web']);
    expect(r.steps.map((s) => s.id)).toContain('drain:ehr');
    expect(r.steps.map((s) => s.id)).toContain('replay:ehr');
  });

  it('raises a finding when the rollback outlasts the window or the smallest RTO, naming what makes it long', () => {
    const r = runbookOf(['db', 'cache', 'web'], { ...DEFAULT_ROLLBACK_SETTINGS, maintenanceWindowHours: 2 });
    expect(r.rollbackMinutes).toBe(15 + 20 + 5 + 10 + 120);
    const [f] = rollbackFindings([r], byId);
    expect(f).toMatchObject({ rule: 'rollback-too-long', severity: 'high', workloadIds: ['db', 'web', 'cache'] });
    expect(f?.title).toBe('Rollback of wave 2 takes 2.8 h, longer than its 2 h maintenance window and the 2 h RTO of PostgreSQL primary');
    expect(rollbackFindings([runbookOf(['cache', 'web'])], byId)).toEqual([]);
  });
});
