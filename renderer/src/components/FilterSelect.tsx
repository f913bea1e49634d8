import { labelOf } from '../../../shared/domain/enums';

const capitalised = (s: string) => (s[0]?.toUpperCase() ?? '') + s.slice(1);

type Props<T extends string> = { label: string; all: string; options: readonly T[]; value: T | ''; onChange(value: T | ''): void; small?: boolean; extra?: { value: string; label: string } };

/** A filter dropdown: "All …" first, then each option by its label. */
export function FilterSelect<T extends string>({ label, all, options, value, onChange, small, extra }: Props<T>) {
  return (
    <select className={`select${small ? ' small' : ''}`} aria-label={label} value={value} onChange={(e) => onChange(e.target.value as T | '')}>
      <option value="">{all}</option>
      {options.map((o) => (
        <option key={o} value={o}>
          {labelOf(o) === o ? capitalised(o) : labelOf(o)}
        </option>
      ))}
      {extra && <option value={extra.value}>{extra.label}</option>}
    </select>
  );
}
