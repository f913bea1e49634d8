import { environmentHints } from './environment-hints.js';
import { bestSheet, columnOf, headersOf, presetMapping, type Signature } from './headers.js';
import { IP_FIELD, NOTES, field } from './targets.js';
import type { FormatMatch, SpreadsheetFile } from './types.js';

// AWS Application Discovery Service / Migration Hub server lists: the import template
// (docs.aws.amazon.com/application-discovery/latest/userguide/discovery-import.html,
// "Supported Import File Fields": ExternalId, SMBiosId, IPAddress, MACAddress, HostName,
// VMware.MoRefId, VMware.VCenterId, CPU.NumberOfProcessors, CPU.NumberOfCores,
// CPU.NumberOfLogicalCores, OS.Name, OS.Version, VMware.VMName, RAM.TotalSizeInMB,
// RAM.UsedSizeInMB.Avg/.Max, CPU.UsagePct.Avg/.Max, disk and network rates,
// Applications, ApplicationWave, Tags, ServerId), and the same fields prefixed "Server."
// in Migration Hub's exports (EC2InstanceRecommendations.csv: "Server.HostName",
// "Server.VMware.VMname", "Server.RAM.TotalSizeInMB", … as quoted in the test code of
// AWS Cloud Migration Factory). RAM is binary megabytes (16384 for 16 GiB).
// Not confirmed: other Migration Hub exports that may use the "Server." prefix.

const SOURCE =
  'docs.aws.amazon.com/application-discovery/latest/userguide/discovery-import.html ("Supported Import File Fields"); the "Server." prefixed export as quoted in AWS Cloud Migration Factory test code. Not confirmed: other exports using the prefix.';

// Each name with and without the export's "Server." prefix.
const both = (...names: string[]) => names.flatMap((n) => [n, `Server.${n}`]);

const SIGNATURE: Signature = {
  required: [both('HostName', 'VMware.VMName', 'ExternalId', 'IPAddress'), both('RAM.TotalSizeInMB'), both('CPU.NumberOfLogicalCores', 'CPU.NumberOfCores', 'CPU.NumberOfProcessors')],
  optional: [
    both('ExternalId'),
    both('IPAddress'),
    both('MACAddress'),
    both('HostName'),
    both('VMware.VMName'),
    both('VMware.MoRefId'),
    both('OS.Name'),
    both('OS.Version'),
    both('CPU.UsagePct.Avg'),
    both('RAM.UsedSizeInMB.Avg'),
    ['Applications'],
    ['Tags'],
    ['ApplicationWave'],
    both('SMBiosId'),
  ],
};

export function recogniseAwsDiscoveryImport(file: SpreadsheetFile): FormatMatch | null {
  const best = bestSheet(file, SIGNATURE);
  if (!best) return null;
  const headers = headersOf(best.sheet);
  const prefixed = columnOf(headers, ['Server.RAM.TotalSizeInMB']) >= 0;
  const mapping = presetMapping(headers, [
    // The host name is what people call the server; the VM name and the inventory id are fallbacks.
    { names: both('HostName', 'VMware.VMName', 'ExternalId'), target: field('name') },
    { names: both('IPAddress'), target: IP_FIELD },
    // Logical cores: what the guest sees, which is what a cloud vCPU count compares with.
    { names: both('CPU.NumberOfLogicalCores', 'CPU.NumberOfCores', 'CPU.NumberOfProcessors'), target: field('vcpu') },
    { names: both('RAM.TotalSizeInMB'), target: field('memoryGb', 'MiB') },
    { names: ['Applications'], target: field('system') },
    { names: both('ExternalId'), target: NOTES },
    { names: both('VMware.VMName'), target: NOTES },
    { names: both('OS.Name'), target: NOTES },
    { names: both('OS.Version'), target: NOTES },
    // "Wave 2" is a label, not a wave number Waveplan could pin.
    { names: ['ApplicationWave'], target: NOTES },
    { names: ['Tags'], target: NOTES },
  ]);
  return {
    id: 'aws-discovery-import',
    label: prefixed ? 'AWS Migration Hub server export ("Server." headers)' : 'AWS Migration Hub import template',
    confidence: best.confidence,
    evidence: [best.evidence],
    source: SOURCE,
    inventory: { sheet: best.sheet.name, mapping },
    enrichment: [],
    dependencies: [],
    noise: null,
    environmentHints: environmentHints([
      { from: 'name', column: columnOf(headers, both('HostName')) },
      { from: 'name', column: columnOf(headers, both('VMware.VMName')) },
      { from: 'annotation', column: columnOf(headers, ['Tags']) },
    ]),
  };
}
