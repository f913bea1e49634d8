import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTsv, parseTsv } from '../../../../shared/text/tsv.js';

describe('TSV as on the clipboard', () => {
  it('reads Excel’s quoted cells with tabs, newlines and quotes', () => {
    expect(parseTsv('a\tb\r\n"line 1\nline 2"\t"say ""hi"""\r\n')).toEqual([
      ['a', 'b'],
      ['line 1\nline 2', 'say "hi"'],
    ]);
    expect(parseTsv('one')).toEqual([['one']]);
    expect(parseTsv('a\t\tc')).toEqual([['a', '', 'c']]);
  });

  it('writes what it reads (property)', () => {
    const cell = fc.string({ maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        // A row of one empty cell is indistinguishable from a blank line; Excel never puts one on the clipboard alone.
        fc.pre(rows.every((r) => !(r.length === 1 && r[0] === '')));
        expect(parseTsv(formatTsv(rows))).toEqual(rows);
      }),
    );
  });
});
