import { describe, expect, it } from 'vitest';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../shared/estate/estate-settings.js';
import { previewImport } from '../../../../shared/import/import-plan.js';
import { applyEnrichment } from '../../../../shared/import/enrichment.js';
import { recogniseFormat } from '../../../../shared/import/formats/recognise.js';
import { rvtools4x } from '../../../../scripts/import-fixtures.js';
import { workload } from '../estate-builders.js';

// RVTools' other tabs laid over vInfo's workloads: vDisk adds the disks up into storage,
// vNetwork adds every IP address, vPartition and vHost go to the notes.

function withSecondDiskAndNic() {
  const file = rvtools4x();
  const vDisk = file.sheets.find((s) => s.name === 'vDisk');
  const vNetwork = file.sheets.find((s) => s.name === 'vNetwork');
  const disk = [...(vDisk?.rows[1] ?? [])];
  disk[vDisk?.rows[0]?.indexOf('Capacity MiB') ?? -1] = '20480';
  vDisk?.rows.push(disk);
  const nic = [...(vNetwork?.rows[1] ?? [])];
  nic[vNetwork?.rows[0]?.indexOf('IPv4 Address') ?? -1] = '10.20.9.11';
  vNetwork?.rows.push(nic);
  return file;
}

describe('enrichment from an export’s other sheets', () => {
  const file = withSecondDiskAndNic();
  const match = recogniseFormat(file);
  const sheet = file.sheets.find((s) => s.name === 'vInfo');
  const table = { sheet: 'vInfo', rows: sheet?.rows ?? [], nativeNumbers: true };

  it('adds a new VM’s disks up into its storage, every NIC’s address into its IPs, disk use and host into its notes', () => {
    const estate = { workloads: [], dependencies: [], positions: {}, nodePositions: {}, ...DEFAULT_ESTATE_SETTINGS };
    let n = 0;
    const preview = previewImport(estate, table, match?.inventory?.mapping ?? [], () => `e${n++}`);
    const applied = applyEnrichment(preview, table, file, match?.enrichment ?? [], new Map());
    expect(applied.map((a) => a.kind).sort()).toEqual(['disks', 'hosts', 'networks', 'partitions']);
    const ehr = preview.adds.find((a) => a.workload.name === 'ehr-hl7-prd01')?.workload;
    // 107,520 MiB + 20,480 MiB = 128,000 MiB = 125 GB.
    expect(ehr?.storageGb).toBe(125);
    expect(ehr?.ipAddresses).toEqual(['10.20.1.11', '10.20.9.11']);
    expect(ehr?.notes).toMatch(/Disk use \(vPartition\): 60 of 105 GB/);
    expect(ehr?.notes).toMatch(/Runs on \(vHost\): VMware ESXi 8\.0\.2 build-22380479, 64 cores/);
  });

  it('shows what it changes on a workload already in the estate as a diff', () => {
    const known = workload('vm-ehr', { name: 'ehr-hl7-prd01', storageGb: 105, ipAddresses: ['10.20.1.11'] });
    const estate = { workloads: [known], dependencies: [], positions: { 'vm-ehr': 1 }, nodePositions: {}, ...DEFAULT_ESTATE_SETTINGS };
    let n = 0;
    const preview = previewImport(estate, table, match?.inventory?.mapping ?? [], () => `e${n++}`);
    applyEnrichment(preview, table, file, match?.enrichment ?? [], new Map([[known.id, known]]));
    const update = preview.updates.find((u) => u.id === 'vm-ehr');
    expect(update?.diffs.find((d) => d.field === 'storageGb')).toMatchObject({ from: '105', to: '125' });
    expect(update?.workload.ipAddresses).toEqual(['10.20.1.11', '10.20.9.11']);
  });
});
