import { bestSheet, headersOf, optionalColumn, type Signature } from './headers.js';
import type { FormatMatch, SpreadsheetFile } from './types.js';

// Azure Migrate's dependency data, in its two layouts. Both are observed TCP connections,
// not declared dependencies: shared/import/connections.ts aggregates them; this only says
// which column is which.
//
// Agentless ("Export dependencies" in the portal): one row per connection and six-hour
// time slot. Fields from learn.microsoft.com/azure/migrate/how-to-create-group-machine-dependencies-agentless
// ("Dependency information": Timeslot, Source server name, Source application, Source
// process, Destination server name, Destination IP, Destination application, Destination
// process, Destination port). "Source IP" is not in that table but appears in exports;
// it is read when present.
// Agent-based (Service Map in a Log Analytics workspace): a query over the VMConnection
// table exported as CSV, e.g. the documented samples in
// learn.microsoft.com/azure/migrate/how-to-create-group-machine-dependencies
// ("summarize sum(LinksEstablished) by Computer, Direction, SourceIp, DestinationIp,
// DestinationPort"). Its columns are whatever the query keeps; the VMConnection names
// (Computer, Direction, ProcessName, SourceIp, DestinationIp, DestinationPort, Protocol,
// LinksEstablished) are recognised, and a summarised count as "sum_LinksEstablished".
// Not confirmed: "Time slot" vs "Timeslot" spelling in the file (both are accepted).

const SOURCE =
  'learn.microsoft.com/azure/migrate/how-to-create-group-machine-dependencies-agentless ("Dependency information") and the VMConnection queries in learn.microsoft.com/azure/migrate/how-to-create-group-machine-dependencies. Not confirmed: "Source IP" in the agentless export (read when present).';

const AGENTLESS: Signature = {
  required: [['Source server name'], ['Destination server name'], ['Destination port']],
  optional: [['Timeslot', 'Time slot'], ['Source IP'], ['Source application'], ['Source process'], ['Destination IP'], ['Destination application'], ['Destination process']],
};

const AGENT_BASED: Signature = {
  required: [['SourceIp'], ['DestinationIp'], ['DestinationPort'], ['Computer']],
  optional: [['Direction'], ['ProcessName'], ['Protocol'], ['LinksEstablished', 'sum_LinksEstablished'], ['RemoteIp'], ['TimeGenerated']],
};

function agentless(file: SpreadsheetFile): FormatMatch | null {
  const best = bestSheet(file, AGENTLESS);
  if (!best) return null;
  const h = headersOf(best.sheet);
  const columns = {
    sourceName: optionalColumn(h, ['Source server name']),
    sourceIp: optionalColumn(h, ['Source IP']),
    sourceProcess: optionalColumn(h, ['Source process']),
    sourceApplication: optionalColumn(h, ['Source application']),
    destinationName: optionalColumn(h, ['Destination server name']),
    destinationIp: optionalColumn(h, ['Destination IP']),
    destinationProcess: optionalColumn(h, ['Destination process']),
    destinationApplication: optionalColumn(h, ['Destination application']),
    port: optionalColumn(h, ['Destination port']),
  };
  return match('Azure Migrate dependency export (agentless)', best, { sheet: best.sheet.name, layout: 'connections', columns });
}

function agentBased(file: SpreadsheetFile): FormatMatch | null {
  const best = bestSheet(file, AGENT_BASED);
  if (!best) return null;
  const h = headersOf(best.sheet);
  const columns = {
    monitoredName: optionalColumn(h, ['Computer']),
    direction: optionalColumn(h, ['Direction']),
    sourceIp: optionalColumn(h, ['SourceIp']),
    destinationIp: optionalColumn(h, ['DestinationIp']),
    port: optionalColumn(h, ['DestinationPort']),
    // The process on the monitored machine: the source of an outbound row, the destination of an inbound one.
    sourceProcess: optionalColumn(h, ['ProcessName']),
    protocol: optionalColumn(h, ['Protocol']),
    count: optionalColumn(h, ['LinksEstablished', 'sum_LinksEstablished']),
  };
  return match('Azure Migrate dependency export (agent-based, Service Map)', best, { sheet: best.sheet.name, layout: 'connections', columns });
}

function match(label: string, best: NonNullable<ReturnType<typeof bestSheet>>, dependency: FormatMatch['dependencies'][number]): FormatMatch {
  return {
    id: 'azure-migrate-dependencies',
    label,
    confidence: best.confidence,
    evidence: [best.evidence],
    source: SOURCE,
    inventory: null,
    enrichment: [],
    dependencies: [dependency],
    noise: null,
    environmentHints: null,
  };
}

export function recogniseAzureMigrateDependencies(file: SpreadsheetFile): FormatMatch | null {
  return agentless(file) ?? agentBased(file);
}
