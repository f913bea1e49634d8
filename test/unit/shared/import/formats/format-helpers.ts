import type { ColumnTarget } from '../../../../../shared/import/header-mapping.js';
import { headerKey } from '../../../../../shared/import/formats/headers.js';
import type { FormatMatch, SpreadsheetFile } from '../../../../../shared/import/formats/types.js';

/** The preset's target for the inventory column with this header. */
export function targetOf(file: SpreadsheetFile, match: FormatMatch, header: string): ColumnTarget | undefined {
  const inventory = match.inventory;
  if (!inventory) return undefined;
  const headers = file.sheets.find((s) => s.name === inventory.sheet)?.rows[0] ?? [];
  const i = headers.findIndex((h) => headerKey(h) === headerKey(header));
  return i < 0 ? undefined : inventory.mapping[i];
}

/** The body rows of a sheet. */
export const bodyOf = (file: SpreadsheetFile, sheet: string): string[][] => file.sheets.find((s) => s.name === sheet)?.rows.slice(1) ?? [];

/** Header of a column index in a sheet. */
export const headerAt = (file: SpreadsheetFile, sheet: string, column: number | undefined): string | undefined =>
  column === undefined ? undefined : file.sheets.find((s) => s.name === sheet)?.rows[0]?.[column];
