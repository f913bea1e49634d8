import type { Coupling, DependencyKind } from '../domain/enums.js';

// What a destination port suggests a connection is for. A table, so it can be read,
// tested and extended without touching the code that uses it. The numbers are the
// defaults registered with IANA (Service Name and Transport Protocol Port Number
// Registry, https://www.iana.org/assignments/service-names-port-numbers) or, where a
// product is not registered or uses its own, the vendor's documented default (named in
// the row). A port a client has moved elsewhere is "other": the table cannot know.

export interface PortKind {
  port: number;
  /** The short name shown beside the port: "tcp/5432 (postgres)". */
  service: string;
  kind: DependencyKind;
  /** Where the number comes from. */
  source: string;
}

const IANA = 'IANA';

export const PORT_KINDS: readonly PortKind[] = [
  // Databases
  { port: 1433, service: 'mssql', kind: 'database', source: IANA },
  { port: 1521, service: 'oracle', kind: 'database', source: 'IANA (ncube-lm); Oracle Net listener default' },
  { port: 3306, service: 'mysql', kind: 'database', source: IANA },
  { port: 5432, service: 'postgres', kind: 'database', source: IANA },
  { port: 6432, service: 'pgbouncer', kind: 'database', source: 'PgBouncer documentation (listen_port)' },
  { port: 27017, service: 'mongodb', kind: 'database', source: 'MongoDB documentation (default port)' },
  // Caches
  { port: 6379, service: 'redis', kind: 'cache', source: 'Redis documentation (default port)' },
  { port: 11211, service: 'memcached', kind: 'cache', source: IANA },
  // Queues and brokers
  { port: 5672, service: 'amqp', kind: 'queue', source: IANA },
  { port: 5671, service: 'amqps', kind: 'queue', source: IANA },
  { port: 9092, service: 'kafka', kind: 'queue', source: 'Apache Kafka documentation (default listener)' },
  { port: 61616, service: 'activemq', kind: 'queue', source: 'Apache ActiveMQ documentation (OpenWire default)' },
  { port: 1883, service: 'mqtt', kind: 'queue', source: IANA },
  { port: 8883, service: 'mqtts', kind: 'queue', source: IANA },
  // File transfer (22 only when the SSH noise rule is turned off: then it is SFTP/SCP)
  { port: 21, service: 'ftp', kind: 'file-transfer', source: IANA },
  { port: 22, service: 'ssh/sftp', kind: 'file-transfer', source: IANA },
  { port: 445, service: 'smb', kind: 'file-transfer', source: IANA },
  { port: 2049, service: 'nfs', kind: 'file-transfer', source: IANA },
  // Identity (only when the directory noise rule is turned off)
  { port: 88, service: 'kerberos', kind: 'identity', source: IANA },
  { port: 389, service: 'ldap', kind: 'identity', source: IANA },
  { port: 636, service: 'ldaps', kind: 'identity', source: IANA },
  { port: 3268, service: 'ldap-gc', kind: 'identity', source: 'IANA (msft-gc)' },
  { port: 3269, service: 'ldaps-gc', kind: 'identity', source: 'IANA (msft-gc-ssl)' },
  // APIs and web
  { port: 80, service: 'http', kind: 'api', source: IANA },
  { port: 443, service: 'https', kind: 'api', source: IANA },
  { port: 8080, service: 'http-alt', kind: 'api', source: IANA },
  { port: 8443, service: 'https-alt', kind: 'api', source: 'IANA (pcsync-https); common HTTPS alternative' },
  { port: 8069, service: 'odoo', kind: 'api', source: 'Odoo documentation (http_port default)' },
  // Health care messaging
  { port: 2575, service: 'hl7-mllp', kind: 'hl7-fhir', source: 'IANA (hl7)' },
  // Named for the protocol text only; filtered as noise by default, "other" when kept.
  { port: 53, service: 'dns', kind: 'other', source: IANA },
  { port: 123, service: 'ntp', kind: 'other', source: IANA },
  { port: 161, service: 'snmp', kind: 'other', source: IANA },
  { port: 162, service: 'snmp-trap', kind: 'other', source: IANA },
  { port: 135, service: 'msrpc', kind: 'other', source: IANA },
  { port: 3389, service: 'rdp', kind: 'other', source: 'IANA (ms-wbt-server)' },
  { port: 5985, service: 'winrm', kind: 'other', source: 'IANA (wsman)' },
  { port: 5986, service: 'winrm-https', kind: 'other', source: 'IANA (wsmans)' },
];

const BY_PORT = new Map<number, PortKind>(PORT_KINDS.map((p) => [p.port, p]));

/** The kind a destination port suggests; "other" for a port the table does not name. */
export function kindOfPort(port: number | null): DependencyKind {
  return (port === null ? undefined : BY_PORT.get(port))?.kind ?? 'other';
}

/** The service name of a port ("postgres"), or '' for one the table does not name. */
export function serviceOfPort(port: number | null): string {
  return (port === null ? undefined : BY_PORT.get(port))?.service ?? '';
}

/** A database, a cache or a directory has to move with (or stay reachable from) its consumer. */
export function couplingOfKind(kind: DependencyKind): Coupling {
  return kind === 'database' || kind === 'cache' || kind === 'identity' ? 'tight' : 'loose';
}
