import { useMemo } from 'react';
import { FRAMEWORKS, type Framework } from '../../../shared/controls/control';
import { controlCoverage } from '../../../shared/controls/coverage';
import { controlsOf } from '../../../shared/controls/rule-controls';
import type { Finding } from '../../../shared/findings/finding';

/** '' for every finding; a framework ("HIPAA") for any of its controls; else one control's label ("HIPAA 164.312(e)(1)"). */
export type ControlChoice = string;

export function concernsControl(finding: Finding, choice: ControlChoice): boolean {
  if (!choice) return true;
  const framework = FRAMEWORKS.includes(choice as Framework);
  return controlsOf(finding).some((c) => (framework ? c.control.framework === choice : c.label === choice));
}

/** How many findings concern any control of each framework: one pass, as the list can be thousands long. */
function findingsPerFramework(findings: readonly Finding[]): Map<string, number> {
  const count = new Map<string, number>(FRAMEWORKS.map((f) => [f, 0]));
  for (const f of findings) {
    const seen = new Set<string>();
    for (const c of controlsOf(f)) seen.add(c.control.framework);
    for (const fw of seen) count.set(fw, (count.get(fw) ?? 0) + 1);
  }
  return count;
}

/** The Findings view's filter by framework or control, each with how many findings concern it. */
export function ControlFilter({ findings, value, onChange }: { findings: readonly Finding[]; value: ControlChoice; onChange(choice: ControlChoice): void }) {
  const rows = useMemo(() => controlCoverage(findings), [findings]);
  const perFramework = useMemo(() => findingsPerFramework(findings), [findings]);
  return (
    <select className="select control-filter" aria-label="Control" value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">Every control</option>
      {FRAMEWORKS.map((fw) => (
        <optgroup key={fw} label={fw}>
          <option value={fw}>
            Any {fw} control ({(perFramework.get(fw) ?? 0).toLocaleString('en')})
          </option>
          {rows
            .filter((r) => r.framework === fw)
            .map((r) => (
              <option key={r.control} value={`${fw} ${r.control}`}>
                {r.control} {r.title} ({r.openFindings.toLocaleString('en')})
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}
