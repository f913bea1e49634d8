import { readWords, type UnitWords } from '../costs/price-list-words.js';

// Where a price list's table is: the header row and which column holds the item, the
// price, its unit and its currency, in any order and under the names vendors and clients
// use ("Item", "Description", "SKU"; "Price", "Unit price", "Rate", "Monthly"; "Unit";
// "Currency"). A price header may carry the unit and the currency itself: "Price per
// hour (USD)", "Monthly (EUR)".

export interface PriceTable {
  sheet: string;
  /** Index into the sheet's rows of the header row (row number − 1). */
  headerIndex: number;
  /** Columns that may name the item, the most telling first (a description before a SKU). */
  items: number[];
  price: number;
  unit?: number;
  currency?: number;
  /** The unit the price header states ("Hourly", "Price per TB"). */
  priceWords: UnitWords;
  /** The currency the price header states ("Price (EUR)"). */
  priceCurrency?: string;
  header: string[];
}

/** Item headers, the most telling first: a description names an item better than a code. */
const ITEM_HEADERS = [/^(item |product |service |line item )?description$/, /^(line )?item( name)?$/, /^(product|service|meter|resource|component)( name)?$/, /^name$/, /^sku( name| id| code)?$/];
const PRICE_HEADER = /^((unit|list|retail|net|sales|monthly|hourly|daily|weekly|yearly|annual) )?(price|rate|cost|fee|charge|amount)( per [a-z0-9 ]+)?$/;
const TIME_ALONE = /^(monthly|hourly|daily|weekly|yearly|annual|annually|per (hour|day|week|month|year))$/;
const UNIT_HEADER = /^(unit|units|unit of measure|unit of measurement|uom|per|billing unit|measure)$/;
const CURRENCY_HEADER = /^(currency|currency code|ccy|cur)$/;
const CURRENCY_SYMBOLS: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP', '¥': 'JPY' };

/** Whether a three-letter word is a currency code (this runtime's list, else the common ones). */
export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'JPY', 'CAD', 'AUD'];
  return known.includes(code);
}

/** A currency written in a header or a currency cell: "EUR", "(usd)", "€". */
export function currencyIn(text: string): string | undefined {
  for (const [symbol, code] of Object.entries(CURRENCY_SYMBOLS)) if (text.includes(symbol)) return code;
  for (const m of text.matchAll(/[A-Za-z]{3,}/g)) if (m[0].length === 3 && isCurrencyCode(m[0].toUpperCase()) && (m[0] === m[0].toUpperCase() || text.trim().length === 3)) return m[0].toUpperCase();
  return undefined;
}

/** A header without case, punctuation or the currency it names: "Unit Price (EUR)" is "unit price". */
function cleaned(text: string): string {
  const code = currencyIn(text);
  const without = code ? text.replace(new RegExp(`\\b${code}\\b`, 'i'), ' ') : text;
  return without
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const isPrice = (h: string) => PRICE_HEADER.test(h) || TIME_ALONE.test(h);

/** The table in one header row, or undefined when it has no item or no price column. */
function tableIn(sheet: string, header: string[], headerIndex: number): PriceTable | undefined {
  const names = header.map(cleaned);
  const items = ITEM_HEADERS.flatMap((re) => names.flatMap((h, i) => (re.test(h) ? [i] : [])));
  const prices = names.flatMap((h, i) => (isPrice(h) ? [i] : []));
  // Of several price columns ("Hourly", "Monthly"), the monthly one: the rate card's own unit needs no conversion.
  const price = prices.find((i) => readWords(header[i] ?? '').per === 'month') ?? prices.find((i) => readWords(header[i] ?? '').per === undefined) ?? prices[0];
  if (items.length === 0 || price === undefined) return undefined;
  const unit = names.findIndex((h) => UNIT_HEADER.test(h));
  const currency = names.findIndex((h) => CURRENCY_HEADER.test(h));
  const priceHeader = header[price] ?? '';
  return {
    sheet,
    headerIndex,
    items: [...new Set(items)],
    price,
    ...(unit >= 0 ? { unit } : {}),
    ...(currency >= 0 ? { currency } : {}),
    priceWords: readWords(priceHeader, true),
    ...(currencyIn(priceHeader) ? { priceCurrency: currencyIn(priceHeader) } : {}),
    header,
  };
}

/** A title or a note may stand above the table: its header is looked for in the first rows. */
const HEADER_SEARCH_ROWS = 30;

/** The price table of a sheet, if it has one. */
export function findPriceTable(sheet: string, rows: readonly (readonly string[])[]): PriceTable | undefined {
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const table = tableIn(
      sheet,
      (rows[i] ?? []).map((c) => c.trim()),
      i,
    );
    if (table) return table;
  }
  return undefined;
}

/** A column as a message names it: its letter and its header, "C (Unit price)". */
export function columnName(table: PriceTable, index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  const header = table.header[index];
  return header ? `${letters} (${header})` : letters;
}
