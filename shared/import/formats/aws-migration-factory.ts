import { environmentHints } from './environment-hints.js';
import { bestSheet, columnOf, headersOf, presetMapping, type Signature } from './headers.js';
import { NOTES, field } from './targets.js';
import type { FormatMatch, SpreadsheetFile } from './types.js';

// AWS Cloud Migration Factory's intake form: one row per server, with its application
// and wave. Headers from the solution's own code (github.com/aws-solutions/cloud-migration-factory-on-aws:
// the server schema's server_name, server_os_family, server_os_version, server_fqdn,
// server_environment, r_type, app_name, wave_id; the intake upload tests'
// "server_name,server_os_family,server_os_version,server_fqdn,r_type,app_name,aws_accountid,aws_region,wave_name")
// and a published intake sample with server_tier, subnet_IDs, securitygroup_IDs,
// instanceType, tenancy.
// Not confirmed: which optional target columns a given release's template carries
// (customers add their own), so only the common ones count towards the confidence.

const SOURCE =
  "AWS Cloud Migration Factory (github.com/aws-solutions/cloud-migration-factory-on-aws) server schema and intake upload tests. Not confirmed: the optional target columns of each release's template.";

const SIGNATURE: Signature = {
  required: [['server_name'], ['app_name'], ['server_os_family']],
  optional: [['wave_name', 'wave_id'], ['server_os_version'], ['server_fqdn'], ['server_environment'], ['r_type'], ['aws_accountid'], ['aws_region'], ['server_tier'], ['instanceType']],
};

export function recogniseAwsMigrationFactory(file: SpreadsheetFile): FormatMatch | null {
  const best = bestSheet(file, SIGNATURE);
  if (!best) return null;
  const headers = headersOf(best.sheet);
  const mapping = presetMapping(headers, [
    { names: ['server_name'], target: field('name') },
    { names: ['app_name'], target: field('system') },
    { names: ['server_environment'], target: field('environment') },
    // Rehost, Replatform, Retire … are the 6/7 Rs Waveplan's strategy speaks.
    { names: ['r_type'], target: field('strategy') },
    { names: ['wave_name', 'wave_id'], target: NOTES },
    { names: ['server_fqdn'], target: NOTES },
    { names: ['server_os_family'], target: NOTES },
    { names: ['server_os_version'], target: NOTES },
    { names: ['server_tier'], target: NOTES },
    { names: ['instanceType'], target: NOTES },
  ]);
  return {
    id: 'aws-migration-factory',
    label: 'AWS Cloud Migration Factory intake form',
    confidence: best.confidence,
    evidence: [best.evidence],
    source: SOURCE,
    inventory: { sheet: best.sheet.name, mapping },
    enrichment: [],
    dependencies: [],
    noise: null,
    // The environment column is mapped; names can still say more when it is blank.
    environmentHints: environmentHints([
      { from: 'name', column: columnOf(headers, ['server_name']) },
      { from: 'name', column: columnOf(headers, ['server_fqdn']) },
    ]),
  };
}
