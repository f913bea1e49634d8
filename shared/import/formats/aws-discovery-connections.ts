import { bestSheet, headersOf, optionalColumn, type Signature } from './headers.js';
import type { FormatMatch, SpreadsheetFile } from './types.js';

// AWS Application Discovery Service's network connections, as the Discovery Agent
// export writes them ({account}_sourceProcessConnection.csv for outbound,
// {account}_destinationProcessConnection.csv for inbound; file list in
// docs.aws.amazon.com/application-discovery/latest/userguide/ "Export data", columns
// sourceIp, sourcePort, destinationIp, destinationPort, transportProtocol as read by public
// scripts over those files; the Athena tables name the same fields source_ip,
// destination_ip, destination_port, transport_protocol). Observed connections: aggregated
// by shared/import/connections.ts, this only says which column is which.
// Not confirmed: server-level columns ("SOURCE_SERVER"/"DESTINATION_SERVER",
// sourceServerId/destinationServerId) and a connection count column; read when present.

const SOURCE =
  'docs.aws.amazon.com/application-discovery/latest/userguide (agent data export file list); columns as read by public scripts over sourceProcessConnection.csv. Not confirmed: server-id and count columns.';

const SIGNATURE: Signature = {
  required: [
    ['sourceIp', 'source_ip'],
    ['destinationIp', 'destination_ip'],
    ['destinationPort', 'destination_port'],
  ],
  optional: [
    ['sourcePort', 'source_port'],
    ['transportProtocol', 'transport_protocol'],
    ['ipVersion', 'ip_version'],
    ['agentId', 'agent_id'],
    ['agentAssignedProcessId', 'agent_assigned_process_id'],
    ['timestamp'],
  ],
};

export function recogniseAwsDiscoveryConnections(file: SpreadsheetFile): FormatMatch | null {
  const best = bestSheet(file, SIGNATURE);
  if (!best) return null;
  const h = headersOf(best.sheet);
  return {
    id: 'aws-discovery-connections',
    label: 'AWS Application Discovery Service network connections',
    confidence: best.confidence,
    evidence: [best.evidence],
    source: SOURCE,
    inventory: null,
    enrichment: [],
    dependencies: [
      {
        sheet: best.sheet.name,
        layout: 'connections',
        columns: {
          sourceName: optionalColumn(h, ['SOURCE_SERVER', 'sourceServer', 'sourceServerId', 'source_server_id']),
          sourceIp: optionalColumn(h, ['sourceIp', 'source_ip']),
          destinationName: optionalColumn(h, ['DESTINATION_SERVER', 'destinationServer', 'destinationServerId', 'destination_server_id']),
          destinationIp: optionalColumn(h, ['destinationIp', 'destination_ip']),
          port: optionalColumn(h, ['destinationPort', 'destination_port']),
          protocol: optionalColumn(h, ['transportProtocol', 'transport_protocol']),
          // The agent's process id on the machine that wrote the file (the source, in sourceProcessConnection).
          sourceProcess: optionalColumn(h, ['processName', 'agentAssignedProcessId', 'agent_assigned_process_id']),
          count: optionalColumn(h, ['count', 'connectionsCount', 'connections_count']),
        },
      },
    ],
    noise: null,
    environmentHints: null,
  };
}
