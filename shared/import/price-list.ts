import { lineNamed, readWords, type UnitWords } from '../costs/price-list-words.js';
import { convertPrice } from '../costs/price-list-units.js';
import { RATE_CARD_LINES, rateAt, withRate, type RateCardLine } from '../costs/rate-card-lines.js';
import { RateCardSchema, type RateCard } from '../costs/rate-card.js';
import { readNumber } from '../domain/read-number.js';
import { shownName } from '../text/shown-name.js';
import { NATIVE_NUMBER } from './column-reading.js';
import { decideNumberStyle, optionReading, readsTheSame, type StyleVerdict } from './number-style-guess.js';
import { columnName, currencyIn, findPriceTable, type PriceTable } from './price-list-columns.js';

// A price list (a client's or a cloud vendor's sheet of items and prices) read against the
// estate's rate card: which entry each row sets, from what to what, and every row that
// could not be used with where it is and why. Nothing here changes the card; `card` is the
// card as it would be, for the dialog to save as one undoable change.

export interface PriceListFile {
  fileName: string;
  kind: 'xlsx' | 'csv';
  sheets: readonly { name: string; rows: readonly (readonly string[])[] }[];
}

export interface PriceListPlace {
  sheet: string;
  /** The row number as the sheet shows it. */
  row: number;
  /** Its letter and header: "C (Unit price)". */
  column: string;
}

export interface RateSet {
  line: RateCardLine;
  from: number;
  to: number;
  /** The price cell as written, and how it was turned into the entry's unit ("per hour × 730 h"). */
  given: string;
  how?: string;
  item: string;
  place: PriceListPlace;
}

export interface PriceListRowProblem {
  place: PriceListPlace;
  item: string;
  message: string;
  /** `currency`: priced in another currency; `problem`: names an entry but cannot set it; `unknown`: names no entry. */
  kind: 'currency' | 'problem' | 'unknown';
}

export interface PriceListPreview {
  fileName: string;
  tables: PriceTable[];
  /** Rows that set an entry to a new value, in the card's order. */
  changes: RateSet[];
  /** Rows that name an entry and give the value it already has. */
  same: RateSet[];
  /** Rows that name an entry but cannot set it: another currency, a value that does not read or does not fit. They block applying until left out. */
  problems: PriceListRowProblem[];
  /** Rows with a price whose item names no entry of the card: shown, never applied, never blocking. */
  unknown: PriceListRowProblem[];
  /** The card with every change applied. */
  card: RateCard;
  /** Why nothing in the file can be used at all. */
  failure?: string;
}

/** How a table's price column writes numbers: a workbook's number cells always with a point, else decided from all its values. */
function styleOf(file: PriceListFile, table: PriceTable, rows: readonly (readonly string[])[]): StyleVerdict {
  const values = rows.slice(table.headerIndex + 1).map((r) => (r[table.price] ?? '').trim());
  const filled = values.filter((v) => v !== '');
  if (file.kind === 'xlsx' && filled.length > 0 && filled.every((v) => NATIVE_NUMBER.test(v))) return { kind: 'decided', style: { decimal: '.', group: '' }, example: filled[0] ?? '' };
  return decideNumberStyle(filled, { money: true });
}

type RowReading = { ok: true; set: RateSet } | { ok: false; kind: 'currency' | 'problem'; message: string };

/** One row that names `line`: its price read, its currency checked and its unit converted. */
function readRow(table: PriceTable, verdict: StyleVerdict, row: readonly string[], line: RateCardLine, card: RateCard, place: PriceListPlace, item: string): RowReading {
  const raw = shownName((row[table.price] ?? '').trim());
  if (verdict.kind === 'ambiguous' && !readsTheSame(raw, verdict.options)) {
    const [a, b] = verdict.options.map((o) => readNumber(raw, o));
    return {
      ok: false,
      kind: 'problem',
      message: `“${raw}” could be ${[a, b].map((r) => (r?.ok ? r.value.toLocaleString('en') : '—')).join(' or ')}: write it with its decimal mark and no group, e.g. 1950 or 1950.5`,
    };
  }
  const style = verdict.kind === 'decided' ? verdict.style : verdict.kind === 'ambiguous' ? optionReading(raw, verdict.options) : undefined;
  const read = readNumber(raw, style);
  if (!read.ok) return { ok: false, kind: 'problem', message: `“${raw}” is not a number` };
  if (read.value < 0) return { ok: false, kind: 'problem', message: `“${raw}” is negative; a rate is 0 or more` };
  const written = table.currency !== undefined ? shownName((row[table.currency] ?? '').trim()) : '';
  const stated = written ? currencyIn(written) : undefined;
  if (written && !stated && line.unit.kind === 'money') {
    return { ok: false, kind: 'problem', message: `“${written}” in ${columnName(table, table.currency ?? 0)} is not a currency code; write one such as ${card.currency}` };
  }
  const currency = stated ?? read.currency ?? table.priceCurrency;
  if (line.unit.kind === 'money' && currency && currency !== card.currency) {
    return {
      ok: false,
      kind: 'currency',
      message: `Priced in ${currency}; this estate’s rate card is in ${card.currency} and no exchange rate is known: convert the sheet, or change the card’s currency first`,
    };
  }
  const unitWords = readWords(table.unit !== undefined ? (row[table.unit] ?? '') : '', true);
  const itemWords = readWords(item);
  // The unit column says it best, then the item ("vCPU hour"), then the price header ("Hourly"); for days, weeks and shares only the unit column counts, since their names hold such words.
  const words: UnitWords =
    line.unit.kind === 'money'
      ? { per: unitWords.per ?? itemWords.per ?? table.priceWords.per, each: unitWords.each ?? itemWords.each ?? table.priceWords.each, percent: unitWords.percent || table.priceWords.percent }
      : { ...unitWords, percent: unitWords.percent || table.priceWords.percent };
  const converted = convertPrice(read.value, words, line.unit, line.label, read.percent);
  if (!converted.ok) return { ok: false, kind: 'problem', message: converted.error };
  const checked = RateCardSchema.safeParse(withRate(card, line.path, converted.value));
  if (!checked.success) {
    const hint = line.unit.kind === 'share' && !read.percent && !words.percent ? '; a share is written 0.15 or 15%' : '';
    return { ok: false, kind: 'problem', message: `${converted.value.toLocaleString('en')} does not fit ${line.label}: ${checked.error.issues[0]?.message ?? 'out of range'}${hint}` };
  }
  const from = rateAt(card, line.path) ?? 0;
  return { ok: true, set: { line, from, to: converted.value, given: raw, ...(converted.how ? { how: converted.how } : {}), item, place } };
}

/** The price list read against the card. */
export function readPriceList(file: PriceListFile, card: RateCard): PriceListPreview {
  const fileName = shownName(file.fileName);
  const preview: PriceListPreview = { fileName, tables: [], changes: [], same: [], problems: [], unknown: [], card };
  const found = new Map<string, RateSet[]>();
  for (const sheet of file.sheets) {
    const table = findPriceTable(sheet.name, sheet.rows);
    if (!table) continue;
    preview.tables.push(table);
    const verdict = styleOf(file, table, sheet.rows);
    for (let i = table.headerIndex + 1; i < sheet.rows.length; i++) {
      const row = sheet.rows[i] ?? [];
      // A row without a price sets nothing: headings ("Storage"), notes and blank rows are passed over.
      if ((row[table.price] ?? '').trim() === '') continue;
      const texts = table.items.map((c) => (row[c] ?? '').trim()).filter((t) => t !== '');
      const named = texts.map((t) => ({ text: t, line: lineNamed(t) })).find((m) => m.line);
      // The item came from the file: shown as a name from outside is (no control characters, 80 at most).
      const item = shownName(named?.text ?? texts[0] ?? '');
      if (!named?.line) {
        if (item !== '')
          preview.unknown.push({
            place: { sheet: shownName(sheet.name), row: i + 1, column: columnName(table, table.items[0] ?? 0) },
            item,
            message: `No rate-card entry is called “${item}”`,
            kind: 'unknown',
          });
        continue;
      }
      const place = { sheet: shownName(sheet.name), row: i + 1, column: columnName(table, table.price) };
      const reading = readRow(table, verdict, row, named.line, card, place, item);
      if (!reading.ok) preview.problems.push({ place, item, message: reading.message, kind: reading.kind });
      else found.set(named.line.path, [...(found.get(named.line.path) ?? []), reading.set]);
    }
  }
  let next = card;
  for (const line of RATE_CARD_LINES) {
    const sets = found.get(line.path) ?? [];
    const first = sets[0];
    if (!first) continue;
    const values = new Set(sets.map((s) => s.to));
    if (values.size > 1) {
      // Two rows that disagree: neither is taken, so the card never holds a value picked at random.
      const rows = sets.map((s) => `${s.place.sheet} row ${s.place.row} (${s.to.toLocaleString('en')})`).join(', ');
      for (const set of sets)
        preview.problems.push({ place: set.place, item: set.item, message: `${first.line.label} is set by more than one row, to different values: ${rows}; keep one`, kind: 'problem' });
      continue;
    }
    if (first.to === first.from) preview.same.push(first);
    else {
      preview.changes.push(first);
      next = withRate(next, first.line.path, first.to);
    }
  }
  preview.card = next;
  preview.failure = failureOf(file, preview);
  return preview;
}

/** Why the file gives the card nothing: no table at all, or no row that names an entry. */
function failureOf(file: PriceListFile, preview: PriceListPreview): string | undefined {
  const name = shownName(file.fileName);
  if (preview.tables.length === 0) {
    const first = file.sheets.find((s) => s.rows.some((r) => r.some((c) => c.trim() !== '')));
    const seen = first
      ? ` (${shownName(first.name)}, row ${first.rows.findIndex((r) => r.some((c) => c.trim() !== '')) + 1}, reads “${shownName((first.rows.find((r) => r.some((c) => c.trim() !== '')) ?? []).filter((c) => c.trim() !== '').join(' | '))}”)`
      : ' (it is empty)';
    return `${name} has no table of items and prices${seen}: a price list needs a header row with an item column (“Item”, “Description” or “SKU”) and a price column (“Price”, “Unit price”, “Rate” or “Monthly”).`;
  }
  if (preview.changes.length + preview.same.length + preview.problems.length === 0) {
    return `No row of ${name} names a rate-card entry (${preview.unknown.length.toLocaleString('en')} priced rows read): items such as “vCPU per month”, “GB RAM month”, “Storage GB-month” or “Day rate” are understood.`;
  }
  return undefined;
}
