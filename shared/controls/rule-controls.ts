import { CONTROL_BY_LABEL, CONTROLS } from './catalogue.js';
import type { Finding } from '../findings/finding.js';
import type { Control } from './control.js';
import { FINDING_CONTROLS } from './finding-controls.js';

/** A control a finding concerns, with why and on what source (finding-controls.ts). */
export interface FindingControl {
  control: Control;
  /** "HIPAA 164.312(e)(1)". */
  label: string;
  reason: string;
  source: string;
  /** Only for findings about one of these aspects (finding-controls.ts). */
  onlyFor: readonly string[] | undefined;
  /** Its place in CONTROLS, so a count over thousands of findings indexes an array. */
  position: number;
}

const NONE: readonly FindingControl[] = [];

// Resolved once: the Findings view and the workbook ask for every finding on every edit.
const BY_RULE: ReadonlyMap<string, readonly FindingControl[]> = new Map(
  Object.entries(FINDING_CONTROLS).map(([rule, entry]) => [
    rule,
    'controls' in entry
      ? entry.controls.flatMap((m) => {
          const control = CONTROL_BY_LABEL.get(m.control);
          // A label missing from the catalogue is a typo a unit test names; it is left out rather than shown half-made.
          return control ? [{ control, label: m.control, reason: m.reason, source: m.source, onlyFor: m.onlyFor, position: CONTROLS.indexOf(control) }] : [];
        })
      : NONE,
  ]),
);

/** Every control a finding of this rule can concern, in the table's order; none for a kind that is no control matter (or unknown). */
export function controlsOfRule(rule: string): readonly FindingControl[] {
  return BY_RULE.get(rule) ?? NONE;
}

/** The controls this finding concerns: its rule's, less those that hold only for aspects it does not have. */
export function controlsOf(finding: Pick<Finding, 'rule' | 'aspects'>): readonly FindingControl[] {
  const all = controlsOfRule(finding.rule);
  // Most rules have no conditional rows: no new list for them.
  if (!all.some((c) => c.onlyFor)) return all;
  const aspects = finding.aspects ?? [];
  return all.filter((c) => !c.onlyFor || c.onlyFor.some((a) => aspects.includes(a)));
}

/** Why a finding of this rule concerns no control, when the table says so. */
export function whyNoControl(rule: string): string | undefined {
  const entry = FINDING_CONTROLS[rule];
  return entry && 'notAControlMatter' in entry ? entry.notAControlMatter : undefined;
}

/** The labels as one cell: "; " between them, since a title or a name may hold a comma. */
export function controlLabelsText(finding: Pick<Finding, 'rule' | 'aspects'>): string {
  return controlsOf(finding)
    .map((c) => c.label)
    .join('; ');
}
