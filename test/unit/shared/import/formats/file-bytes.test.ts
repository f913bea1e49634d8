import { describe, expect, it } from 'vitest';
import { parseSpreadsheet } from '../../../../../electron/backend/services/excel/parse-spreadsheet.js';
import { recogniseFormat } from '../../../../../shared/import/formats/recognise.js';
import { countNoise } from '../../../../../shared/import/formats/noise.js';
import { IMPORT_FIXTURES, csvBytes, rvtools4x, xlsxBytes } from '../../../../../scripts/import-fixtures.js';

// The same files as bytes, read the way the app reads them (parse-spreadsheet.ts): a CSV
// saved by Excel with its byte order mark, a semicolon CSV, and .xlsx workbooks.

describe('fixtures as files', () => {
  it.each(Object.keys(IMPORT_FIXTURES))('%s reads back as the same export', async (name) => {
    const file = IMPORT_FIXTURES[name as keyof typeof IMPORT_FIXTURES]();
    const bytes = name.endsWith('.csv') ? csvBytes(file.sheets[0]!.rows) : await xlsxBytes(file);
    const read = parseSpreadsheet(name, bytes);
    expect(recogniseFormat(read)?.id ?? null).toBe(recogniseFormat(file)?.id ?? null);
    expect(recogniseFormat(read)?.label ?? null).toBe(recogniseFormat(file)?.label ?? null);
  });

  it('recognises an RVTools vInfo saved as a semicolon CSV without a byte order mark', () => {
    const vinfo = rvtools4x().sheets[0]!;
    const read = parseSpreadsheet('RVTools_tabvInfo.csv', csvBytes(vinfo.rows, { bom: false, delimiter: ';' }));
    const match = recogniseFormat(read)!;
    expect(match.label).toBe('RVTools export, 4.x headers (MiB)');
    expect(match.inventory?.sheet).toBe('RVTools_tabvInfo');
    expect(countNoise(match.noise!, read.sheets[0]!.rows)).toEqual({ template: 1, system: 1, 'powered-off': 1 });
  });
});
