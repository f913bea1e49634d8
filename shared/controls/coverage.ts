import { SEVERITIES, type Finding, type Severity } from '../findings/finding.js';
import { CONTROLS } from './catalogue.js';
import { controlLabel } from './control.js';
import { controlsOf } from './rule-controls.js';

// Which controls have open findings, for the board pack's control coverage table. A
// finding the architect accepted as a risk still counts: it stays open until the tier
// matches (docs/domain-rules.md, "Findings").

export type ControlCoverageRow = { framework: 'HIPAA' | 'GDPR' | 'ISO 27001'; control: string; title: string; openFindings: number; highestSeverity: Severity | null };

/** Every catalogued control, in framework then control order, with how many findings concern it and the most severe of them (null when none). */
export function controlCoverage(findings: readonly Finding[]): ControlCoverageRow[] {
  const rows = CONTROLS.map((c): ControlCoverageRow => ({ framework: c.framework, control: c.id, title: c.title, openFindings: 0, highestSeverity: null }));
  const rowOf = new Map(CONTROLS.map((c, i) => [controlLabel(c), rows[i] as ControlCoverageRow]));
  for (const f of findings) {
    for (const { label } of controlsOf(f)) {
      const row = rowOf.get(label);
      if (!row) continue;
      row.openFindings++;
      if (row.highestSeverity === null || SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(row.highestSeverity)) row.highestSeverity = f.severity;
    }
  }
  return rows;
}
