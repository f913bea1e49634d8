import { hostName, inRange, parseIp, parseRange, type AddressRange, type IpBytes } from './connection-address.js';

// Connections that are not dependencies a migration has to plan for: the discovery
// appliance polling every server, name resolution, time, the directory, remote
// administration, backup and monitoring agents, loopback and link-local traffic. Kept
// as data the user sees and edits (each rule in words, on or off); every connection a
// rule leaves out is counted against it, so nothing disappears without a number.
//
// Ports are the vendors' documented defaults: Veeam Backup & Replication "Ports"
// (9392 backup server, 6160 installer, 6162 data mover, 10005/10006 agents, 6184 Veeam
// Agent for Windows, 11731 deployment; its 2500-3300 data channels are left out
// because they cover HL7's 2575); Commvault "Network ports" (8400 CVD, 8401 EvMgrS,
// 8403 tunnel); Veritas NetBackup (1556 PBX, 13720 bprd, 13724 vnetd, 13782 bpcd);
// Microsoft Azure Backup Server / DPM protection agent (5718, 5719), whose MARS agent
// talks to Azure over 443 and is recognised by its processes (cbengine, obengine).

export interface NoiseMatcher {
  /** Destination ports (the port column). */
  ports?: readonly number[];
  /** Inclusive ranges of destination ports. */
  portRanges?: readonly (readonly [number, number])[];
  /** Process or application names on either end; "*" stands for any text, case is ignored. */
  processes?: readonly string[];
  /** Server names on either end (as written or as a short host name); "*" stands for any text, case is ignored. */
  names?: readonly string[];
  /** Addresses or CIDR ranges on either end: "10.0.0.4", "127.0.0.0/8", "fe80::/10". */
  addresses?: readonly string[];
}

export interface NoiseRule {
  id: string;
  /** What it leaves out, in words: "DNS (port 53)". */
  label: string;
  enabled: boolean;
  match: NoiseMatcher;
}

export const APPLIANCE_RULE_ID = 'discovery-appliance';

export const DEFAULT_NOISE_RULES: readonly NoiseRule[] = [
  {
    id: APPLIANCE_RULE_ID,
    label: 'The discovery appliance (Azure Migrate, AWS discovery connector)',
    enabled: true,
    match: { names: ['*azuremigrateappliance*', '*migrate-appliance*', '*migrateappliance*', '*discovery-connector*'], addresses: [] },
  },
  { id: 'dns', label: 'DNS (port 53)', enabled: true, match: { ports: [53] } },
  { id: 'ntp', label: 'Time (NTP, port 123)', enabled: true, match: { ports: [123] } },
  { id: 'directory', label: 'Directory: LDAP, Kerberos, global catalog (389, 636, 88, 464, 3268, 3269)', enabled: true, match: { ports: [88, 389, 464, 636, 3268, 3269] } },
  { id: 'rdp', label: 'Remote desktop (RDP, port 3389)', enabled: true, match: { ports: [3389] } },
  { id: 'ssh', label: 'SSH administration (port 22)', enabled: true, match: { ports: [22] } },
  {
    id: 'backup',
    label: 'Backup agents (Veeam, Commvault, NetBackup, Azure Backup)',
    enabled: true,
    match: {
      ports: [9392, 6160, 6162, 10005, 10006, 6184, 11731, 8400, 8401, 8403, 1556, 13720, 13724, 13782, 5718, 5719],
      processes: [
        'veeam*',
        'cvd',
        'cvd.exe',
        'evmgrs*',
        'clbackup*',
        'cvfwd*',
        'bpcd*',
        'bpbkar*',
        'vnetd*',
        'pbx_exchange*',
        'bpinetd*',
        'nbdisco*',
        'cbengine*',
        'obengine*',
        'dpmra*',
        'obrecoveryservicesmanagementagent*',
      ],
    },
  },
  {
    id: 'monitoring',
    label: 'Monitoring agents (SNMP, SCOM, Zabbix, Nagios, Prometheus exporters)',
    enabled: true,
    match: {
      ports: [161, 162, 5723, 10050, 10051, 5666, 9100, 9182],
      processes: ['snmp*', 'healthservice*', 'monitoringhost*', 'zabbix_agent*', 'nrpe*', 'nscp*', 'node_exporter*', 'windows_exporter*', 'mmaagent*', 'azuremonitoragent*'],
    },
  },
  { id: 'loopback', label: 'Loopback (127.0.0.0/8, ::1)', enabled: true, match: { addresses: ['127.0.0.0/8', '::1/128'] } },
  { id: 'link-local', label: 'Link-local (169.254.0.0/16, fe80::/10)', enabled: true, match: { addresses: ['169.254.0.0/16', 'fe80::/10'] } },
];

/** The rules with the user's appliance (its names and addresses) added to the appliance rule (a new one if the list has none). */
export function withAppliance(rules: readonly NoiseRule[], appliance: { names?: readonly string[]; addresses?: readonly string[] }): NoiseRule[] {
  const names = (appliance.names ?? []).map((n) => n.trim()).filter(Boolean);
  const addresses = (appliance.addresses ?? []).map((a) => a.trim()).filter(Boolean);
  const add = (r: NoiseRule): NoiseRule => ({ ...r, enabled: true, match: { ...r.match, names: [...(r.match.names ?? []), ...names], addresses: [...(r.match.addresses ?? []), ...addresses] } });
  if (rules.some((r) => r.id === APPLIANCE_RULE_ID)) return rules.map((r) => (r.id === APPLIANCE_RULE_ID ? add(r) : r));
  return [add({ id: APPLIANCE_RULE_ID, label: 'The discovery appliance', enabled: true, match: {} }), ...rules];
}

/** No rule: larger than any rule's index (and a small integer to V8), so the first rule that matches is the smallest. */
export const NO_RULE = 0x3fffffff;

/** An entry of a rule that could not be read (a port out of range, an address that is not one). */
export interface NoiseRuleProblem {
  ruleId: string;
  value: string;
  message: string;
}

const glob = (pattern: string) =>
  new RegExp(
    `^${pattern
      .trim()
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')}$`,
    'i',
  );

/**
 * The rules ready to test one distinct value at a time: the index of the first enabled
 * rule that matches a port, a name, a process or an address (NO_RULE if none), so a
 * row costs a few array reads and a minimum.
 */
export class CompiledNoise {
  /** By destination port, 0-65535. */
  readonly byPort = new Int32Array(65536).fill(NO_RULE);
  readonly problems: NoiseRuleProblem[] = [];
  private readonly names: { rule: number; re: RegExp }[] = [];
  private readonly processes: { rule: number; re: RegExp }[] = [];
  private readonly ranges: { rule: number; range: AddressRange }[] = [];

  constructor(readonly rules: readonly NoiseRule[]) {
    rules.forEach((r, i) => {
      if (!r.enabled) return;
      const port = (p: number) => {
        if (!Number.isInteger(p) || p < 0 || p > 65535) {
          this.problems.push({ ruleId: r.id, value: String(p), message: 'A port is a whole number from 0 to 65535' });
          return false;
        }
        return true;
      };
      for (const p of r.match.ports ?? []) if (port(p)) this.byPort[p] = Math.min(this.byPort[p] as number, i);
      for (const [from, to] of r.match.portRanges ?? []) {
        if (!port(from) || !port(to)) continue;
        for (let p = from; p <= to; p++) this.byPort[p] = Math.min(this.byPort[p] as number, i);
      }
      for (const n of r.match.names ?? []) if (n.trim()) this.names.push({ rule: i, re: glob(n) });
      for (const n of r.match.processes ?? []) if (n.trim()) this.processes.push({ rule: i, re: glob(n) });
      for (const a of r.match.addresses ?? []) {
        const range = parseRange(a);
        if (range) this.ranges.push({ rule: i, range });
        else if (a.trim()) this.problems.push({ ruleId: r.id, value: a, message: 'Not an IPv4 or IPv6 address or range (like 10.0.0.4 or 10.0.0.0/24)' });
      }
    });
  }

  /** The first rule matching a server name (as written, or its short host name). */
  name(text: string): number {
    const host = hostName(text);
    if (!host) return NO_RULE;
    let best = NO_RULE;
    for (const { rule, re } of this.names) if (rule < best && (re.test(host.full) || re.test(host.short) || re.test(text.trim()))) best = rule;
    return best;
  }

  /** The first rule matching a process or application name (with or without a folder). */
  process(text: string): number {
    const t = text.trim();
    if (!t) return NO_RULE;
    const base = t.slice(Math.max(t.lastIndexOf('\\'), t.lastIndexOf('/')) + 1);
    let best = NO_RULE;
    for (const { rule, re } of this.processes) if (rule < best && (re.test(t) || re.test(base))) best = rule;
    return best;
  }

  /** The first rule whose addresses hold this one. */
  address(bytes: IpBytes | undefined): number {
    if (!bytes) return NO_RULE;
    let best = NO_RULE;
    for (const { rule, range } of this.ranges) if (rule < best && inRange(bytes, range)) best = rule;
    return best;
  }

  /** A server name that is really an address ("10.0.0.5" in a name column) is tested both ways. */
  nameOrAddress(text: string): number {
    return Math.min(this.name(text), this.address(parseIp(text)));
  }
}
