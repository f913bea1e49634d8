// Issue 14: a 1,000,000-row Azure Migrate dependency export (agentless layout, ~2,000
// servers, realistic ports, noise and unknown endpoints) aggregated into candidate
// dependencies must cost at most 2x a bare CSV parse of it: parse + aggregate against
// parse alone, interleaved, median of 3. Also prints the process's heap and RSS growth.
// Runnable alone: npx tsx test/bench/connections-bench.ts
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseCsv } from '../../shared/excel/csv-read.js';
import { guessConnectionColumns } from '../../shared/import/connection-columns.js';
import { aggregateConnections, type ConnectionAnalysis, type ConnectionWorkload } from '../../shared/import/connections.js';
import { interleaved } from './interleaved.js';
import { seededRandom } from '../../shared/synthetic/generate-estate.js';

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

/** The same file on every run. */
const random = seededRandom;

/** Services an application server offers its partners: port, listening process, application. */
const SERVICES: [port: number, process: string, application: string][] = [
  [443, 'w3wp.exe', 'Internet Information Services'],
  [1433, 'sqlservr.exe', 'Microsoft SQL Server'],
  [5432, 'postgres', 'PostgreSQL'],
  [80, 'httpd', 'Apache HTTP Server'],
  [8080, 'java', 'Apache Tomcat'],
  [445, 'System', 'Windows file sharing'],
  [5672, 'erl.exe', 'RabbitMQ'],
  [6379, 'redis-server', 'Redis'],
  [2575, 'java', 'Mirth Connect'],
  [1521, 'tnslsnr', 'Oracle Database'],
  [8069, 'python3', 'Odoo'],
  [49670, 'svchost.exe', ''],
];
/** Shared infrastructure every server talks to (left out by the default noise rules): port, process, application. */
const INFRASTRUCTURE: [port: number, process: string, application: string][] = [
  [53, 'dns.exe', 'DNS Server'],
  [53, 'dns.exe', 'DNS Server'],
  [123, 'svchost.exe', 'Windows Time'],
  [389, 'lsass.exe', 'Active Directory'],
  [88, 'lsass.exe', 'Active Directory'],
  [9392, 'Veeam.Backup.Service.exe', 'Veeam Backup'],
  [3389, 'svchost.exe', 'Remote Desktop'],
];
const CLIENT_PROCESSES = ['w3wp.exe', 'java', 'python3', 'node', 'dotnet', 'svchost.exe', 'sqlservr.exe', 'httpd'];

export const HEADER = 'Time slot,Source server name,Source IP,Source application,Source process,Destination server name,Destination IP,Destination application,Destination process,Destination port';

/**
 * An export as Azure Migrate writes it: one row per time slot and connection. Each
 * server has 8 to 16 partners it calls on one service each (so ~24,000 distinct pairs);
 * a quarter of the rows go to shared infrastructure (DNS, NTP, directory, backup, RDP),
 * 2% come from the appliance, 3% go to addresses outside the inventory. Server names are
 * written upper case or as FQDNs, as discovery tools do.
 */
export function generateConnections(rows: number, servers: number, seed = 14): { text: string; workloads: ConnectionWorkload[] } {
  const rnd = random(seed);
  const name = (i: number) => `srv-${String(i).padStart(4, '0')}`;
  const ip = (i: number) => `10.${20 + (i >> 16)}.${(i >> 8) & 255}.${i & 255}`;
  const workloads: ConnectionWorkload[] = [];
  for (let i = 0; i < servers; i++) workloads.push({ id: `w${i}`, name: name(i), ipAddresses: [ip(i)] });
  const partners: { server: number; service: (typeof SERVICES)[number] }[][] = [];
  for (let i = 0; i < servers; i++) {
    const list = [];
    const n = 8 + Math.floor(rnd() * 9);
    for (let k = 0; k < n; k++) list.push({ server: (i + 1 + Math.floor(rnd() * (servers - 1))) % servers, service: SERVICES[Math.floor(rnd() * SERVICES.length)] as (typeof SERVICES)[number] });
    partners.push(list);
  }
  const lines: string[] = [HEADER];
  for (let r = 0; r < rows; r++) {
    const slot = `2025-03-${String(1 + (r % 28)).padStart(2, '0')} ${String(r % 24).padStart(2, '0')}:00`;
    const source = Math.floor(rnd() * servers);
    const roll = rnd();
    let sourceName = roll < 0.3 || roll > 0.7 ? name(source).toUpperCase() : `${name(source)}.hospital.local`;
    let sourceIp = ip(source);
    let destName = '';
    let destIp: string;
    let service: (typeof SERVICES)[number];
    if (roll < 0.25) {
      service = INFRASTRUCTURE[Math.floor(rnd() * INFRASTRUCTURE.length)] as (typeof SERVICES)[number];
      const infra = service[0] === 9392 ? 4 : service[0] === 3389 ? (source % 200) + 10 : source % 4;
      destName = name(infra);
      destIp = ip(infra);
    } else if (roll < 0.27) {
      sourceName = 'AzureMigrateAppliance01';
      sourceIp = '10.250.0.10';
      service = [
        [445, 'System', ''],
        [135, 'svchost.exe', ''],
        [22, 'sshd', ''],
        [5985, 'svchost.exe', ''],
      ][r & 3] as (typeof SERVICES)[number];
      destName = name(source);
      destIp = ip(source);
    } else if (roll < 0.3) {
      service = [443, '', ''];
      destIp = `52.${source & 7}.${(source >> 3) & 3}.${r % 7}`;
    } else {
      const list = partners[source] as { server: number; service: (typeof SERVICES)[number] }[];
      const partner = list[Math.floor(rnd() * list.length)] as (typeof list)[number];
      service = partner.service;
      destName = name(partner.server);
      destIp = ip(partner.server);
    }
    const [port, process, application] = service;
    const client = CLIENT_PROCESSES[source % CLIENT_PROCESSES.length] as string;
    lines.push(`${slot},${sourceName},${sourceIp},,${client},${destName},${destIp},"${application}",${process},${port}`);
  }
  return { text: lines.join('\n'), workloads };
}

const MB = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;

export interface ConnectionsBenchResult {
  rows: number;
  servers: number;
  csvMegabytes: number;
  parseMs: number;
  parseAndAggregateMs: number;
  aggregateMs: number;
  ratio: number;
  target: number;
  heapGrowthMb: number;
  rssGrowthMb: number;
  peakRssGrowthMb: number;
  candidates: number;
  external: number;
  totals: ConnectionAnalysis['totals'];
}

export function connectionsBenchmark(options: { rows?: number; servers?: number; rounds?: number } = {}): ConnectionsBenchResult {
  const rows = options.rows ?? 1_000_000;
  const servers = options.servers ?? 2_000;
  const rounds = options.rounds ?? 3;
  gc();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
  const { text, workloads } = generateConnections(rows, servers);
  sample();
  // The file has 10 columns, so more fields than the default cap of 5 million: both sides get the same bounds.
  const bounds = { cells: (rows + 1) * 10 + 10 };
  const columns = guessConnectionColumns(HEADER.split(','));
  let result: ConnectionAnalysis | undefined;
  const timed = interleaved({
    warmUp: 1,
    rounds,
    base: () => {
      gc();
      parseCsv(text, ',', bounds);
      sample();
    },
    ours: () => {
      gc();
      result = aggregateConnections({ sheet: 'Dependencies', rows: parseCsv(text, ',', bounds) }, columns, { workloads });
      sample();
    },
  });
  // The aggregation alone, on rows parsed once.
  const parsed = parseCsv(text, ',', bounds);
  const aggregate: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    aggregateConnections({ sheet: 'Dependencies', rows: parsed }, columns, { workloads });
    aggregate.push(performance.now() - start);
  }
  sample();
  const after = process.memoryUsage();
  const analysis = result as ConnectionAnalysis;
  const ratio = timed.ours / timed.base;
  const out: ConnectionsBenchResult = {
    rows,
    servers,
    csvMegabytes: Math.round(text.length / 1024 / 1024),
    parseMs: Math.round(timed.base),
    parseAndAggregateMs: Math.round(timed.ours),
    aggregateMs: Math.round([...aggregate].sort((a, b) => a - b)[Math.floor(aggregate.length / 2)] as number),
    ratio: Math.round(ratio * 100) / 100,
    target: 2,
    heapGrowthMb: Math.round((after.heapUsed - before.heapUsed) / 1024 / 1024),
    rssGrowthMb: Math.round((after.rss - before.rss) / 1024 / 1024),
    peakRssGrowthMb: Math.round((peakRss - before.rss) / 1024 / 1024),
    candidates: analysis.dependencies.length,
    external: analysis.external.length,
    totals: analysis.totals,
  };
  console.log(`Connections (issue 14): ${rows.toLocaleString('en')} rows, ${servers.toLocaleString('en')} servers, ${out.csvMegabytes} MB of CSV`);
  console.log(
    `  parse ${out.parseMs} ms, parse + aggregate ${out.parseAndAggregateMs} ms (aggregate alone ${out.aggregateMs} ms): ${out.ratio}x of a bare parse, target ≤ ${out.target}x ${out.ratio <= out.target ? 'OK' : 'MISSED'}`,
  );
  console.log(
    `  ${out.candidates.toLocaleString('en')} candidate dependencies, ${out.external.toLocaleString('en')} external endpoints; kept ${analysis.totals.kept.toLocaleString('en')}, filtered ${analysis.totals.filtered.toLocaleString('en')}, self-loops ${analysis.totals.selfLoops.toLocaleString('en')}, unmatched ${analysis.totals.unmatched.toLocaleString('en')}, invalid ${analysis.totals.invalid.toLocaleString('en')}`,
  );
  console.log(
    `  heap ${MB(before.heapUsed)} → ${MB(after.heapUsed)} (+${out.heapGrowthMb} MB), RSS ${MB(before.rss)} → ${MB(after.rss)} (+${out.rssGrowthMb} MB, peak +${out.peakRssGrowthMb} MB; the CSV text and one parse of it are live)`,
  );
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) connectionsBenchmark();
