import { describe, expect, it } from 'vitest';
import { recogniseFormat } from '../../../../../shared/import/formats/recognise.js';
import { countNoise } from '../../../../../shared/import/formats/noise.js';
import { rvtools3x, rvtools4x } from '../../../../../scripts/import-fixtures.js';
import { bodyOf, targetOf } from './format-helpers.js';

describe('RVTools', () => {
  it('recognises a 4.x workbook by its vInfo tab, with MiB units', () => {
    const file = rvtools4x();
    const match = recogniseFormat(file);
    expect(match?.id).toBe('rvtools');
    expect(match?.label).toBe('RVTools export, 4.x headers (MiB)');
    expect(match?.inventory?.sheet).toBe('vInfo');
    expect(match?.confidence).toBeGreaterThan(0.9);
    expect(match?.evidence[0]?.matched).toEqual(expect.arrayContaining(['VM', 'Powerstate', 'CPUs', 'Memory', 'Provisioned MiB']));
    const m = match!;
    expect(targetOf(file, m, 'VM')).toEqual({ to: 'field', field: 'name' });
    expect(targetOf(file, m, 'CPUs')).toEqual({ to: 'field', field: 'vcpu' });
    expect(targetOf(file, m, 'Memory')).toEqual({ to: 'field', field: 'memoryGb', unit: 'MiB' });
    expect(targetOf(file, m, 'Provisioned MiB')).toEqual({ to: 'field', field: 'storageGb', unit: 'MiB' });
    expect(targetOf(file, m, 'In Use MiB')).toEqual({ to: 'notes' });
    expect(targetOf(file, m, 'Primary IP Address')).toEqual({ to: 'field', field: 'ipAddresses' });
    expect(targetOf(file, m, 'Annotation')).toEqual({ to: 'notes' });
    expect(targetOf(file, m, 'VI SDK UUID')).toEqual({ to: 'ignore' });
    expect(m.inventory?.mapping).toHaveLength(file.sheets[0]?.rows[0]?.length ?? 0);
  });

  it('names the enrichment tabs and how they join', () => {
    const match = recogniseFormat(rvtools4x())!;
    const byKind = Object.fromEntries(match.enrichment.map((e) => [e.kind, e]));
    expect(Object.keys(byKind).sort()).toEqual(['disks', 'hosts', 'networks', 'partitions']);
    expect(byKind.disks).toMatchObject({ sheet: 'vDisk', join: { by: 'workload-name', column: 'VM' } });
    expect(byKind.disks?.columns).toContainEqual({ header: 'Capacity MiB', meaning: 'disk size', unit: 'MiB' });
    expect(byKind.partitions?.columns.map((c) => c.header)).toEqual(['Disk', 'Capacity MiB', 'Consumed MiB']);
    expect(byKind.networks?.columns.map((c) => c.header)).toContain('IPv4 Address');
    expect(byKind.hosts).toMatchObject({ sheet: 'vHost', join: { by: 'column', column: 'Host', inventoryColumn: 'Host' } });
  });

  it('counts templates, vCLS and powered-off VMs as noise, each once', () => {
    const file = rvtools4x();
    const match = recogniseFormat(file)!;
    const rows = file.sheets[0]!.rows;
    expect(countNoise(match.noise!, rows)).toEqual({ template: 1, system: 1, 'powered-off': 1 });
    const kinds = Object.fromEntries(bodyOf(file, 'vInfo').map((r) => [r[0], match.noise!.classify(r)]));
    // The template is powered off too, but it is a template first.
    expect(kinds['tpl-rhel9-base']).toBe('template');
    expect(kinds['vCLS-8c3b2a1d-5e6f-4a7b-9c0d-1e2f3a4b5c6d']).toBe('system');
    expect(kinds['payroll-app-uat01']).toBe('powered-off');
    expect(kinds['odoo-app-prd01']).toBeNull();
  });

  it('suggests environments from names, folders, clusters and annotations, without applying them', () => {
    const file = rvtools4x();
    const match = recogniseFormat(file)!;
    const hint = (vm: string) => match.environmentHints!(bodyOf(file, 'vInfo').find((r) => r[0] === vm)!);
    expect(hint('ehr-hl7-prd01')).toEqual({ environment: 'production', from: 'name', text: 'ehr-hl7-prd01', token: 'prd' });
    expect(hint('redis-cache-tst01')).toMatchObject({ environment: 'test', from: 'name', token: 'tst' });
    expect(hint('payroll-app-uat01')).toMatchObject({ environment: 'test', token: 'uat' });
    expect(hint('lab-results-api')).toEqual({ environment: 'development', from: 'folder', text: 'Dev', token: 'dev' });
    expect(hint('billing-batch01')).toEqual({ environment: 'production', from: 'cluster', text: 'CL-PRD-02', token: 'prd' });
    expect(hint('pacs-archive01')).toMatchObject({ environment: 'production', from: 'annotation', token: 'production' });
    expect(hint('traefik-edge01')).toBeNull();
  });

  it('recognises the older MB headers, where "Provisioned MB" is still MiB', () => {
    const file = rvtools3x();
    const match = recogniseFormat(file)!;
    expect(match.id).toBe('rvtools');
    expect(match.label).toBe('RVTools export, 3.x–4.0 headers (MB)');
    expect(match.inventory?.sheet).toBe('RVTools_tabvInfo');
    expect(targetOf(file, match, 'Provisioned MB')).toEqual({ to: 'field', field: 'storageGb', unit: 'MiB' });
    expect(targetOf(file, match, 'Memory')).toEqual({ to: 'field', field: 'memoryGb', unit: 'MiB' });
    expect(targetOf(file, match, 'In Use MB')).toEqual({ to: 'notes' });
    expect(match.enrichment).toEqual([]);
    expect(countNoise(match.noise!, file.sheets[0]!.rows)).toEqual({ template: 1, system: 0, 'powered-off': 1 });
    const hints = bodyOf(file, 'RVTools_tabvInfo').map((r) => match.environmentHints!(r)?.environment ?? null);
    // "EHRHL7PRD01" still reads as "prd" (letters and digits part words); OLD-FAX-GW only by its cluster.
    expect(hints).toEqual(['production', 'production', 'development', 'production', 'production']);
    expect(match.environmentHints!(bodyOf(file, 'RVTools_tabvInfo')[0]!)).toMatchObject({ from: 'name', token: 'prd' });
    expect(match.environmentHints!(bodyOf(file, 'RVTools_tabvInfo')[3]!)).toMatchObject({ from: 'cluster', text: 'PRD-CLUSTER' });
  });

  it('tolerates case, spacing and a byte order mark in the headers', () => {
    const file = rvtools4x();
    const vinfo = file.sheets[0]!;
    const shouted = { sheets: [{ name: 'Sheet1', rows: [vinfo.rows[0]!.map((h, i) => (i === 0 ? `\uFEFF${h.toUpperCase()}` : ` ${h.toLowerCase()}  `)), ...vinfo.rows.slice(1)] }] };
    const match = recogniseFormat(shouted)!;
    expect(match.id).toBe('rvtools');
    expect(targetOf(shouted, match, 'memory')).toEqual({ to: 'field', field: 'memoryGb', unit: 'MiB' });
    expect(countNoise(match.noise!, shouted.sheets[0]!.rows).system).toBe(1);
  });
});
