import { describe, expect, it } from 'vitest';
import { formatIp, hostName, inRange, normaliseIp, parseIp, parseRange } from '../../../../shared/import/connection-address.js';
import { guessConnectionColumns } from '../../../../shared/import/connection-columns.js';
import { DEFAULT_NOISE_RULES, withAppliance } from '../../../../shared/import/connection-noise.js';
import { aggregateConnections, type ConnectionWorkload } from '../../../../shared/import/connections.js';
import { candidateNotes, candidatesToDependencies } from '../../../../shared/import/connections-to-dependencies.js';
import { couplingOfKind, kindOfPort, PORT_KINDS } from '../../../../shared/import/port-kinds.js';
import { DependencySchema } from '../../../../shared/domain/dependency.js';

// Issue 14: observed connections become candidate dependencies. Fixtures are built here,
// in the layouts the discovery tools export.

const WORKLOADS: ConnectionWorkload[] = [
  { id: 'w-web', name: 'WEB01', ipAddresses: ['10.0.0.10'] },
  { id: 'w-app', name: 'app01.hospital.local', ipAddresses: ['10.0.0.20', '2001:db8::20'] },
  { id: 'w-db', name: 'DB01', ipAddresses: ['10.0.0.30'] },
  { id: 'w-cache', name: 'cache01', ipAddresses: ['10.0.0.40'] },
  { id: 'w-dc', name: 'DC01', ipAddresses: ['10.0.0.2'] },
];

const AZURE_AGENTLESS = [
  'Time slot',
  'Source server name',
  'Source IP',
  'Source application',
  'Source process',
  'Destination server name',
  'Destination IP',
  'Destination application',
  'Destination process',
  'Destination port',
];
const azureRow = (source: string, sourceIp: string, process: string, dest: string, destIp: string, destProcess: string, port: string) => [
  '2025-03-01 10:00',
  source,
  sourceIp,
  '',
  process,
  dest,
  destIp,
  '',
  destProcess,
  port,
];

function analyse(header: string[], body: string[][], workloads = WORKLOADS, more: Partial<Parameters<typeof aggregateConnections>[2]> = {}) {
  return aggregateConnections({ sheet: 'Connections', rows: [header, ...body] }, guessConnectionColumns(header), { workloads, ...more });
}

describe('addresses and names', () => {
  it('normalises IPv4 and IPv6 to one spelling', () => {
    expect(normaliseIp(' 10.0.0.5 ')).toBe('10.0.0.5');
    expect(normaliseIp('::ffff:10.0.0.5')).toBe('10.0.0.5');
    expect(normaliseIp('2001:DB8:0:0:0:0:0:1')).toBe('2001:db8::1');
    expect(normaliseIp('[fe80::1%eth0]')).toBe('fe80::1');
    expect(normaliseIp('2001:db8:0:1:0:0:0:1')).toBe('2001:db8:0:1::1');
    expect(normaliseIp('::')).toBe('::');
    expect(normaliseIp('256.0.0.1')).toBeUndefined();
    expect(normaliseIp('db01')).toBeUndefined();
    expect(normaliseIp('1::2::3')).toBeUndefined();
    expect(formatIp(parseIp('0:0:0:0:0:0:0:1')!)).toBe('::1');
  });
  it('tests ranges', () => {
    expect(inRange(parseIp('127.8.9.1')!, parseRange('127.0.0.0/8')!)).toBe(true);
    expect(inRange(parseIp('128.0.0.1')!, parseRange('127.0.0.0/8')!)).toBe(false);
    expect(inRange(parseIp('fe80::abcd')!, parseRange('fe80::/10')!)).toBe(true);
    expect(inRange(parseIp('10.0.0.1')!, parseRange('fe80::/10')!)).toBe(false);
    expect(parseRange('10.0.0.0/33')).toBeUndefined();
  });
  it('reduces a host name to its short form', () => {
    expect(hostName(' DB01.Hospital.Local. ')).toEqual({ full: 'db01.hospital.local', short: 'db01' });
    expect(hostName('CORP\\DB01')).toEqual({ full: 'db01', short: 'db01' });
    expect(hostName('Patient Portal v2.1')).toEqual({ full: 'patient portal v2.1', short: 'patient portal v2.1' });
    expect(hostName('   ')).toBeUndefined();
  });
});

describe('column guessing', () => {
  it('reads the Azure agentless, agent-based and AWS layouts', () => {
    expect(guessConnectionColumns(AZURE_AGENTLESS)).toEqual({
      sourceName: 1,
      sourceIp: 2,
      sourceApplication: 3,
      sourceProcess: 4,
      destinationName: 5,
      destinationIp: 6,
      destinationApplication: 7,
      destinationProcess: 8,
      port: 9,
    });
    expect(guessConnectionColumns(['Computer', 'ProcessName', 'SourceIp', 'DestinationIp', 'DestinationPort', 'Protocol', 'LinksEstablished'])).toEqual({
      sourceName: 0,
      sourceProcess: 1,
      sourceIp: 2,
      destinationIp: 3,
      port: 4,
      protocol: 5,
      count: 6,
    });
    expect(guessConnectionColumns(['agentId', 'sourceIp', 'sourcePort', 'destinationIp', 'destinationPort', 'ipVersion', 'transportProtocol', 'agentAssignedProcessId'])).toEqual({
      sourceIp: 1,
      destinationIp: 3,
      port: 4,
      protocol: 6,
    });
  });
});

describe('aggregating connections', () => {
  it('reads the Azure Migrate agentless export: one candidate per pair, counts, ports, processes, evidence rows', () => {
    const result = analyse(AZURE_AGENTLESS, [
      azureRow('WEB01', '10.0.0.10', 'w3wp.exe', 'app01.hospital.local', '10.0.0.20', 'java', '8080'),
      azureRow('web01.hospital.local', '10.0.0.10', 'w3wp.exe', 'APP01', '10.0.0.20', 'java', '8080'),
      azureRow('APP01', '10.0.0.20', 'java', 'DB01', '10.0.0.30', 'sqlservr.exe', '1433'),
      azureRow('APP01', '10.0.0.20', 'java', 'DB01', '10.0.0.30', 'sqlservr.exe', '1433'),
      azureRow('APP01', '10.0.0.20', 'java', 'DB01', '10.0.0.30', 'sqlservr.exe', '443'),
      azureRow('APP01', '10.0.0.20', 'java', 'cache01', '10.0.0.40', 'redis-server', '6379'),
    ]);
    expect(result.dependencies.map((d) => [d.consumerId, d.providerId, d.kind, d.coupling, d.connections, d.protocol])).toEqual([
      ['w-app', 'w-cache', 'cache', 'tight', 1, 'tcp/6379 (redis)'],
      ['w-app', 'w-db', 'database', 'tight', 3, 'tcp/1433 (mssql), tcp/443 (https)'],
      ['w-web', 'w-app', 'api', 'loose', 2, 'tcp/8080 (http-alt)'],
    ]);
    const db = result.dependencies[1]!;
    expect(db.rows).toEqual({ first: 4, last: 6 });
    expect(db.sheet).toBe('Connections');
    expect(db.ports.map((p) => [p.port, p.connections])).toEqual([
      [1433, 2],
      [443, 1],
    ]);
    expect(db.sourceProcesses).toEqual([{ name: 'java', connections: 3 }]);
    expect(db.destinationProcesses).toEqual([{ name: 'sqlservr.exe', connections: 3 }]);
    expect(result.totals).toEqual({ rows: 6, connections: 6, kept: 6, filtered: 0, selfLoops: 0, unmatched: 0, invalid: 0 });
    expect(result.problems).toEqual([]);
    const notes = candidateNotes(db);
    expect(notes).toContain('Observed 3 connections in Connections, rows 4 to 6.');
    expect(notes).toContain('tcp/1433 (mssql) × 2');
    expect(notes).toContain('Provider processes: sqlservr.exe (3).');
  });

  it('reads the agent-based layout (Service Map / VM insights): counts from LinksEstablished, the computer as the source', () => {
    const header = ['Computer', 'ProcessName', 'SourceIp', 'DestinationIp', 'DestinationPort', 'Protocol', 'LinksEstablished'];
    const result = analyse(header, [
      ['WEB01', 'w3wp', '10.0.0.10', '10.0.0.20', '8443', 'tcp', '120'],
      ['WEB01', 'w3wp', '10.0.0.10', '10.0.0.20', '8443', 'tcp', '30'],
      ['APP01.hospital.local', 'java', '10.0.0.20', '10.0.0.30', '5432', 'tcp', '7'],
      ['APP01.hospital.local', 'java', '10.0.0.20', '10.0.0.2', '53', 'udp', '999'],
    ]);
    expect(result.dependencies.map((d) => [d.consumerId, d.providerId, d.kind, d.connections, d.protocol])).toEqual([
      ['w-app', 'w-db', 'database', 7, 'tcp/5432 (postgres)'],
      ['w-web', 'w-app', 'api', 150, 'tcp/8443 (https-alt)'],
    ]);
    expect(result.filtered.find((f) => f.ruleId === 'dns')?.count).toBe(999);
    expect(result.totals).toMatchObject({ rows: 4, connections: 1156, kept: 157, filtered: 999 });
  });

  it('reads an AWS Application Discovery Service table: addresses only, matched by IP, IPv6 included', () => {
    const header = ['agentId', 'sourceIp', 'sourcePort', 'destinationIp', 'destinationPort', 'ipVersion', 'transportProtocol'];
    const result = analyse(header, [
      ['o-1', '10.0.0.10', '51544', '10.0.0.20', '8069', 'IPv4', 'TCP'],
      ['o-1', '10.0.0.10', '51545', '::ffff:10.0.0.20', '8069', 'IPv4', 'TCP'],
      ['o-2', '2001:DB8:0:0::20', '40000', '10.0.0.30', '2575', 'IPv6', 'tcp'],
      ['o-2', '10.0.0.20', '40001', '10.0.0.40', '11211', 'IPv4', '17'],
    ]);
    expect(result.dependencies.map((d) => [d.consumerId, d.providerId, d.kind, d.coupling, d.connections, d.protocol])).toEqual([
      ['w-app', 'w-cache', 'cache', 'tight', 1, 'udp/11211 (memcached)'],
      ['w-app', 'w-db', 'hl7-fhir', 'loose', 1, 'tcp/2575 (hl7-mllp)'],
      ['w-web', 'w-app', 'api', 'loose', 2, 'tcp/8069 (odoo)'],
    ]);
  });

  it('matches by name first; a name and an address that disagree keep the name, with a note', () => {
    const result = analyse(AZURE_AGENTLESS, [
      azureRow('WEB01', '10.0.0.10', 'w3wp.exe', 'DB01', '10.0.0.20', 'sqlservr.exe', '1433'),
      azureRow('WEB01', '10.0.0.10', 'w3wp.exe', 'DB01', '10.0.0.20', 'sqlservr.exe', '1433'),
    ]);
    expect(result.dependencies.map((d) => [d.consumerId, d.providerId])).toEqual([['w-web', 'w-db']]);
    expect(result.mismatches).toEqual([
      { side: 'destination', name: 'DB01', address: '10.0.0.20', nameWorkloadId: 'w-db', addressWorkloadId: 'w-app', addressWorkloadName: 'app01.hospital.local', connections: 2, firstRow: 2 },
    ]);
    expect(candidateNotes(result.dependencies[0]!)).toContain('The destination "DB01" was matched by its name to DB01, though its address 10.0.0.20 belongs to app01.hospital.local.');
  });

  it('falls back to the address when the name is unknown, and matches FQDNs and short names both ways', () => {
    const result = analyse(AZURE_AGENTLESS, [
      azureRow('web01.other.domain', '10.9.9.9', 'x', 'unknown-host', '10.0.0.30', 'y', '1433'),
      azureRow('App01', '', 'x', 'db01.hospital.local.', '', 'y', '1433'),
    ]);
    expect(result.dependencies.map((d) => [d.consumerId, d.providerId, d.connections])).toEqual([
      ['w-app', 'w-db', 1],
      ['w-web', 'w-db', 1],
    ]);
    expect(result.external).toEqual([]);
  });

  it('matches workloads the import is about to add', () => {
    const result = analyse(AZURE_AGENTLESS, [azureRow('WEB01', '', '', 'NEW01', '', '', '443')], WORKLOADS, { adding: [{ id: 'w-new', name: 'new01' }] });
    expect(result.dependencies.map((d) => d.providerId)).toEqual(['w-new']);
  });

  it('lists endpoints that are no workload, with counts, ports and who talks to them', () => {
    const result = analyse(AZURE_AGENTLESS, [
      azureRow('WEB01', '10.0.0.10', 'w3wp.exe', '', '52.1.2.3', '', '443'),
      azureRow('APP01', '10.0.0.20', 'java', '', '52.1.2.3', '', '443'),
      azureRow('APP01', '10.0.0.20', 'java', '', '52.1.2.3', '', '8443'),
      azureRow('LEGACY-FAX', '10.5.5.5', 'fax.exe', 'DB01', '10.0.0.30', 'sqlservr.exe', '1433'),
      azureRow('legacy-fax.hospital.local', '10.5.5.6', 'fax.exe', 'DB01', '10.0.0.30', 'sqlservr.exe', '1433'),
    ]);
    expect(result.dependencies).toEqual([]);
    expect(result.totals).toMatchObject({ unmatched: 5, kept: 0 });
    expect(result.external).toEqual([
      {
        key: 'ip:52.1.2.3',
        name: '52.1.2.3',
        addresses: [],
        connections: 3,
        asSource: 0,
        asDestination: 3,
        ports: [
          { transport: 'tcp', port: 443, service: 'https', kind: 'api', connections: 2 },
          { transport: 'tcp', port: 8443, service: 'https-alt', kind: 'api', connections: 1 },
        ],
        calledBy: ['w-web', 'w-app'],
        calls: [],
        rows: { first: 2, last: 4 },
      },
      {
        key: 'name:legacy-fax',
        name: 'LEGACY-FAX',
        addresses: ['10.5.5.5', '10.5.5.6'],
        connections: 2,
        asSource: 2,
        asDestination: 0,
        ports: [],
        calledBy: [],
        calls: ['w-db'],
        rows: { first: 5, last: 6 },
      },
    ]);
  });

  it('counts self-loops and rows without ends, and reports bad cells where they are', () => {
    const result = analyse(AZURE_AGENTLESS, [
      azureRow('WEB01', '10.0.0.10', 'a', 'web01', '10.0.0.10', 'b', '8080'),
      azureRow('', '', 'a', 'DB01', '', 'b', '1433'),
      azureRow('WEB01', 'not-an-ip', 'a', 'DB01', '', 'b', 'http'),
      ['', '', '', '', '', '', '', '', '', ''],
    ]);
    expect(result.totals).toEqual({ rows: 3, connections: 3, kept: 1, filtered: 0, selfLoops: 1, unmatched: 0, invalid: 1 });
    expect(result.selfLoops).toBe(1);
    expect(result.problems.map((p) => [p.row, p.column, p.value])).toEqual([
      [3, 'B (Source server name)', ''],
      [4, 'C (Source IP)', 'not-an-ip'],
      [4, 'J (Destination port)', 'http'],
    ]);
    expect(result.dependencies[0]?.protocol).toBe('tcp (no port given)');
  });

  it('bounds the problems it lists', () => {
    const body = Array.from({ length: 30 }, () => azureRow('WEB01', '', '', 'DB01', '', '', 'x'));
    const result = analyse(AZURE_AGENTLESS, body, WORKLOADS, { maxProblems: 10 });
    expect(result.problems).toHaveLength(10);
    expect(result.problemsLeftOut).toBe(20);
  });
});

describe('noise rules', () => {
  const cases: [ruleId: string, row: string[]][] = [
    ['discovery-appliance', azureRow('AzureMigrateAppliance01', '10.250.0.10', 'x', 'DB01', '10.0.0.30', 'y', '445')],
    ['discovery-appliance', azureRow('DB01', '10.0.0.30', 'x', 'migrate-appliance.corp', '', 'y', '9999')],
    ['dns', azureRow('WEB01', '', 'x', 'DC01', '', 'dns.exe', '53')],
    ['ntp', azureRow('WEB01', '', 'x', 'DC01', '', 'w32time', '123')],
    ['directory', azureRow('WEB01', '', 'x', 'DC01', '', 'lsass.exe', '389')],
    ['directory', azureRow('WEB01', '', 'x', 'DC01', '', 'lsass.exe', '636')],
    ['directory', azureRow('WEB01', '', 'x', 'DC01', '', 'lsass.exe', '88')],
    ['directory', azureRow('WEB01', '', 'x', 'DC01', '', 'lsass.exe', '3268')],
    ['rdp', azureRow('WEB01', '', 'x', 'DB01', '', 'svchost.exe', '3389')],
    ['ssh', azureRow('WEB01', '', 'x', 'DB01', '', 'sshd', '22')],
    ['backup', azureRow('WEB01', '', 'VeeamAgent.exe', 'DB01', '', 'y', '50000')],
    ['backup', azureRow('WEB01', '', 'x', 'DB01', '', 'y', '9392')],
    ['backup', azureRow('WEB01', '', 'C:\\Program Files\\Commvault\\cvd.exe', 'DB01', '', 'y', '50000')],
    ['backup', azureRow('WEB01', '', 'x', 'DB01', '', 'y', '1556')],
    ['backup', azureRow('WEB01', '', 'CBEngine.exe', 'DB01', '', 'y', '443')],
    ['monitoring', azureRow('WEB01', '', 'x', 'DB01', '', 'snmp.exe', '161')],
    ['monitoring', azureRow('WEB01', '', 'HealthService.exe', 'DB01', '', 'y', '5723')],
    ['loopback', azureRow('WEB01', '127.0.0.1', 'x', '', '127.0.0.1', 'y', '8080')],
    ['loopback', azureRow('', '::1', 'x', '', '::1', 'y', '8080')],
    ['link-local', azureRow('WEB01', '10.0.0.10', 'x', '', '169.254.169.254', 'y', '80')],
    ['link-local', azureRow('WEB01', '10.0.0.10', 'x', '', 'fe80::1', 'y', '80')],
  ];
  it.each(cases)('%s leaves its connections out and counts them', (ruleId, row) => {
    const result = analyse(AZURE_AGENTLESS, [row, row]);
    expect(result.dependencies).toEqual([]);
    expect(result.external).toEqual([]);
    expect(result.filtered.find((f) => f.ruleId === ruleId)?.count).toBe(2);
    expect(result.totals.filtered).toBe(2);
  });

  it('lists every enabled rule with its count, in order, and keeps what a disabled rule would leave out', () => {
    const row = azureRow('WEB01', '', 'x', 'DC01', '', 'lsass.exe', '389');
    expect(analyse(AZURE_AGENTLESS, [row]).filtered.map((f) => f.ruleId)).toEqual(DEFAULT_NOISE_RULES.map((r) => r.id));
    const noise = DEFAULT_NOISE_RULES.map((r) => (r.id === 'directory' || r.id === 'ssh' ? { ...r, enabled: false } : r));
    const kept = analyse(AZURE_AGENTLESS, [row, azureRow('WEB01', '', 'x', 'DB01', '', 'sshd', '22')], WORKLOADS, { noise });
    expect(kept.dependencies.map((d) => [d.providerId, d.kind, d.coupling])).toEqual([
      ['w-db', 'file-transfer', 'loose'],
      ['w-dc', 'identity', 'tight'],
    ]);
    expect(kept.filtered.some((f) => f.ruleId === 'directory')).toBe(false);
  });

  it('takes the appliance the user names, by name or address', () => {
    const noise = withAppliance(DEFAULT_NOISE_RULES, { names: ['scanner01'], addresses: ['10.0.0.99'] });
    const result = analyse(AZURE_AGENTLESS, [azureRow('SCANNER01.corp', '', 'x', 'DB01', '', 'y', '1433'), azureRow('', '10.0.0.99', 'x', 'DB01', '', 'y', '1433')], WORKLOADS, { noise });
    expect(result.filtered[0]).toEqual({ ruleId: 'discovery-appliance', label: DEFAULT_NOISE_RULES[0]!.label, count: 2 });
  });

  it('reports a rule entry it cannot read', () => {
    const noise = [{ id: 'mine', label: 'Mine', enabled: true, match: { ports: [70000], addresses: ['nonsense'] } }];
    const result = analyse(AZURE_AGENTLESS, [], WORKLOADS, { noise });
    expect(result.problems.map((p) => [p.column, p.value])).toEqual([
      ['Noise rule mine', '70000'],
      ['Noise rule mine', 'nonsense'],
    ]);
  });
});

describe('ports and kinds', () => {
  it('suggests a kind by port, from the table', () => {
    const expected: [number, string][] = [
      [1433, 'database'],
      [1521, 'database'],
      [3306, 'database'],
      [5432, 'database'],
      [27017, 'database'],
      [6432, 'database'],
      [6379, 'cache'],
      [11211, 'cache'],
      [5672, 'queue'],
      [9092, 'queue'],
      [61616, 'queue'],
      [1883, 'queue'],
      [21, 'file-transfer'],
      [22, 'file-transfer'],
      [445, 'file-transfer'],
      [2049, 'file-transfer'],
      [389, 'identity'],
      [636, 'identity'],
      [88, 'identity'],
      [443, 'api'],
      [80, 'api'],
      [8080, 'api'],
      [8443, 'api'],
      [8069, 'api'],
      [2575, 'hl7-fhir'],
      [12345, 'other'],
      [53, 'other'],
    ];
    for (const [port, kind] of expected) expect([port, kindOfPort(port)]).toEqual([port, kind]);
    expect(kindOfPort(null)).toBe('other');
    expect(new Set(PORT_KINDS.map((p) => p.port)).size).toBe(PORT_KINDS.length);
    expect(['database', 'cache', 'identity'].map((k) => couplingOfKind(k as 'database'))).toEqual(['tight', 'tight', 'tight']);
    expect(couplingOfKind('api')).toBe('loose');
  });

  it('picks the kind of the busiest port that says something', () => {
    const result = analyse(AZURE_AGENTLESS, [
      azureRow('APP01', '', '', 'DB01', '', '', '50000'),
      azureRow('APP01', '', '', 'DB01', '', '', '50000'),
      azureRow('APP01', '', '', 'DB01', '', '', '5432'),
      azureRow('APP01', '', '', 'DB01', '', '', '443'),
      azureRow('APP01', '', '', 'DB01', '', '', '443'),
    ]);
    expect(result.dependencies[0]?.kind).toBe('api');
    expect(result.dependencies[0]?.protocol).toBe('tcp/443 (https), tcp/50000, tcp/5432 (postgres)');
  });

  it('keeps the protocol text within 200 characters', () => {
    const body = Array.from({ length: 80 }, (_, i) => azureRow('APP01', '', '', 'DB01', '', '', String(40000 + i)));
    const c = analyse(AZURE_AGENTLESS, body).dependencies[0]!;
    expect(c.protocol.length).toBeLessThanOrEqual(200);
    expect(c.protocol).toMatch(/\+\d+ more$/);
    expect(c.ports).toHaveLength(50);
    expect(c.morePorts).toBe(30);
  });
});

describe('candidates to dependencies', () => {
  it('makes valid dependencies, skipping pairs the estate has in the same direction only', () => {
    const result = analyse(AZURE_AGENTLESS, [
      azureRow('WEB01', '', 'a', 'APP01', '', 'b', '443'),
      azureRow('APP01', '', 'a', 'WEB01', '', 'b', '443'),
      azureRow('APP01', '', 'a', 'DB01', '', 'b', '1433'),
    ]);
    let n = 0;
    const deps = candidatesToDependencies(result.dependencies, [{ consumerId: 'w-web', providerId: 'w-app' }], () => `d${++n}`, ['phi']);
    expect(deps.map((d) => [d.id, d.consumerId, d.providerId, d.kind, d.coupling, d.protocol, d.dataClasses])).toEqual([
      ['d1', 'w-app', 'w-db', 'database', 'tight', 'tcp/1433 (mssql)', ['phi']],
      ['d2', 'w-app', 'w-web', 'api', 'loose', 'tcp/443 (https)', ['phi']],
    ]);
    for (const d of deps) expect(DependencySchema.safeParse(d).success).toBe(true);
    expect(deps[0]!.notes).toContain('Observed 1 connection in Connections, row 4.');
  });
});
