// CSV as clients send it: comma, semicolon (European Excel), tab or pipe; UTF-8 with or
// without a byte order mark, or Latin-1 (Windows-1252) from older tools; quoted fields
// with embedded delimiters, quotes and line breaks; ragged rows. Pure: the bytes come in,
// rows of text go out.

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

/** The delimiter that splits the first lines into the most, and the same number of, fields. */
export function detectDelimiter(text: string): string {
  const lines = text.split(/\r?\n/, 20).filter((l) => l.trim() !== '');
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

/** RFC 4180 fields; a quote inside an unquoted field is kept as text. Empty trailing lines are dropped. */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  while (rows.length && (rows.at(-1) as string[]).every((f) => f.trim() === '')) rows.pop();
  return rows;
}

/** A field exported with an apostrophe to keep it text (see csv-write.ts) comes back as it was. */
export function unguard(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
