import { labelOf, type DataClass } from '../../../shared/domain/enums';
import { SENSITIVITY_OF_CLASS, type Sensitivity } from '../../../shared/domain/sensitivity';

/** Data classes coloured by the sensitivity each implies (PHI red, PII amber, …). */
export function DataClassChips({ classes }: { classes: readonly DataClass[] }) {
  return (
    <span className="chips">
      {classes.map((c) => (
        <span key={c} className={`chip sens-${SENSITIVITY_OF_CLASS[c]}`} title={`${labelOf(c)}: ${SENSITIVITY_OF_CLASS[c]}`}>
          {labelOf(c)}
        </span>
      ))}
    </span>
  );
}

export function SensitivityChip({ level, reason }: { level: Sensitivity; reason?: string }) {
  return (
    <span className={`chip level sens-${level}`} title={reason}>
      {level[0]?.toUpperCase()}
      {level.slice(1)}
    </span>
  );
}
