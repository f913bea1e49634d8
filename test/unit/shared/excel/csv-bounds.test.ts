import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from '../../../../shared/excel/csv-read.js';

// The bounded CSV parser: the same rows as the character-at-a-time parser it replaced,
// for any text, and a refusal naming the file, row and column past each limit.

/** The parser before issue 13, kept as the reference for what the rows must be. */
function referenceParse(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
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

describe('the bounded CSV parser', () => {
  it('gives the same rows as the parser it replaced, for any text', () => {
    const piece = fc.constantFrom(',', ';', '"', '""', '\n', '\r', '\r\n', ' ', 'a', 'Zürich', '\t', '|');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom(',', ';', '\t', '|'), (pieces, delimiter) => {
        const text = pieces.join('');
        expect(parseCsv(text, delimiter)).toEqual(referenceParse(text, delimiter));
      }),
      { numRuns: 2000 },
    );
  });

  it('guesses the delimiter from the first 64 KB only, leaving out a line cut off there', () => {
    const header = 'Name;Env;Site\n';
    const rows = 'a;b;c\n'.repeat(20_000);
    expect(detectDelimiter(header + rows)).toBe(';');
    // 20 lines of 4 KB: the 17th is cut at 64 KB and must not spoil the count.
    const wide = `${Array.from({ length: 20 }, () => `${'x'.repeat(4090)},y,z`).join('\n')}`;
    expect(detectDelimiter(wide)).toBe(',');
    const started = performance.now();
    expect(detectDelimiter(`${'a;'.repeat(10_000_000)}\n`)).toBe(';');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('refuses a field longer than a cell may be, a row wider than the column limit and a file past the field budget', () => {
    expect(() => parseCsv(`Name\n${'x'.repeat(40_000)}\n`, ',', { fileName: 'long.csv' })).toThrow('long.csv: row 2, column A holds more than 32,767 characters');
    expect(() => parseCsv(`Name,Notes\nok,"${'y'.repeat(20_000)}""${'y'.repeat(20_000)}"\n`, ',', { fileName: 'quoted.csv' })).toThrow('quoted.csv: row 2, column B holds more than 32,767 characters');
    expect(() => parseCsv(`a${',a'.repeat(1_024)}`, ',', { fileName: 'wide.csv' })).toThrow('wide.csv: row 1 has more than 1,024 fields; Waveplan reads up to 1,024 columns (up to AMJ).');
    expect(() => parseCsv('a,b\n'.repeat(100), ',', { fileName: 'many.csv', cells: 150 })).toThrow('many.csv has more than 150 fields (row 76, column A is past that)');
    expect(parseCsv(`a${',b'.repeat(1_023)}`, ',')[0]).toHaveLength(1_024);
  });

  it('refuses a 50 MB one-line CSV quickly, with or without delimiters', () => {
    const started = performance.now();
    expect(() => parseCsv('x,'.repeat(25 * 1024 * 1024), undefined, { fileName: 'line.csv' })).toThrow('line.csv: row 1 has more than 1,024 fields');
    expect(() => parseCsv('x'.repeat(50 * 1024 * 1024), undefined, { fileName: 'blob.csv' })).toThrow('blob.csv: row 1, column A holds more than 32,767 characters');
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
