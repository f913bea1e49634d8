import type { ConnectionColumns as FormatConnectionColumns, FormatMatch, SpreadsheetFile } from './formats/types.js';
import { guessConnectionColumns, type ConnectionColumns } from './connection-columns.js';
import type { ConnectionTable } from './connections.js';

// Observed connections, whichever export they come from, as one table of source and
// destination that connections.ts aggregates. Azure Migrate's agentless export and AWS's
// are that already. Service Map (agent-based) names only the monitored machine on each
// row, with a direction, and sees a link between two monitored machines twice (outbound
// at one end, inbound at the other): its rows are turned round and the second sighting
// left out. Any other table with a source and a destination column is read the same way.

/** Where a file's observed connections are, if it has any: a recognised export's, else any source/destination table. */
export function connectionsIn(file: SpreadsheetFile, match: FormatMatch | null): { sheet: string; columns: FormatConnectionColumns; label: string } | null {
  const spec = match?.dependencies.find((d) => d.layout === 'connections');
  if (spec && spec.layout === 'connections') return { sheet: spec.sheet, columns: spec.columns, label: match?.label ?? '' };
  if (match) return null;
  for (const sheet of file.sheets) {
    const columns = guessConnectionColumns(sheet.rows[0] ?? []);
    const source = columns.sourceName ?? columns.sourceIp;
    const destination = columns.destinationName ?? columns.destinationIp;
    if (source !== undefined && destination !== undefined && source !== destination) return { sheet: sheet.name, columns, label: 'A table of observed connections (source and destination)' };
  }
  return null;
}

const cell = (row: readonly string[], column: number | undefined) => (column === undefined ? '' : (row[column] ?? '').trim());

/** The table and columns aggregateConnections reads: Service Map rows turned into source and destination. */
export function asSourceAndDestination(table: ConnectionTable, columns: FormatConnectionColumns): { table: ConnectionTable; columns: ConnectionColumns } {
  const { monitoredName, direction, ...plain } = columns;
  if (monitoredName === undefined || direction === undefined) return { table, columns: plain };
  const [header = [], ...body] = table.rows;
  const outboundFrom = new Set<string>();
  for (const row of body) if (/^out/i.test(cell(row, direction))) outboundFrom.add(cell(row, plain.sourceIp) || cell(row, monitoredName).toLowerCase());
  const width = header.length;
  const SOURCE = width;
  const DESTINATION = width + 1;
  const rows: string[][] = [[...header, 'Source (from the monitored machine)', 'Destination (from the monitored machine)']];
  for (const row of body) {
    const inbound = /^in/i.test(cell(row, direction));
    // An inbound row from a machine whose own outbound rows are here is the same link seen twice.
    if (inbound && outboundFrom.has(cell(row, plain.sourceIp))) continue;
    const padded = Array.from({ length: width }, (_, c) => row[c] ?? '');
    rows.push([...padded, inbound ? '' : cell(row, monitoredName), inbound ? cell(row, monitoredName) : '']);
  }
  return { table: { ...table, rows }, columns: { ...plain, sourceName: SOURCE, destinationName: DESTINATION } };
}
