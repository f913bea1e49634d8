import { looksLikeFormula, type SheetTable } from './sheet-model.js';

// CSV for the sheets people paste into other tools (Inventory, Waves). RFC 4180 quoting,
// a UTF-8 byte order mark so Excel reads accents right, and formula-like text prefixed
// with an apostrophe (OWASP's advice for CSV injection): a CSV has no "this is text".

/** The workbook's sheets that also export as CSV. */
export const CSV_SHEETS = ['Inventory', 'Waves'] as const;

function field(value: string | number | null): string {
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return '';
  let text = String(value);
  if (typeof value === 'string' && looksLikeFormula(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function tableToCsv(table: SheetTable): string {
  const lines = [table.columns.map((c) => field(c.header)).join(',')];
  for (const row of table.rows) lines.push(row.map(field).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
