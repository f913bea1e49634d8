// Which column of a connections table holds what. The caller can say so itself; this
// guesses it from the headers of the exports we know: Azure Migrate's dependency
// analysis (agentless: "Source server name", "Source IP", …, "Destination port"), the
// agent-based layout (Service Map / VM insights VMConnection: Computer, ProcessName,
// SourceIp, DestinationIp, DestinationPort, Protocol, LinksEstablished), AWS Application
// Discovery Service network connections (sourceIp, destinationIp, destinationPort,
// transportProtocol), and plain source/destination tables.

/** Column indexes (0-based) of a connections table; a role left out is not in the table. */
export interface ConnectionColumns {
  sourceName?: number;
  sourceIp?: number;
  sourceProcess?: number;
  sourceApplication?: number;
  destinationName?: number;
  destinationIp?: number;
  destinationProcess?: number;
  destinationApplication?: number;
  /** The destination port (a source port is ephemeral and says nothing). */
  port?: number;
  /** tcp or udp (6 or 17); blank or absent means tcp. */
  protocol?: number;
  /** How many connections the row stands for; blank or absent means 1. */
  count?: number;
}

export type ConnectionRole = keyof ConnectionColumns;

const key = (header: string) =>
  header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const NAMES: Record<string, ConnectionRole> = {};
const names = (role: ConnectionRole, list: string[]) => list.forEach((n) => (NAMES[key(n)] = role));
names('sourceName', ['Source server name', 'Source server', 'Source name', 'Source host', 'Source hostname', 'Source machine', 'Computer', 'Client', 'Client name']);
names('sourceIp', ['Source IP', 'Source IP address', 'SourceIp', 'source_ip', 'Src IP', 'Client IP', 'Local IP']);
names('sourceProcess', ['Source process', 'Source process name', 'ProcessName', 'Process name', 'Process']);
names('sourceApplication', ['Source application', 'Source app']);
names('destinationName', [
  'Destination server name',
  'Destination server',
  'Destination name',
  'Destination host',
  'Destination hostname',
  'Destination machine',
  'Target server',
  'Server name',
  'Remote name',
]);
names('destinationIp', ['Destination IP', 'Destination IP address', 'DestinationIp', 'destination_ip', 'Dest IP', 'Dst IP', 'Target IP', 'Remote IP', 'RemoteIp', 'Server IP']);
names('destinationProcess', ['Destination process', 'Destination process name', 'Target process']);
names('destinationApplication', ['Destination application', 'Destination app', 'Target application']);
names('port', ['Destination port', 'DestinationPort', 'destination_port', 'Dest port', 'Dst port', 'Target port', 'Remote port', 'Port', 'Server port']);
names('protocol', ['Protocol', 'Transport protocol', 'transportProtocol', 'transport_protocol', 'Transport', 'IP protocol']);
names('count', ['Count', 'Connections', 'Connection count', 'LinksEstablished', 'Links established', 'sum_LinksEstablished', 'Sessions', 'Hits']);

/** The likely role of each column, from the header row; a role is given to its first column only. */
export function guessConnectionColumns(header: readonly string[]): ConnectionColumns {
  const columns: ConnectionColumns = {};
  header.forEach((h, i) => {
    const role = NAMES[key(h)];
    if (role && columns[role] === undefined) columns[role] = i;
  });
  return columns;
}
