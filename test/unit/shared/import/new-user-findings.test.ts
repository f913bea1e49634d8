import { describe, expect, it } from 'vitest';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../shared/estate/estate-settings.js';
import { guessMapping } from '../../../../shared/import/header-mapping.js';
import { dependencyTargets, previewImport } from '../../../../shared/import/import-plan.js';
import { withNameFallback, withTotals } from '../../../../shared/import/discovery-import.js';
import { workload } from '../estate-builders.js';

// What a new user found silently wrong, each pinned down.

const estate = { workloads: [], dependencies: [], positions: {}, nodePositions: {}, ...DEFAULT_ESTATE_SETTINGS };
const ids = () => {
  let n = 0;
  return () => `t${n++}`;
};

describe('what a first real client file showed', () => {
  it('adds disk columns up with the separators the columns use: German "1.024" + "2.048" is 3,072 GB', () => {
    const rows = [
      ['Server', 'Disk 1 size (In GB)', 'Disk 2 size (In GB)'],
      ['a', '1.024', '2.048'],
      ['b', '127,5', ''],
    ];
    const mapping = [{ to: 'field', field: 'name' }, { to: 'field', field: 'storageGb' }, { to: 'ignore' }] as const;
    const { table, mapping: totalled } = withTotals({ sheet: 's', rows }, [...mapping], [{ field: 'storageGb', columns: [1, 2] }]);
    const preview = previewImport(estate, table, totalled, ids());
    expect(preview.adds.map((a) => a.workload.storageGb)).toEqual([3072, 127.5]);
  });

  it('reads memory in MB as the binary size it is: "Memory (MB)" 16384 is 16 GB', () => {
    const rows = [
      ['Name', 'Memory (MB)'],
      ['a', '16384'],
      ['b', '8192'],
    ];
    const preview = previewImport(estate, { sheet: 's', rows }, guessMapping(rows[0] as string[]), ids());
    expect(preview.adds.map((a) => a.workload.memoryGb)).toEqual([16, 8]);
  });

  it('reads N/A, TBD and - in number columns as not known, not as problems', () => {
    const rows = [
      ['Name', 'vCPU', 'RTO (hours)', 'Monthly cost'],
      ['a', 'N/A', 'TBD', '-'],
      ['b', '4', '?', 'n/a'],
    ];
    const preview = previewImport(estate, { sheet: 's', rows }, guessMapping(rows[0] as string[]), ids());
    expect(preview.problems).toEqual([]);
    expect(preview.adds.map((a) => [a.workload.vcpu, a.workload.rtoMinutes, a.workload.currentMonthlyCost])).toEqual([
      [null, null, null],
      [4, null, null],
    ]);
  });

  it('maps a client’s IP address and German environment and classification headers', () => {
    expect(guessMapping(['Servername', 'IP-Adresse', 'Umgebung', 'Datenklassifizierung', 'IP Address'])).toEqual([
      { to: 'field', field: 'name' },
      { to: 'field', field: 'ipAddresses' },
      { to: 'field', field: 'environment' },
      { to: 'field', field: 'dataClasses' },
      { to: 'notes' },
    ]);
  });

  it('finds a dependency’s ends by their short host names: web01.corp.example.com is web01', () => {
    const known = { ...estate, workloads: [workload('w1', { name: 'web01' }), workload('d1', { name: 'db01.corp.example.com' })] };
    const targets = dependencyTargets(known, { adds: [], updates: [], unchanged: 0, skipped: [], missing: [], dependencies: [], problems: [] });
    expect(targets.idOf('WEB01.corp.example.com')).toBe('w1');
    expect(targets.idOf('db01')).toBe('d1');
    expect(targets.idOf('10.0.0.1')).toBeUndefined();
  });

  it('falls back to the VM name of an AWS "Server." export when the host name is blank', () => {
    const rows = [
      ['Server.HostName', 'Server.VMware.VMname'],
      ['', 'ip-10-5-0-1'],
    ];
    const { table, filled } = withNameFallback({ sheet: 's', rows }, [{ to: 'field', field: 'name' }, { to: 'ignore' }]);
    expect(table.rows[1]?.[0]).toBe('ip-10-5-0-1');
    expect([...filled.values()]).toEqual(['Server.VMware.VMname']);
  });
});

describe('cells that name an object’s own properties', () => {
  it('read as the text they are: "constructor" and "__proto__" in an enum column are unknown values, not crashes', () => {
    const rows = [
      ['Name', 'Env'],
      ['a', 'constructor'],
      ['b', '__proto__'],
      ['c', 'toString'],
    ];
    const preview = previewImport(estate, { sheet: 's', rows }, guessMapping(rows[0] as string[]), ids(), { 1: { prod: 'production' } });
    expect(preview.problems.map((p) => p.value)).toEqual(['constructor', '__proto__', 'toString']);
  });
});
