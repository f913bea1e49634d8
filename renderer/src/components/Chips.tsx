import { labelOf, type DataClass } from '../../../shared/domain/enums';
import { SENSITIVITY_OF_CLASS, type Sensitivity } from '../../../shared/domain/sensitivity';

/** Data classes coloured by the sensitivity each implies (PHI red, PII amber, …). */
/** About how wide a chip is at 11.5px semibold, in pixels (padding, gap and glyphs). */
const chipWidth = (text: string) => 20 + text.length * 7.2;

export function DataClassChips({ classes, width = Infinity }: { classes: readonly DataClass[]; width?: number }) {
  // What does not fit in `width` collapses into "+N" (named in its tooltip) rather than being clipped.
  let used = 0;
  let fit = 0;
  for (const c of classes) {
    const reserve = fit < classes.length - 1 ? chipWidth('+9') : 0;
    if (used + chipWidth(labelOf(c)) + reserve > width) break;
    used += chipWidth(labelOf(c));
    fit++;
  }
  const shown = classes.slice(0, fit);
  const hidden = classes.slice(fit);
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
