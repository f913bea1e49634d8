// Units of the numbers an inventory holds. Every numeric workload field has the unit
// Waveplan stores it in (memory and storage in GB, recovery objectives in minutes, money
// in the rate card's currency); a client's column may say another ("Memory (MiB)",
// "RTO (hrs)"), and its values are converted on the way in.
//
// Declared here so that the mapping (header-mapping.ts) and the format presets
// (formats/) can name units; the reading and conversion live beside them.

/** Sizes: decimal (MB, GB, TB: powers of 1000) and binary (MiB, GiB, TiB: powers of 1024). */
export const SIZE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB', 'KiB', 'MiB', 'GiB', 'TiB'] as const;
export const DURATION_UNITS = ['s', 'min', 'h', 'd'] as const;
export type SizeUnit = (typeof SIZE_UNITS)[number];
export type DurationUnit = (typeof DURATION_UNITS)[number];
/** A column's unit: a size, a duration, a percentage, or a currency (ISO 4217 code). */
export type Unit = SizeUnit | DurationUnit | '%' | `currency:${string}`;

export type UnitFamily = 'size' | 'duration' | 'percent' | 'currency';

export function unitFamily(unit: Unit): UnitFamily {
  if ((SIZE_UNITS as readonly string[]).includes(unit)) return 'size';
  if ((DURATION_UNITS as readonly string[]).includes(unit)) return 'duration';
  return unit === '%' ? 'percent' : 'currency';
}

export const isCurrency = (unit: Unit): unit is `currency:${string}` => unit.startsWith('currency:');
export const currencyUnit = (code: string): Unit => `currency:${code.toUpperCase()}`;

/** How a unit is written beside a value: "MiB", "min", "h", "EUR". */
export function unitLabel(unit: Unit): string {
  return isCurrency(unit) ? unit.slice('currency:'.length) : unit;
}
