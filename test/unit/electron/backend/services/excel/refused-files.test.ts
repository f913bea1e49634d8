import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet, SIZE_LIMIT } from '../../../../../../electron/backend/services/excel/read-spreadsheet.js';
import { zip } from '../../../../../../scripts/zip-builder.js';

// Each file Waveplan cannot import is refused with what it is and what to do, before
// it is parsed. (Reading writes nothing; the import writes only on confirm.)

describe('files the import refuses', () => {
  it('refuses an empty file, a random binary and a file over the size limit', async () => {
    await expect(readSpreadsheet('empty.xlsx', Buffer.alloc(0))).rejects.toThrow('empty.xlsx is empty.');
    await expect(readSpreadsheet('photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0, 1, 2, 3, 0]))).rejects.toThrow(
      'photo.jpg is not a spreadsheet Waveplan can read: expected an .xlsx workbook or a CSV text file.',
    );
    await expect(readSpreadsheet('huge.csv', Buffer.alloc(SIZE_LIMIT + 1, 0x41))).rejects.toThrow(/huge\.csv is 50 MB; Waveplan imports spreadsheets up to 50 MB/);
  });

  it('refuses a zip bomb from its directory, without inflating it', async () => {
    const bomb = zip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(1000, 0x20), claimed: 4_000_000_000 },
    ]);
    await expect(readSpreadsheet('bomb.xlsx', bomb)).rejects.toThrow(/bomb\.xlsx would expand to [\d,]+ MB when opened, more than the 400 MB Waveplan reads from a workbook/);
  });

  it('refuses a sheet that claims more rows than Excel allows', async () => {
    const sheet = Buffer.from('<?xml version="1.0"?><worksheet><dimension ref="A1:C1048577"/><sheetData/></worksheet>');
    const file = zip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: sheet },
    ]);
    await expect(readSpreadsheet('tall.xlsx', file)).rejects.toThrow('tall.xlsx: sheet “sheet1.xml” claims 1,048,577 rows and 3 columns, beyond Excel');
  });

  it('refuses a zip that is not a workbook, a password-protected workbook and an old .xls', async () => {
    await expect(readSpreadsheet('photos.zip', zip([{ name: 'a.jpg', data: Buffer.from('x') }]))).rejects.toThrow('photos.zip is a zip file but not an Excel workbook');
    const ole = Buffer.alloc(2048);
    ole.writeUInt32BE(0xd0cf11e0, 0);
    Buffer.from('EncryptionInfo', 'utf16le').copy(ole, 1024);
    await expect(readSpreadsheet('secret.xlsx', ole)).rejects.toThrow('secret.xlsx is protected with a password. Open it in Excel, remove the password');
    const xls = Buffer.alloc(2048);
    xls.writeUInt32BE(0xd0cf11e0, 0);
    await expect(readSpreadsheet('old.xls', xls)).rejects.toThrow('old.xls is an old-format Excel file (.xls)');
  });

  it('reads a real workbook and CSVs in UTF-8 with a BOM, Latin-1 and other delimiters', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Servers').addRows([
      ['Name', 'Env'],
      ['Odoo', 'Prod'],
    ]);
    const read = await readSpreadsheet('servers.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    expect(read.sheets[0]).toEqual({
      name: 'Servers',
      rows: [
        ['Name', 'Env'],
        ['Odoo', 'Prod'],
      ],
    });
    const bom = await readSpreadsheet('a.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Name;Site\nKüche;Zürich\n', 'utf8')]));
    expect([bom.encoding, bom.sheets[0]?.rows]).toEqual([
      'utf-8',
      [
        ['Name', 'Site'],
        ['Küche', 'Zürich'],
      ],
    ]);
    const latin = await readSpreadsheet('b.csv', Buffer.from('Name\tSite\r\n"Caf\u00e9, ""main"""\tGen\u00e8ve\r\n', 'latin1'));
    expect([latin.encoding, latin.sheets[0]?.rows]).toEqual([
      'windows-1252',
      [
        ['Name', 'Site'],
        ['Café, "main"', 'Genève'],
      ],
    ]);
  });
});
