import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../../../../../electron/backend/services/excel/read-spreadsheet.js';
import { DEFAULT_RATE_CARD } from '../../../../../../shared/costs/rate-card.js';
import { readPriceList } from '../../../../../../shared/import/price-list.js';

// The committed price lists (scripts/make-price-list-fixtures.ts) read as the app reads
// them: bytes through the back end's spreadsheet reader, then against the default card.

const fixture = (name: string) => join(process.cwd(), 'test', 'fixtures', 'price-lists', name);
const read = async (name: string) => readPriceList(await readSpreadsheet(name, readFileSync(fixture(name))), DEFAULT_RATE_CARD);

describe('the price-list fixtures', () => {
  it('a vendor workbook: per hour and per TB converted, USD refused, SKUs without an entry listed', async () => {
    const preview = await read('northwind-cloud-2027.xlsx');
    expect(preview.failure).toBeUndefined();
    expect(preview.tables.map((t) => [t.sheet, t.headerIndex + 1])).toEqual([
      ['Compute', 3],
      ['Storage and services', 1],
    ]);
    expect(preview.changes.map((c) => [c.line.path, c.to, c.how])).toEqual([
      ['vcpuMonth', 28.105, 'per hour × 730 h'],
      ['memoryGbMonth', 2.6, undefined],
      ['storageGbMonth', 0.095, 'per TB ÷ 1,000'],
      ['backupGbMonth', 0.04, undefined],
      ['dedicatedEnvironmentBaseMonth', 1850, undefined],
      ['egressPerGb', 0.07, undefined], // in the sheet's Monthly column: the price of one GB
    ]);
    expect(preview.problems.map((p) => [p.place.sheet, p.place.row, p.kind])).toEqual([['Compute', 7, 'currency']]);
    expect(preview.unknown.map((u) => u.item)).toEqual(['Windows Server Datacenter licence', 'GPU A10 hour']);
  });

  it('a client’s German CSV: semicolons, "1.234,56" and a vCPU per hour', async () => {
    const preview = await read('kliniken-rate-sheet-de.csv');
    expect(Object.fromEntries(preview.changes.map((c) => [c.line.path, c.to]))).toEqual({
      vcpuMonth: 30.003,
      memoryGbMonth: 3.1,
      storageGbMonth: 0.11,
      dedicatedDatabaseBaseMonth: 1480,
      dedicatedEnvironmentBaseMonth: 1234.56,
      effortDayRate: 1050,
    });
    expect(preview.problems).toEqual([]);
    expect(preview.unknown.map((u) => `${u.place.row} ${u.item}`)).toEqual(['8 Firewall appliance']);
  });
});
