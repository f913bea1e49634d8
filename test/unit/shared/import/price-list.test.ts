import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_CARD } from '../../../../shared/costs/rate-card.js';
import { readPriceList, type PriceListFile } from '../../../../shared/import/price-list.js';

const card = DEFAULT_RATE_CARD;
const csv = (fileName: string, rows: string[][]): PriceListFile => ({ fileName, kind: 'csv', sheets: [{ name: fileName, rows }] });
const xlsx = (fileName: string, sheets: { name: string; rows: string[][] }[]): PriceListFile => ({ fileName, kind: 'xlsx', sheets });
const changed = (file: PriceListFile) => Object.fromEntries(readPriceList(file, card).changes.map((c) => [c.line.path, c.to]));

describe('reading a price list against the rate card', () => {
  it('reads a European CSV: dotted thousands, decimal commas, a per-hour vCPU price', () => {
    const file = csv('kliniken.csv', [
      ['Einheit', 'Beschreibung', 'Preis', 'Currency'],
      ['per hour', 'vCPU', '0,0411', 'EUR'],
      ['GB-month', 'Memory', '2,75', 'EUR'],
      ['', 'Dedicated database', '1.234,56', 'EUR'],
      ['', 'Day rate', '1.050,00', 'EUR'],
    ]);
    // "Einheit" and "Beschreibung" are not English headers: no item column is found.
    expect(readPriceList(file, card).failure).toMatch(/has no table of items and prices/);
    const english = csv('clinics.csv', [
      ['Unit', 'Description', 'Price', 'Currency'],
      ['per hour', 'vCPU', '0,0411', 'EUR'],
      ['GB-month', 'Memory', '2,75', 'EUR'],
      ['', 'Dedicated database', '1.234,56', 'EUR'],
      ['', 'Day rate', '1.050,00', 'EUR'],
    ]);
    expect(changed(english)).toEqual({ vcpuMonth: 30.003, memoryGbMonth: 2.75, dedicatedDatabaseBaseMonth: 1234.56, effortDayRate: 1050 });
    const vcpu = readPriceList(english, card).changes.find((c) => c.line.path === 'vcpuMonth');
    expect(vcpu).toMatchObject({ from: 22, to: 30.003, given: '0,0411', how: 'per hour × 730 h', place: { sheet: 'clinics.csv', row: 2, column: 'C (Price)' } });
  });

  it('reads a workbook’s number cells with a point, columns in any order, under a title', () => {
    const file = xlsx('vendor.xlsx', [
      {
        name: 'Rates 2027',
        rows: [
          ['Cloud vendor price list, valid from 1 January 2027'],
          [],
          ['Monthly (EUR)', 'SKU', 'Item'],
          ['1.234', 'VM-STD', 'vCPU per month'],
          ['0.1', 'ST-SSD', 'Storage GB-month'],
          ['40', 'BK-TB', 'Backup per TB'],
        ],
      },
    ]);
    const preview = readPriceList(file, card);
    expect(preview.failure).toBeUndefined();
    expect(changed(file)).toEqual({ vcpuMonth: 1.234, storageGbMonth: 0.1, backupGbMonth: 0.04 });
    expect(preview.changes.map((c) => c.place.row)).toEqual([4, 5, 6]);
    expect(preview.card.vcpuMonth).toBe(1.234);
    expect(card.vcpuMonth).toBe(22);
  });

  it('refuses rows in another currency, naming where they are, and lists what it did not understand', () => {
    const file = xlsx('mixed.xlsx', [
      {
        name: 'Compute',
        rows: [
          ['Item', 'Unit price', 'Currency'],
          ['vCPU hour', '0.05', 'USD'],
          ['GB RAM month', '3.5', 'EUR'],
          ['Windows Server licence', '12', 'EUR'],
          ['Compute', '', ''],
          ['Storage', '', ''],
        ],
      },
    ]);
    const preview = readPriceList(file, card);
    expect(preview.changes.map((c) => c.line.path)).toEqual(['memoryGbMonth']);
    expect(preview.problems).toEqual([
      {
        place: { sheet: 'Compute', row: 2, column: 'B (Unit price)' },
        item: 'vCPU hour',
        kind: 'currency',
        message: 'Priced in USD; this estate’s rate card is in EUR and no exchange rate is known: convert the sheet, or change the card’s currency first',
      },
    ]);
    // A heading without a price ("Compute", even "Storage") is passed over; a priced item the card has no entry for is listed.
    expect(preview.unknown).toEqual([
      { place: { sheet: 'Compute', row: 4, column: 'A (Item)' }, item: 'Windows Server licence', kind: 'unknown', message: 'No rate-card entry is called “Windows Server licence”' },
    ]);
  });

  it('takes the currency from the cell or the header when there is no currency column', () => {
    const file = csv('prices.csv', [
      ['Item', 'Price (GBP)'],
      ['vCPU', '20'],
    ]);
    expect(readPriceList(file, card).problems[0]?.message).toMatch(/^Priced in GBP/);
    const cell = csv('prices.csv', [
      ['Item', 'Price'],
      ['vCPU', '$20'],
      ['RAM', '€ 2,50'],
    ]);
    const preview = readPriceList(cell, card);
    expect(preview.problems.map((p) => p.kind)).toEqual(['currency']);
    const unknownCode = csv('prices.csv', [
      ['Item', 'Price', 'Currency'],
      ['vCPU', '20', 'Euro'],
    ]);
    expect(readPriceList(unknownCode, card).problems[0]?.message).toBe('“Euro” in C (Currency) is not a currency code; write one such as EUR');
    expect(preview.changes.map((c) => [c.line.path, c.to])).toEqual([['memoryGbMonth', 2.5]]);
  });

  it('takes neither of two rows that set one entry to different values, and one of two that agree', () => {
    const file = csv('twice.csv', [
      ['Item', 'Rate'],
      ['vCPU', '20'],
      ['vCPU per month', '25'],
      ['Day rate', '1000'],
      ['Daily rate', '1000'],
    ]);
    const preview = readPriceList(file, card);
    expect(preview.changes.map((c) => c.line.path)).toEqual(['effortDayRate']);
    expect(preview.problems.map((p) => p.place.row)).toEqual([2, 3]);
    expect(preview.problems[0]?.message).toBe('vCPU, per month is set by more than one row, to different values: twice.csv row 2 (20), twice.csv row 3 (25); keep one');
  });

  it('says what does not read or does not fit, and leaves the value as it is', () => {
    const file = csv('bad.csv', [
      ['Item', 'Price', 'Unit'],
      ['Contingency', '150', '%'],
      ['vCPU', 'on request', ''],
      ['Day rate', '110', 'per hour'],
      ['Storage', '-1', ''],
      ['Rehearsal share', '25', ''],
      ['Backup', '0.05', 'GB/month'],
    ]);
    const preview = readPriceList(file, card);
    expect(preview.problems.map((p) => [p.place.row, p.message])).toEqual([
      [2, '1.5 does not fit Contingency: Too big: expected number to be <=1'],
      [3, '“on request” is not a number'],
      [4, 'A price per hour; Effort day rate is per day, and how many hours a day is worked is not known: give the day rate'],
      [5, '“-1” is negative; a rate is 0 or more'],
      [6, '25 does not fit Rehearsal, share of effort: Too big: expected number to be <=5; a share is written 0.15 or 15%'],
    ]);
    expect(preview.same.map((s) => s.line.path)).toEqual(['backupGbMonth']);
    expect(preview.changes).toEqual([]);
    expect(preview.card).toEqual(card);
  });

  it('says why a file gives the card nothing', () => {
    expect(
      readPriceList(
        csv('people.csv', [
          ['Name', 'Email'],
          ['Ada', 'ada@example.org'],
        ]),
        card,
      ).failure,
    ).toBe(
      'people.csv has no table of items and prices (people.csv, row 1, reads “Name | Email”): a price list needs a header row with an item column (“Item”, “Description” or “SKU”) and a price column (“Price”, “Unit price”, “Rate” or “Monthly”).',
    );
    expect(readPriceList(xlsx('empty.xlsx', [{ name: 'Sheet1', rows: [] }]), card).failure).toMatch(/\(it is empty\)/);
    const none = readPriceList(
      csv('other.csv', [
        ['SKU', 'Price'],
        ['Windows Server', '12'],
        ['SQL Server Enterprise', '250'],
      ]),
      card,
    );
    expect(none.failure).toBe('No row of other.csv names a rate-card entry (2 priced rows read): items such as “vCPU per month”, “GB RAM month”, “Storage GB-month” or “Day rate” are understood.');
    expect(none.unknown).toHaveLength(2);
  });

  it('sets nested entries: effort days by kind and strategy factors', () => {
    const file = csv('effort.csv', [
      ['Item', 'Value'],
      ['Database effort days', '6'],
      ['Refactor factor', '2,5'],
    ]);
    // "Value" is not a price header; "Rate" is.
    expect(readPriceList(file, card).failure).toMatch(/no table/);
    const rated = csv('effort.csv', [
      ['Item', 'Rate'],
      ['Database effort days', '6'],
      ['Refactor factor', '2,5'],
    ]);
    expect(readPriceList(rated, card).card).toMatchObject({ effortDaysByKind: { database: 6, application: 4 }, strategyFactor: { refactor: 2.5, rehost: 1 } });
  });
});
