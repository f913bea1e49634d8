import { environmentHints } from './environment-hints.js';
import { bestSheet, cellAt, columnOf, headersOf, presetMapping, presetRoles, type SheetScore, type Signature } from './headers.js';
import { IP_FIELD, NOTES, field } from './targets.js';
import type { DependencySpec, EnrichmentSpec, FormatMatch, SpreadsheetFile } from './types.js';

// ServiceNow CMDB extracts: servers (cmdb_ci_server and its classes: Windows, Linux,
// ESX …) and relationships (cmdb_rel_ci), as list exports. A CSV export heads columns
// with field names ("name", "ip_address", "cpu_count", "ram", "disk_space", "used_for",
// "owned_by", "support_group"); an Excel export with their labels ("Name", "IP Address",
// "CPU count", "RAM (MB)", "Disk space (GB)", "Used for", "Owned by", "Support group").
// Both are recognised. Fields: ServiceNow's cmdb_ci_computer / cmdb_ci_server dictionary
// as used by the Elastic ServiceNow CMDB integration (github.com/elastic/integrations,
// packages/servicenow_cmdb) and the servicenow.itsm Ansible collection; relationship
// types ("Depends on::Used by", "Runs on::Runs", "Hosted on::Hosts") from the CSDM
// relationship guidance.
// cmdb_rel_ci rows read "parent <parent descriptor> child": "app Depends on db". So the
// parent is the consumer when the descriptor before "::" is one of depending, running or
// being hosted, and the provider when it is the reverse ("Used by", "Runs", "Hosts").
// Containment and membership ("Contains::Contained by", "Members::Member of") are not
// dependencies and are left out.
// Not confirmed: "environment" exists on cmdb_ci only in some releases (used_for is the
// long-standing field), and label spellings vary with the instance's language.

const SOURCE =
  'ServiceNow cmdb_ci_server / cmdb_rel_ci dictionary as used by github.com/elastic/integrations (servicenow_cmdb) and the servicenow.itsm Ansible collection; relationship types from the CSDM guidance. Not confirmed: the "environment" field (release-dependent) and translated labels.';

const SERVERS: Signature = {
  required: [
    ['name', 'Name'],
    ['cpu_count', 'CPU count'],
    ['ram', 'RAM (MB)'],
  ],
  optional: [
    ['ip_address', 'IP Address'],
    ['os', 'Operating System'],
    ['os_version', 'OS Version'],
    ['disk_space', 'Disk space (GB)'],
    ['used_for', 'Used for'],
    ['owned_by', 'Owned by'],
    ['support_group', 'Support group'],
    ['sys_class_name', 'Class'],
    ['sys_id'],
    ['operational_status', 'Operational status'],
    ['environment', 'Environment'],
  ],
};

const RELATIONSHIPS: Signature = {
  required: [
    ['parent', 'Parent'],
    ['type', 'Type'],
    ['child', 'Child'],
  ],
  optional: [['sys_id'], ['connection_strength', 'Connection strength'], ['port', 'Port'], ['percent_outage', 'Percent outage']],
};

// Each pair as ServiceNow names it, parent side first. A sender needs its receiver up, so
// "Sends data to" counts as depending on it.
const UPSTREAM = new Set(['depends on', 'runs on', 'hosted on', 'uses', 'consumes', 'connects to', 'calls', 'sends data to']);
const DOWNSTREAM = new Set(['used by', 'runs', 'hosts', 'consumed by', 'connected by', 'called by', 'receives data from']);

/** Whether a cmdb_rel_ci type makes its parent the consumer (upstream) or the provider (downstream). */
export function serviceNowDirection(type: string): 'upstream' | 'downstream' | null {
  const parentSide = type.split('::')[0]?.trim().toLowerCase() ?? '';
  if (UPSTREAM.has(parentSide)) return 'upstream';
  if (DOWNSTREAM.has(parentSide)) return 'downstream';
  return null;
}

function hasServiceNowTypes(score: SheetScore): boolean {
  const type = columnOf(headersOf(score.sheet), ['type', 'Type']);
  return score.sheet.rows.slice(1).some((row) => cellAt(row, type).includes('::'));
}

function serversMatch(best: SheetScore) {
  const headers = headersOf(best.sheet);
  const mapping = presetMapping(headers, [
    { names: ['name', 'Name'], target: field('name') },
    { names: ['ip_address', 'IP Address'], target: IP_FIELD },
    { names: ['cpu_count', 'CPU count'], target: field('vcpu') },
    { names: ['ram', 'RAM (MB)'], target: field('memoryGb', 'MiB') },
    { names: ['disk_space', 'Disk space (GB)'], target: field('storageGb', 'GB') },
    // The newer field first; used_for (Production, QA, Test, Disaster recovery …) otherwise.
    { names: ['environment', 'Environment', 'used_for', 'Used for'], target: field('environment') },
    { names: ['owned_by', 'Owned by'], target: field('owner') },
    { names: ['company', 'Company'], target: field('tenant') },
    { names: ['department', 'Department'], target: field('businessUnit') },
    { names: ['location', 'Location'], target: field('currentHosting') },
    { names: ['used_for', 'Used for'], target: NOTES },
    { names: ['support_group', 'Support group'], target: NOTES },
    { names: ['os', 'Operating System'], target: NOTES },
    { names: ['os_version', 'OS Version'], target: NOTES },
    { names: ['short_description', 'Description'], target: NOTES },
    { names: ['fqdn', 'Fully qualified domain name'], target: NOTES },
  ]);
  return { headers, mapping };
}

function relationships(best: SheetScore): DependencySpec {
  const headers = headersOf(best.sheet);
  const type = columnOf(headers, ['type', 'Type']);
  return {
    sheet: best.sheet.name,
    layout: 'table',
    roles: presetRoles(headers, [
      { names: ['parent', 'Parent'], target: 'consumer' },
      { names: ['child', 'Child'], target: 'provider' },
      { names: ['type', 'Type'], target: 'direction' },
      { names: ['port', 'Port'], target: 'protocol' },
    ]),
    rows: (row) => serviceNowDirection(cellAt(row, type)) !== null,
    directionOf: serviceNowDirection,
  };
}

export function recogniseServiceNow(file: SpreadsheetFile): FormatMatch | null {
  const servers = bestSheet(file, SERVERS, ['cmdb_ci_server']);
  // "Parent, Type, Child" is a common enough header row; ServiceNow's types ("Depends
  // on::Used by") are what make it cmdb_rel_ci.
  const relCandidate = bestSheet(file, RELATIONSHIPS, ['cmdb_rel_ci']);
  const rels = relCandidate && hasServiceNowTypes(relCandidate) ? relCandidate : null;
  if (!servers && !rels) return null;
  const inventory = servers ? serversMatch(servers) : null;
  // Other CI sheets in the same workbook (databases, applications) that name their CIs:
  // extra records joined by name, for the architect to read beside the servers.
  const extras: EnrichmentSpec[] = file.sheets
    .filter((s) => s !== servers?.sheet && s !== rels?.sheet && columnOf(headersOf(s), ['name', 'Name']) >= 0 && columnOf(headersOf(s), ['sys_class_name', 'Class', 'sys_id']) >= 0)
    .map((s) => ({ sheet: s.name, kind: 'records' as const, join: { by: 'workload-name' as const, column: (headersOf(s)[columnOf(headersOf(s), ['name', 'Name'])] ?? 'name').trim() }, columns: [] }));
  const scores = [servers, rels].filter((s): s is SheetScore => s !== null);
  const label = servers && rels ? 'ServiceNow CMDB extract (servers and relationships)' : servers ? 'ServiceNow CMDB servers (cmdb_ci_server)' : 'ServiceNow CMDB relationships (cmdb_rel_ci)';
  return {
    id: 'servicenow-cmdb',
    label,
    confidence: scores.reduce((sum, s) => sum + s.confidence, 0) / scores.length,
    evidence: scores.map((s) => s.evidence),
    source: SOURCE,
    inventory: servers && inventory ? { sheet: servers.sheet.name, mapping: inventory.mapping } : null,
    enrichment: extras,
    dependencies: rels ? [relationships(rels)] : [],
    noise: null,
    environmentHints: inventory
      ? environmentHints([
          { from: 'name', column: columnOf(inventory.headers, ['name', 'Name']) },
          { from: 'annotation', column: columnOf(inventory.headers, ['short_description', 'Description']) },
        ])
      : null,
  };
}
