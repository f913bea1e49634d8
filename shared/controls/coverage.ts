import { SEVERITIES, type Finding, type Severity } from '../findings/finding.js';
import { CONTROLS } from './catalogue.js';
import { controlsOf } from './rule-controls.js';

// Which controls have open findings, for the board pack's control coverage table. A
// finding the architect accepted as a risk still counts: it stays open until the tier
// matches (docs/domain-rules.md, "Findings").

const SEVERITY_RANK = Object.fromEntries(SEVERITIES.map((s, i) => [s, i])) as Readonly<Record<Severity, number>>;

export type ControlCoverageRow = { framework: 'HIPAA' | 'GDPR' | 'ISO 27001'; control: string; title: string; openFindings: number; highestSeverity: Severity | null };

/** Every catalogued control, in framework then control order, with how many findings concern it and the most severe of them (null when none). */
export function controlCoverage(findings: readonly Finding[]): ControlCoverageRow[] {
  const rows = CONTROLS.map((c): ControlCoverageRow => ({ framework: c.framework, control: c.id, title: c.title, openFindings: 0, highestSeverity: null }));
  // Ranks as numbers (SEVERITIES.length: none yet) and rows by position: thousands of findings on a large estate.
  const worst = new Int8Array(rows.length).fill(SEVERITIES.length);
  for (const f of findings) {
    const rank = SEVERITY_RANK[f.severity];
    for (const { position } of controlsOf(f)) {
      const row = rows[position] as ControlCoverageRow;
      row.openFindings++;
      if (rank < (worst[position] as number)) worst[position] = rank;
    }
  }
  rows.forEach((row, i) => (row.highestSeverity = SEVERITIES[worst[i] as number] ?? null));
  return rows;
}
