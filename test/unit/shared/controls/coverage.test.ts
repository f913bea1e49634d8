import { describe, expect, it } from 'vitest';
import { CONTROLS } from '../../../../shared/controls/catalogue.js';
import { controlLabel } from '../../../../shared/controls/control.js';
import { controlCoverage } from '../../../../shared/controls/coverage.js';
import { FINDING_CONTROLS } from '../../../../shared/controls/finding-controls.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../shared/estate/estate-settings.js';
import { finding, SEVERITIES, type Finding, type Severity } from '../../../../shared/findings/finding.js';
import { readinessMissing } from '../../../../shared/findings/readiness-findings.js';
import { EstateReport } from '../../../../shared/report/estate-report.js';
import { analyseEstate } from '../../../../shared/findings/analyse.js';
import { workload } from '../estate-builders.js';
import { healthcareSampleEstate } from '../../../../shared/sample/healthcare-estate.js';

// The board pack's control coverage table: every catalogued control, in order, with the
// findings open against it and the worst of them.

const sampleFindings = () => new EstateReport({ ...healthcareSampleEstate(), ...DEFAULT_ESTATE_SETTINGS }).findings.all;

const made = (rule: string, severity: Severity, n: number): Finding =>
  finding({ rule, severity, workloadIds: [`w${n}`], dependencyIds: [], keyPart: String(n) }, () => ({ title: rule, meaning: '', action: '' }));

/** The same counts worked out straight from the table, finding by finding. */
function expected(findings: readonly Finding[]): Map<string, { open: number; worst: Severity | null }> {
  const out = new Map(CONTROLS.map((c) => [controlLabel(c), { open: 0, worst: null as Severity | null }]));
  for (const f of findings) {
    const entry = FINDING_CONTROLS[f.rule];
    if (!entry || !('controls' in entry)) continue;
    for (const m of entry.controls) {
      if (m.onlyFor && !m.onlyFor.some((a) => f.aspects?.includes(a))) continue;
      const row = out.get(m.control)!;
      row.open++;
      if (row.worst === null || SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(row.worst)) row.worst = f.severity;
    }
  }
  return out;
}

describe('controlCoverage', () => {
  it('lists every catalogued control once, in framework then control order, with none open on no findings', () => {
    const rows = controlCoverage([]);
    expect(rows.map((r) => `${r.framework} ${r.control}`)).toEqual(CONTROLS.map(controlLabel));
    expect(rows.every((r) => r.openFindings === 0 && r.highestSeverity === null)).toBe(true);
    expect(rows[0]).toEqual({ framework: 'HIPAA', control: '164.308(a)(1)(ii)(A)', title: 'Risk analysis', openFindings: 0, highestSeverity: null });
    expect(rows.at(-1)?.framework).toBe('ISO 27001');
  });

  it('counts the sample estate’s findings against their controls, with the most severe', () => {
    const findings = sampleFindings();
    const rows = controlCoverage(findings);
    const want = expected(findings);
    for (const r of rows) expect({ open: r.openFindings, worst: r.highestSeverity }, `${r.framework} ${r.control}`).toEqual(want.get(`${r.framework} ${r.control}`));
    const row = (label: string) => rows.find((r) => `${r.framework} ${r.control}` === label)!;
    // The sample's two PHI-on-shared-tier findings and its unmasked copy are high: access control is open at high.
    expect(row('HIPAA 164.312(a)(1)').highestSeverity).toBe('high');
    expect(row('HIPAA 164.312(a)(1)').openFindings).toBeGreaterThanOrEqual(3);
    expect(row('GDPR Art. 9(1)')).toMatchObject({ openFindings: findings.filter((f) => f.rule === 'restricted-on-multi-tenant').length, highestSeverity: 'high' });
    // Backup is open only where a readiness finding misses the restore test (8 of the sample's 16).
    const missingRestore = findings.filter((f) => f.rule === 'readiness-missing' && f.aspects?.includes('backup-restore-tested')).length;
    expect(missingRestore).toBeGreaterThan(0);
    expect(missingRestore).toBeLessThan(findings.filter((f) => f.rule === 'readiness-missing').length);
    expect(row('ISO 27001 A.8.13').openFindings).toBe(missingRestore);
    // A cycle is no control matter: it adds to no row.
    const withoutCycles = findings.filter((f) => f.rule !== 'cycle-forces-move-group');
    expect(withoutCycles.length).toBeLessThan(findings.length);
    expect(controlCoverage(withoutCycles)).toEqual(rows);
  });

  it('counts a readiness finding only against the controls of the checks it misses', () => {
    const onlyMonitoring = workload('w', {
      name: 'EHR',
      environment: 'production',
      criticality: 1,
      readiness: ['backup-restore-tested', 'performance-baseline', 'identity-federated', 'runbook-ready', 'infrastructure-as-code'],
    });
    const findings = analyseEstate({ workloads: [onlyMonitoring], dependencies: [], ...DEFAULT_ESTATE_SETTINGS }).findings.filter((f) => f.rule === readinessMissing.id);
    expect(findings.map((f) => f.aspects)).toEqual([['monitoring-in-place']]);
    const open = controlCoverage(findings)
      .filter((r) => r.openFindings > 0)
      .map((r) => `${r.framework} ${r.control}`);
    expect(open).toEqual(['GDPR Art. 32(1)(d)', 'ISO 27001 A.8.16']);
  });

  it('keeps the worst severity whatever order the findings come in, and counts an accepted risk as open', () => {
    const low = made('tier-below-recommendation', 'low', 1);
    const high = made('tier-below-recommendation', 'high', 2);
    const risk = (rows: ReturnType<typeof controlCoverage>) => rows.find((r) => r.control === '164.308(a)(1)(ii)(B)');
    expect(risk(controlCoverage([low, high]))).toMatchObject({ openFindings: 2, highestSeverity: 'high' });
    expect(risk(controlCoverage([high, low]))).toMatchObject({ openFindings: 2, highestSeverity: 'high' });
    expect(risk(controlCoverage([low]))).toMatchObject({ openFindings: 1, highestSeverity: 'low' });
    expect(controlCoverage([made('not-a-rule', 'high', 3)]).every((r) => r.openFindings === 0)).toBe(true);
  });
});
