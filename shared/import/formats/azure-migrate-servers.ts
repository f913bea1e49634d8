import { environmentHints } from './environment-hints.js';
import { bestSheet, columnOf, headerKey, headersOf, presetMapping, sheetNamed, type Signature } from './headers.js';
import { IP_FIELD, NOTES, field } from './targets.js';
import type { FormatMatch, SpreadsheetFile } from './types.js';

// Azure Migrate's server lists: the CSV template for importing servers without the
// appliance, and the Azure VM assessment's Excel export.
//
// Import template: learn.microsoft.com/azure/migrate/tutorial-discover-import ("Prepare
// the CSV": Server name, IP addresses, Cores, Memory in MB, OS name, OS version, OS
// architecture, Number of disks, Disk 1 size in GB … up to eight disks, utilisation and
// throughput columns, Boot type / Firmware type, MAC address); the template's exact
// headers ("*Server name", "*Cores", "*Memory (In MB)", "*OS name", "Disk 1 size (In GB)",
// "Storage in use (In GB)", "Server type", "Hypervisor") as written by
// github.com/lrivallain/rvtools2azmigrate and other public converters. The asterisks mark
// mandatory columns and are folded away when matching.
// Assessment export: sheet "All_Assessed_Machines" (with "All_Assessed_Disks"), headers
// "Machine", "Azure VM readiness", "Recommended size", "Operating system", "Cores",
// "Memory(MB)", "Storage(GB)", "IP address", "Group name", … as listed by a public
// deployment script that reads the export; the readiness states are in
// learn.microsoft.com/azure/migrate/review-assessment.
// Not confirmed: the disks sheet's "Disk size(GB)" header (read when present), the portal's "Export" of discovered servers (its columns are not
// published; such a file is left to the generic guesser), and the newer assessment
// export's sheet names ("Server_to_AzureVM" is seen in third-party code only).
// "MB" in both is binary (Azure sizes memory as 8192, 16384 …), so it is read as MiB;
// disk sizes in "GB" are Azure's binary gigabytes (a P10 disk is 128 GiB).

const IMPORT_SOURCE =
  "learn.microsoft.com/azure/migrate/tutorial-discover-import (fields) and the template headers written by github.com/lrivallain/rvtools2azmigrate. Not confirmed: the portal's discovered-servers export, which is left to the generic guesser.";
const ASSESSMENT_SOURCE =
  'All_Assessed_Machines headers as read by a public deployment script; readiness states from learn.microsoft.com/azure/migrate/review-assessment. Not confirmed: the newer export\'s sheet names ("Server_to_AzureVM").';

const IMPORT: Signature = {
  required: [['Server name'], ['Cores'], ['Memory (In MB)', 'Memory (MB)'], ['OS name']],
  optional: [
    ['IP addresses', 'IP address'],
    ['OS version'],
    ['OS architecture'],
    ['Number of disks'],
    ['Disk 1 size (In GB)', 'Disk 1 size'],
    ['CPU utilization percentage'],
    ['Memory utilization percentage'],
    ['Boot type', 'Firmware type'],
    ['Network adapters'],
    ['Storage in use (In GB)'],
  ],
};

const ASSESSMENT: Signature = {
  required: [['Machine'], ['Azure VM readiness'], ['Cores'], ['Memory(MB)', 'Memory (MB)']],
  optional: [['Recommended size'], ['Operating system'], ['Storage(GB)', 'Storage (GB)'], ['IP address'], ['Group name'], ['Boot type'], ['VM host'], ['Azure readiness issues']],
};

/** Azure takes up to eight disks, one set of columns each; their sizes add up to the workload's storage. */
const diskColumns = (headers: readonly string[]) => headers.map((h, i) => (/^disk \d+ size( in gb)?$/.test(headerKey(h)) ? i : -1)).filter((i) => i >= 0);

export function recogniseAzureMigrateImport(file: SpreadsheetFile): FormatMatch | null {
  const best = bestSheet(file, IMPORT);
  if (!best) return null;
  const headers = headersOf(best.sheet);
  const disks = diskColumns(headers);
  const mapping = presetMapping(headers, [
    { names: ['Server name'], target: field('name') },
    { names: ['IP addresses', 'IP address'], target: IP_FIELD },
    { names: ['Cores'], target: field('vcpu') },
    { names: ['Memory (In MB)', 'Memory (MB)'], target: field('memoryGb', 'MiB') },
    // The first disk's column carries storage for a reader that does not add up `totals`.
    ...(disks.length ? [{ names: [headers[disks[0] as number] as string], target: field('storageGb', 'GiB') }] : []),
    { names: ['CPU utilization percentage'], target: field('cpuUtilisationPct', '%') },
    { names: ['Memory utilization percentage'], target: field('memoryUtilisationPct', '%') },
    { names: ['OS name'], target: NOTES },
    { names: ['OS version'], target: NOTES },
    { names: ['Server type'], target: NOTES },
    { names: ['Hypervisor'], target: NOTES },
    { names: ['Storage in use (In GB)'], target: NOTES },
  ]);
  return {
    id: 'azure-migrate-import',
    label: 'Azure Migrate import template (CSV)',
    confidence: best.confidence,
    evidence: [best.evidence],
    source: IMPORT_SOURCE,
    inventory: { sheet: best.sheet.name, mapping, ...(disks.length > 1 ? { totals: [{ field: 'storageGb' as const, columns: disks, unit: 'GiB' as const }] } : {}) },
    enrichment: [],
    dependencies: [],
    noise: null,
    environmentHints: environmentHints([{ from: 'name', column: columnOf(headers, ['Server name']) }]),
  };
}

export function recogniseAzureMigrateAssessment(file: SpreadsheetFile): FormatMatch | null {
  const best = bestSheet(file, ASSESSMENT, ['All_Assessed_Machines']);
  if (!best) return null;
  const headers = headersOf(best.sheet);
  const mapping = presetMapping(headers, [
    { names: ['Machine'], target: field('name') },
    { names: ['Cores'], target: field('vcpu') },
    { names: ['Memory(MB)', 'Memory (MB)'], target: field('memoryGb', 'MiB') },
    { names: ['Storage(GB)', 'Storage (GB)'], target: field('storageGb', 'GiB') },
    { names: ['IP address'], target: IP_FIELD },
    { names: ['Operating system'], target: NOTES },
    { names: ['Azure VM readiness'], target: NOTES },
    { names: ['Azure readiness issues'], target: NOTES },
    { names: ['Recommended size'], target: NOTES },
    { names: ['Group name'], target: NOTES },
  ]);
  const disks = sheetNamed(file, ['All_Assessed_Disks']);
  const diskHeaders = disks ? headersOf(disks) : [];
  const diskSize = columnOf(diskHeaders, ['Disk size(GB)', 'Disk size (GB)', 'Size(GB)']);
  return {
    id: 'azure-migrate-assessment',
    label: 'Azure Migrate assessment export',
    confidence: best.confidence,
    evidence: [best.evidence],
    source: ASSESSMENT_SOURCE,
    inventory: { sheet: best.sheet.name, mapping },
    enrichment:
      disks && columnOf(diskHeaders, ['Machine']) >= 0
        ? [
            {
              sheet: disks.name,
              kind: 'disks',
              join: { by: 'workload-name', column: 'Machine' },
              columns: diskSize >= 0 ? [{ header: (diskHeaders[diskSize] ?? '').trim(), meaning: 'disk size', unit: 'GiB' }] : [],
            },
          ]
        : [],
    dependencies: [],
    noise: null,
    environmentHints: environmentHints([{ from: 'name', column: columnOf(headers, ['Machine']) }]),
  };
}
