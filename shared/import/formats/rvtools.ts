import { environmentHints } from './environment-hints.js';
import { bestSheet, cellAt, columnOf, headerKey, headersOf, presetMapping, sheetNamed, type Signature } from './headers.js';
import { IP_FIELD, NOTES, field } from './targets.js';
import type { EnrichmentJoin, EnrichmentSpec, FormatMatch, NoiseRules, SpreadsheetFile } from './types.js';
import type { Unit } from '../units.js';

// RVTools (Dell, formerly Robware): one workbook of vSphere tabs, or one CSV per tab
// ("RVTools_tabvInfo.csv"). vInfo has a row per VM; vDisk, vPartition, vNetwork and vHost
// add detail.
//
// Column lists: a reference RVTools 4.x workbook compared tab by tab in
// github.com/Yoobuu/Kylow (vmware_rvtools_exporter/out/compare/report.md: vInfo 93 columns,
// "Provisioned MiB", "In Use MiB", "Unshared MiB", "Total disk capacity MiB"; vDisk
// "Capacity MiB"; vPartition "Capacity MiB", "Consumed MiB", "Free MiB"; vNetwork
// "IPv4 Address"; vHost "# CPU", "# Cores", "# Memory"), and for the older header era
// RVTools CSV exports quoted in public test code (vInfo "Provisioned MB", "In Use MB",
// "Unshared MB", vCenter 5.1 era; vPartition "Capacity MB", "Consumed MB", "Free MB").
// Both eras write sizes in binary megabytes: "MB" was renamed "MiB" (4.1) without the
// numbers changing, and vInfo's "Memory" has never said its unit (MiB).
// Not confirmed: the exact release that renamed MB to MiB (4.0 vs 4.1), the older vDisk
// "Capacity MB" header (seen only in third-party header lists), vNetwork's older
// "IP Address" header, and the unit of vHost "# Memory" (taken as MiB, like the rest).

const SOURCE =
  'RVTools 4.x tabs as compared in github.com/Yoobuu/Kylow (vmware_rvtools_exporter/out/compare/report.md); 3.x "MB" headers from RVTools CSV exports quoted in public test code. Not confirmed: the release that renamed MB to MiB, older vDisk/vNetwork headers, the unit of vHost "# Memory".';

const PROVISIONED = ['Provisioned MiB', 'Provisioned MB'];
const IN_USE = ['In Use MiB', 'In Use MB'];
const MIB_ERA = ['Provisioned MiB', 'In Use MiB', 'Unshared MiB', 'Total disk capacity MiB'];

const VINFO: Signature = {
  required: [['VM'], ['Powerstate'], ['CPUs'], ['Memory'], [...PROVISIONED, ...IN_USE]],
  optional: [
    ['Template'],
    ['DNS Name'],
    ['NICs'],
    ['Disks'],
    ['Primary IP Address'],
    ['Resource pool'],
    ['Folder'],
    ['Annotation'],
    ['Datacenter'],
    ['Cluster'],
    ['Host'],
    ['OS according to the configuration file'],
    ['OS according to the VMware Tools'],
    ['VM ID'],
    ['VM UUID'],
    ['VI SDK Server'],
    ['Unshared MiB', 'Unshared MB'],
  ],
};

// vInfo's 90-odd columns: the ones a migration plan reads. Provisioned, not in use: the
// target must hold what the VM was given.
const MAPPING_RULES = [
  { names: ['VM'], target: field('name') },
  { names: ['CPUs'], target: field('vcpu') },
  { names: ['Memory'], target: field('memoryGb', 'MiB') },
  { names: PROVISIONED, target: field('storageGb', 'MiB') },
  { names: ['Primary IP Address'], target: IP_FIELD },
  { names: ['Datacenter'], target: field('currentHosting') },
  { names: ['Annotation'], target: NOTES },
  { names: ['OS according to the configuration file'], target: NOTES },
  { names: ['OS according to the VMware Tools'], target: NOTES },
  { names: ['DNS Name'], target: NOTES },
  { names: ['Cluster'], target: NOTES },
  { names: ['Folder'], target: NOTES },
  { names: IN_USE, target: NOTES },
];

interface EnrichmentTab {
  names: string[];
  kind: EnrichmentSpec['kind'];
  join: EnrichmentJoin;
  columns: { names: string[]; meaning: string; unit?: Unit }[];
}

const TABS: EnrichmentTab[] = [
  {
    names: ['vDisk', 'tabvDisk', 'RVTools_tabvDisk'],
    kind: 'disks',
    join: { by: 'workload-name', column: 'VM' },
    columns: [
      { names: ['Disk'], meaning: 'disk label' },
      { names: ['Capacity MiB', 'Capacity MB'], meaning: 'disk size', unit: 'MiB' },
      { names: ['Thin'], meaning: 'thin provisioned' },
    ],
  },
  {
    names: ['vPartition', 'tabvPartition', 'RVTools_tabvPartition'],
    kind: 'partitions',
    join: { by: 'workload-name', column: 'VM' },
    columns: [
      { names: ['Disk'], meaning: 'partition (mount point or drive)' },
      { names: ['Capacity MiB', 'Capacity MB'], meaning: 'partition size', unit: 'MiB' },
      { names: ['Consumed MiB', 'Consumed MB'], meaning: 'space used', unit: 'MiB' },
    ],
  },
  {
    names: ['vNetwork', 'tabvNetwork', 'RVTools_tabvNetwork'],
    kind: 'networks',
    join: { by: 'workload-name', column: 'VM' },
    columns: [
      { names: ['Network'], meaning: 'port group' },
      { names: ['IPv4 Address', 'IP Address'], meaning: 'IP addresses' },
      { names: ['Mac Address'], meaning: 'MAC address' },
    ],
  },
  {
    names: ['vHost', 'tabvHost', 'RVTools_tabvHost'],
    kind: 'hosts',
    join: { by: 'column', column: 'Host', inventoryColumn: 'Host' },
    columns: [
      { names: ['# CPU'], meaning: 'CPU sockets' },
      { names: ['# Cores'], meaning: 'physical cores' },
      { names: ['# Memory'], meaning: 'host memory', unit: 'MiB' },
      { names: ['ESX Version'], meaning: 'ESXi version' },
    ],
  },
];

function enrichmentOf(file: SpreadsheetFile): EnrichmentSpec[] {
  const specs: EnrichmentSpec[] = [];
  for (const tab of TABS) {
    const sheet = sheetNamed(file, tab.names);
    if (!sheet) continue;
    const headers = headersOf(sheet);
    if (columnOf(headers, [tab.join.column]) < 0) continue;
    const columns = tab.columns.flatMap((c) => {
      const i = columnOf(headers, c.names);
      return i < 0 ? [] : [{ header: (headers[i] ?? '').trim(), meaning: c.meaning, ...(c.unit ? { unit: c.unit } : {}) }];
    });
    specs.push({ sheet: sheet.name, kind: tab.kind, join: tab.join, columns });
  }
  return specs;
}

function noiseOf(sheetName: string, headers: readonly string[]): NoiseRules {
  const vm = columnOf(headers, ['VM']);
  const template = columnOf(headers, ['Template']);
  const power = columnOf(headers, ['Powerstate']);
  return {
    sheet: sheetName,
    classify: (row) => {
      if (cellAt(row, template).toLowerCase() === 'true') return 'template';
      // vSphere Cluster Services agent VMs (7.0 U1 and later): "vCLS-<uuid>", "vCLS (1)".
      if (/^vcls\b/i.test(cellAt(row, vm))) return 'system';
      if (cellAt(row, power).toLowerCase() === 'poweredoff') return 'powered-off';
      return null;
    },
    reasons: {
      template: 'VM templates are images to clone from, not running workloads.',
      system: 'vCLS VMs are vSphere Cluster Services agents that vCenter recreates on its own.',
      'powered-off': 'Powered-off VMs may be retired already; confirm before planning them.',
    },
  };
}

export function recogniseRvtools(file: SpreadsheetFile): FormatMatch | null {
  const best = bestSheet(file, VINFO, ['vInfo', 'tabvInfo', 'RVTools_tabvInfo']);
  if (!best) return null;
  const headers = headersOf(best.sheet);
  const mibEra = MIB_ERA.some((h) => headers.some((x) => headerKey(x) === headerKey(h)));
  return {
    id: 'rvtools',
    label: mibEra ? 'RVTools export, 4.x headers (MiB)' : 'RVTools export, 3.x–4.0 headers (MB)',
    confidence: best.confidence,
    evidence: [best.evidence],
    source: SOURCE,
    inventory: { sheet: best.sheet.name, mapping: presetMapping(headers, MAPPING_RULES) },
    enrichment: enrichmentOf(file),
    dependencies: [],
    noise: noiseOf(best.sheet.name, headers),
    environmentHints: environmentHints([
      { from: 'name', column: columnOf(headers, ['VM']) },
      { from: 'folder', column: columnOf(headers, ['Folder']) },
      { from: 'cluster', column: columnOf(headers, ['Cluster']) },
      { from: 'annotation', column: columnOf(headers, ['Annotation']) },
    ]),
  };
}
