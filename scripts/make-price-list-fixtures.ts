// npm run fixtures:price-lists: the price lists the rate-card import is tried on, under
// test/fixtures/price-lists/ (committed; the tests read them as they are).
// - northwind-cloud-2027.xlsx: a cloud vendor's workbook. A title above the table, SKU
//   before Description, number cells, a vCPU priced per hour, storage per TB, one row in
//   USD (refused), SKUs the rate card has no entry for, and a second sheet whose price
//   header says the unit and the currency ("Monthly (EUR)").
// - kliniken-rate-sheet-de.csv: a client's own sheet as a German Excel saves it:
//   semicolons, "1.234,56", a vCPU per hour, a UTF-8 BOM.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const dir = join(process.cwd(), 'test', 'fixtures', 'price-lists');
mkdirSync(dir, { recursive: true });

async function vendorWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  // Fixed, so the file is the same each time it is made.
  book.created = book.modified = new Date('2026-11-01T09:00:00Z');
  const compute = book.addWorksheet('Compute');
  compute.addRow(['Northwind Cloud: price list for Meridian Health Group, valid from 1 January 2027']);
  compute.addRow([]);
  compute.addRow(['SKU', 'Description', 'Unit', 'Unit price', 'Currency']);
  compute.addRow(['NWC-VCPU-STD', 'vCPU', 'per hour', 0.0385, 'EUR']);
  compute.addRow(['NWC-RAM-STD', 'GB RAM month', 'GB/month', 2.6, 'EUR']);
  compute.addRow(['NWC-WIN-DC', 'Windows Server Datacenter licence', 'per vCPU per month', 11.5, 'EUR']);
  compute.addRow(['NWC-DB-DED', 'Dedicated database', 'per month', 520, 'USD']);
  compute.addRow(['NWC-GPU-A10', 'GPU A10 hour', 'per hour', 1.9, 'EUR']);
  compute.getColumn(4).numFmt = '#,##0.0000';
  const storage = book.addWorksheet('Storage and services');
  storage.addRow(['Item', 'Monthly (EUR)']);
  storage.addRow(['Storage per TB', 95]);
  storage.addRow(['Backup GB-month', 0.04]);
  storage.addRow(['Dedicated environment', 1850]);
  storage.addRow(['Egress per GB', 0.07]);
  storage.getColumn(2).numFmt = '#,##0.00';
  return Buffer.from(await book.xlsx.writeBuffer());
}

const CLIENT_CSV = [
  'Item;Price;Unit;Currency',
  'vCPU;0,0411;per hour;EUR',
  'GB RAM month;3,10;;EUR',
  'Storage GB-month;0,11;;EUR',
  'Dedicated environment;1.234,56;per month;EUR',
  'Dedicated database;1.480,00;;EUR',
  'Day rate;1.050,00;per day;EUR',
  'Firewall appliance;245,00;per month;EUR',
].join('\r\n');

writeFileSync(join(dir, 'northwind-cloud-2027.xlsx'), await vendorWorkbook());
writeFileSync(join(dir, 'kliniken-rate-sheet-de.csv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${CLIENT_CSV}\r\n`, 'utf8')]));
console.log(`Price lists written to ${dir}`);
