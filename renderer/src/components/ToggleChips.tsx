import { labelOf, type DataClass } from '../../../shared/domain/enums';
import { SENSITIVITY_OF_CLASS } from '../../../shared/domain/sensitivity';

type Props<T extends string> = { options: readonly T[]; value: readonly T[]; onChange(value: T[]): void; label?: string; id?: string };

/** A set of options as chips that toggle; data classes take the colour of the sensitivity they imply. */
export function ToggleChips<T extends string>({ options, value, onChange, label, id }: Props<T>) {
  return (
    <div className="toggle-chips" id={id} role="group" aria-label={label}>
      {options.map((o) => {
        const on = value.includes(o);
        const level = SENSITIVITY_OF_CLASS[o as DataClass];
        return (
          <button
            key={o}
            type="button"
            aria-pressed={on}
            className={`chip toggle${on ? ` on${level ? ` sens-${level}` : ''}` : ''}`}
            // Kept in the options' order, so one set always reads (and saves) the same.
            onClick={() => onChange(options.filter((x) => (x === o ? !on : value.includes(x))))}
          >
            {labelOf(o)}
          </button>
        );
      })}
    </div>
  );
}
