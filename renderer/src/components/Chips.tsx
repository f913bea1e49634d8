import { labelOf, type DataClass } from '../../../shared/domain/enums';
import { SENSITIVITY_OF_CLASS, type Sensitivity } from '../../../shared/domain/sensitivity';

/** Data classes coloured by the sensitivity each implies (PHI red, PII amber, …). */
export function DataClassChips({ classes, max = classes.length }: { classes: readonly DataClass[]; max?: number }) {
  // Past `max`, the rest collapse into "+N" (named in its tooltip) rather than being clipped.
  const shown = classes.length > max ? classes.slice(0, max - 1) : classes;
  const hidden = classes.slice(shown.length);
  return (
    <span className="chips">
      {shown.map((c) => (
        <span key={c} className={`chip sens-${SENSITIVITY_OF_CLASS[c]}`} title={`${labelOf(c)}: ${SENSITIVITY_OF_CLASS[c]}`}>
          {labelOf(c)}
        </span>
      ))}
      {hidden.length > 0 && (
        <span className="chip" title={hidden.map((c) => labelOf(c)).join(', ')}>
          +{hidden.length}
        </span>
      )}
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
