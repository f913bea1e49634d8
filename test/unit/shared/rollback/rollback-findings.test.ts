import { describe, expect, it } from 'vitest';
import { fitSentence } from '../../../../shared/rollback/rollback-fit.js';
import { rollbackFindings } from '../../../../shared/rollback/rollback-findings.js';
import { dependency, workload } from '../estate-builders.js';
import { runbookOf } from './runbook-builders.js';

// docs/domain-rules.md, "Findings" and "Rollback": each limit compared and worded on its own.

const connector = workload('pay', { name: 'Payment connector', kind: 'integration', rtoMinutes: 10 });
const store = workload('dw', { name: 'Warehouse', kind: 'database', databaseGb: 600, strategy: 'refactor', rtoMinutes: 1440 });
const dash = workload('dash', { name: 'Dashboards', kind: 'application', rtoMinutes: 240 });
const byId = new Map([connector, store, dash].map((w) => [w.id, w]));
const nameOf = (id: string) => byId.get(id)?.name ?? id;

describe('whether a rollback fits, in words that compare correctly', () => {
  it('says a rollback that breaks an RTO but fits the window fits the window', () => {
    // The connector switches back in 15 min, past its 10 min RTO; the window is 8 h.
    const r = runbookOf([connector], []);
    expect(r.rollbackMinutes).toBe(15);
    expect(fitSentence(r, nameOf)).toBe('Rollback 15 min fits the 8 h maintenance window; Payment connector is back after 15 min, past its 10 min RTO.');
    const [f] = rollbackFindings([r], byId);
    expect(f?.title).toBe('Wave 2 is blocked: Payment connector is back after 15 min, past its 10 min RTO');
    expect(f?.severity).toBe('high');
  });

  it('holds each workload to its own RTO by when it is back, not by the whole wave', () => {
    // Warehouse restore 600 GB at 250 GB/h = 144 min + 10 to open; Dashboards after it: 169. Both within their RTOs.
    const r = runbookOf([store, dash], [dependency('dash', 'dw', { id: 'dd' })]);
    expect(r.rollbackMinutes).toBe(144 + 10 + 15);
    expect(r.rtoBreaches).toEqual([]);
    expect(fitSentence(r, nameOf)).toBe("Rollback 2 h 49 min fits the 8 h maintenance window; every workload is back within its RTO (the smallest, 4 h, is Dashboards's).");
    expect(rollbackFindings([r], byId)).toEqual([]);
  });

  it('never rounds a longer rollback into the window it exceeds', () => {
    // 1,000 GB at 250 GB/h = 240 min, +10 to open = 250 against a 4 h (240 min) window: "4 h 10 min", not "4.2 h" or "4 h".
    const big = workload('big', { name: 'Ledger', kind: 'database', databaseGb: 1000, strategy: 'refactor' });
    const r = runbookOf([big], [], { settings: { maintenanceWindowHours: 4 } });
    expect(fitSentence(r, nameOf)).toBe('Rollback 4 h 10 min is longer than the 4 h maintenance window; no RTO is recorded for its workloads.');
    const [f] = rollbackFindings([r], new Map([[big.id, big]]));
    expect(f?.title).toBe('Wave 2 is blocked: its rollback takes 4 h 10 min, longer than its 4 h maintenance window');
    expect(f?.action).toBe(
      'Keep the source of Ledger running through a parallel run with reverse replication, so it goes back without a restore from backup; or rehearse the restore and put the rehearsed time on its step; or widen the maintenance window.',
    );
  });

  it('asks for more parallel restores when the restores queue, and names every broken limit', () => {
    const stores = ['a', 'b', 'c'].map((id) => workload(id, { name: `Store ${id}`, kind: 'database', databaseGb: 500, rtoMinutes: 200 }));
    // No parallel run, one stream: 120 + 120 + 120 (+10 to open the last) = 370 min; a is back at 130, b 250, c 370.
    const r = runbookOf(stores, [], { parallelRunWeeks: 0, settings: { parallelRestores: 1, maintenanceWindowHours: 6 } });
    expect(r.rollbackMinutes).toBe(370);
    const [f] = rollbackFindings([r], new Map(stores.map((w) => [w.id, w])));
    expect(f?.title).toBe(
      'Wave 2 is blocked: its rollback takes 6 h 10 min, longer than its 6 h maintenance window, and Store c is back after 6 h 10 min, past its 3 h 20 min RTO (and 1 more past theirs)',
    );
    expect(f?.action).toMatch(/; or raise the parallel restores from 1 to 3 \(this wave restores 3\); /);
    expect(f?.action).toMatch(/; or pin Store c to a wave of its own; /);
  });
});
