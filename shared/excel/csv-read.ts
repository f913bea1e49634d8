import { WaveplanError } from '../errors.js';
import { CELL_TEXT_LIMIT, columnName } from './sheet-model.js';

// CSV as clients send it: comma, semicolon (European Excel), tab or pipe; UTF-8 with or
// without a byte order mark, or Latin-1 (Windows-1252) from older tools; quoted fields
// with embedded delimiters, quotes and line breaks; ragged rows. Pure: the bytes come in,
// rows of text go out. A CSV from a stranger costs bounded time and memory: the
// delimiter is guessed from the first 64 KB only, and a field, a row and the whole file
// have limits, past which the file is refused with where it went past.

export type CsvEncoding = 'utf-8' | 'windows-1252' | 'mixed';

/**
 * UTF-8 when the bytes are valid UTF-8 (a BOM is dropped). Otherwise line by line: a
 * file pasted together from two tools can hold both, so each line is UTF-8 if it can
 * be, else Windows-1252 (which decodes any byte).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  try {
    return { text: utf8.decode(body), encoding: 'utf-8' };
  } catch {
    const latin = new TextDecoder('windows-1252');
    const lines: string[] = [];
    let sawUtf8 = false;
    let start = 0;
    for (let i = 0; i <= body.length; i++) {
      if (i < body.length && body[i] !== 0x0a) continue;
      const line = body.subarray(start, i);
      try {
        lines.push(utf8.decode(line));
        if (line.some((b) => b >= 0x80)) sawUtf8 = true;
      } catch {
        lines.push(latin.decode(line));
      }
      start = i + 1;
    }
    return { text: lines.join('\n'), encoding: sawUtf8 ? 'mixed' : 'windows-1252' };
  }
}

const DELIMITERS = [',', ';', '\t', '|'] as const;

/** How much of the text the delimiter is guessed from. */
const SNIFF_CHARS = 64 * 1024;

/** The delimiter that splits the first lines (of the first 64 KB) into the most, and the same number of, fields. */
export function detectDelimiter(text: string): string {
  const head = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
  let lines = head.split(/\r?\n/, 21);
  // A line cut off at 64 KB would count fewer fields than it has: leave it out unless it is all there is.
  if (head.length < text.length && lines.length > 1) lines = lines.slice(0, -1);
  lines = lines.slice(0, 20).filter((l) => l.trim() !== '');
  let best: string = ',';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const counts = lines.map((line) => {
      let n = 0;
      let quoted = false;
      for (const ch of line) {
        if (ch === '"') quoted = !quoted;
        else if (ch === d && !quoted) n++;
      }
      return n;
    });
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    const consistent = counts.filter((c) => c === first).length;
    const score = consistent * 1000 + first;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

export interface CsvBounds {
  /** Named in refusals. */
  fileName: string;
  /** Characters in one field: Excel's limit for a cell. */
  fieldChars: number;
  /** Fields in one row. */
  columns: number;
  /** Fields in the whole file, empty ones included (each costs a slot). */
  cells: number;
}

export const CSV_BOUNDS: CsvBounds = { fileName: 'The CSV', fieldChars: CELL_TEXT_LIMIT, columns: 1024, cells: 5_000_000 };

const QUOTE = 34;
const LF = 10;
const CR = 13;

const refuse = (message: string): never => {
  throw new WaveplanError('refused-file', `${message} It was not opened; nothing was imported.`);
};

/**
 * RFC 4180 fields; a quote inside an unquoted field is kept as text; a quote opens a
 * quoted section only at a field's start. Empty trailing lines are dropped. Fields are
 * cut from the text by position (never built a character at a time).
 */
export function parseCsv(text: string, delimiter = detectDelimiter(text), bounds: Partial<CsvBounds> = {}): string[][] {
  const { fileName, fieldChars, columns, cells: cellLimit } = { ...CSV_BOUNDS, ...bounds };
  const split = delimiter.charCodeAt(0);
  const rows: string[][] = [];
  let row: string[] = [];
  let cells = 0;
  const where = () => `row ${(rows.length + 1).toLocaleString('en')}, column ${columnName(row.length)}`;
  const tooLong = (): never => refuse(`${fileName}: ${where()} holds more than ${fieldChars.toLocaleString('en')} characters, Excel's limit for a cell (is it really a CSV?).`);
  const push = (field: string) => {
    if (row.length >= columns)
      refuse(
        `${fileName}: row ${(rows.length + 1).toLocaleString('en')} has more than ${columns.toLocaleString('en')} fields; Waveplan reads up to ${columns.toLocaleString('en')} columns (up to ${columnName(columns - 1)}). Delete the columns you do not need and import it again.`,
      );
    if (++cells > cellLimit)
      refuse(
        `${fileName} has more than ${cellLimit.toLocaleString('en')} fields (${where()} is past that); Waveplan reads up to ${cellLimit.toLocaleString('en')}. Split it, or leave out the columns you do not need.`,
      );
    row.push(field);
  };
  const n = text.length;
  let i = 0;
  // The field the text ends in, if it ends without a line break.
  let last = '';
  while (i < n) {
    let field = '';
    if (text.charCodeAt(i) === QUOTE) {
      // A quoted section: up to a lone quote; a doubled quote is one quote.
      let from = ++i;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          field += text.slice(from);
          i = n;
          break;
        }
        if (text.charCodeAt(q + 1) === QUOTE) {
          field += text.slice(from, q + 1);
          i = from = q + 2;
        } else {
          field += text.slice(from, q);
          i = q + 1;
          break;
        }
        if (field.length > fieldChars) tooLong();
      }
    }
    // Unquoted text (or what follows a quoted section), up to a delimiter or a line break.
    const from = i;
    const room = fieldChars - field.length;
    for (; i < n; i++) {
      const ch = text.charCodeAt(i);
      if (ch === split || ch === LF || ch === CR) break;
      if (i - from >= room) tooLong();
    }
    if (i > from) field += text.slice(from, i);
    if (field.length > fieldChars) tooLong();
    if (i >= n) {
      last = field;
      break;
    }
    push(field);
    const ch = text.charCodeAt(i);
    i++;
    if (ch === split) {
      last = '';
      continue;
    }
    if (ch === CR && text.charCodeAt(i) === LF) i++;
    rows.push(row);
    row = [];
    last = '';
  }
  if (last !== '' || row.length > 0) {
    push(last);
    rows.push(row);
  }
  while (rows.length && (rows.at(-1) as string[]).every((f) => f.trim() === '')) rows.pop();
  return rows;
}

/** A field exported with an apostrophe to keep it text (see csv-write.ts) comes back as it was. */
export function unguard(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
