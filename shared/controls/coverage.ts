import type { Finding, Severity } from '../findings/finding.js';

// Placeholder until the controls branch lands (issue 18): the lead replaces this file at merge.

export type ControlCoverageRow = { framework: 'HIPAA' | 'GDPR' | 'ISO 27001'; control: string; title: string; openFindings: number; highestSeverity: Severity | null };

export function controlCoverage(findings: readonly Finding[]): ControlCoverageRow[] {
  void findings;
  return [];
}
