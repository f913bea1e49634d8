// Spreadsheets from strangers that must be read with bounded memory and time (issue 13),
// made from scratch: sparse sheets with cells at far corners, a zip whose directory lies
// about sizes, a 16,384-column sheet, a cell past Excel's limit, a shared string used a
// million times, a 50 MB one-line CSV, and well-formed workbooks with every kind of cell
// (for what must still be read right). Each builder returns the file's bytes; the tests
// and the memory benchmark feed them to the reader.
import { constants, deflateRawSync } from 'node:zlib';
import { zip } from './zip-builder.js';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface SheetSpec {
  name: string;
  /** The worksheet part's XML. */
  xml: string | Buffer;
  state?: 'visible' | 'hidden' | 'veryHidden';
}

export interface BookParts {
  sharedStrings?: string;
  styles?: string;
  date1904?: boolean;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** An .xlsx with the given sheets (in order) and optional shared strings and styles. */
export function workbook(sheets: SheetSpec[], parts: BookParts = {}): Buffer {
  const book = `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}">${parts.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheets.map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`;
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
  const rels = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => rel(`rId${i + 1}`, 'worksheet', `worksheets/sheet${i + 1}.xml`)).join('')}${parts.sharedStrings ? rel('rIdS', 'sharedStrings', 'sharedStrings.xml') : ''}${parts.styles ? rel('rIdT', 'styles', 'styles.xml') : ''}</Relationships>`;
  return zip([
    { name: 'xl/workbook.xml', data: Buffer.from(book) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(rels) },
    ...(parts.sharedStrings ? [{ name: 'xl/sharedStrings.xml', data: Buffer.from(parts.sharedStrings) }] : []),
    ...(parts.styles ? [{ name: 'xl/styles.xml', data: Buffer.from(parts.styles) }] : []),
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: Buffer.isBuffer(s.xml) ? s.xml : Buffer.from(s.xml) })),
  ]);
}

/** A worksheet part around the given <sheetData> content. */
export const sheetXml = (rows: string, after = '') => `${XML}<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData>${after}</worksheet>`;

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${escape(text)}</t></is></c>`;

/** "Name" in A1 and one more cell far away: XFD1, A100000 or A1048576 (6 KB or less, zipped). */
export function sparseCorner(far: string): Buffer {
  const farRow = Number(/\d+$/.exec(far)?.[0]);
  const rows = farRow === 1 ? `<row r="1">${inline('A1', 'Name')}${inline(far, 'far')}</row>` : `<row r="1">${inline('A1', 'Name')}</row><row r="${farRow}">${inline(far, 'far')}</row>`;
  return workbook([{ name: 'vInfo', xml: sheetXml(rows) }]);
}

/** One row with a number in every one of Excel's 16,384 columns. */
export function wideSheet(columns = 16_384): Buffer {
  let cells = '';
  for (let c = 1; c <= columns; c++) cells += `<c><v>${c}</v></c>`;
  return workbook([{ name: 'vInfo', xml: sheetXml(`<row r="1">${cells}</row>`) }]);
}

/** A cell of 40,000 characters (Excel stops at 32,767): inline, or as a shared string. */
export function hugeCell(as: 'inline' | 'shared' = 'inline'): Buffer {
  const text = 'x'.repeat(40_000);
  if (as === 'inline') return workbook([{ name: 'Servers', xml: sheetXml(`<row r="1">${inline('A1', 'Name')}</row><row r="2">${inline('A2', 'ok')}${inline('B2', text)}</row>`) }]);
  const sharedStrings = `${XML}<sst xmlns="${MAIN}" count="2" uniqueCount="2"><si><t>Name</t></si><si><t>${text}</t></si></sst>`;
  return workbook([{ name: 'Servers', xml: sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="C2" t="s"><v>1</v></c></row>') }], { sharedStrings });
}

/** One 200-character shared string, referenced by every cell of a 11,000 × 100 sheet (1.1 M times; rows and cells without r). */
export function sharedStringFlood(rows = 11_000, columns = 100, length = 200): Buffer {
  const sharedStrings = `${XML}<sst xmlns="${MAIN}" count="${rows * columns}" uniqueCount="1"><si><t>${'s'.repeat(length)}</t></si></sst>`;
  const row = `<row>${'<c t="s"><v>0</v></c>'.repeat(columns)}</row>`;
  return workbook([{ name: 'Flood', xml: Buffer.from(sheetXml(row.repeat(rows))) }], { sharedStrings });
}

/**
 * A workbook whose sheet inflates to `inflatedMb` of valid XML while its zip directory and
 * local header both state 2 KB. Built from one deflated megabyte repeated (each ends on a
 * sync flush, so copies chain into one stream): some 2 MB of file inflate to ~1.7 GB.
 */
export function lyingZip(inflatedMb = 1_700): Buffer {
  const filler = Buffer.from(`<x/>${' '.repeat(65_532)}`.repeat(16)); // 1 MB, a '<' every 64 KB
  const head = deflateRawSync(Buffer.from(sheetXml('').replace('</sheetData></worksheet>', '')), { finishFlush: constants.Z_SYNC_FLUSH });
  const megabyte = deflateRawSync(filler, { finishFlush: constants.Z_SYNC_FLUSH });
  const deflated = Buffer.concat([head, ...new Array<Buffer>(inflatedMb).fill(megabyte), deflateRawSync(Buffer.from('</sheetData></worksheet>'))]);
  const book = workbook([{ name: 'Sheet1', xml: sheetXml('') }]);
  return replaceEntry(book, 'xl/worksheets/sheet1.xml', deflated, 2048);
}

/**
 * The zip again, with one entry's data swapped for data deflated beforehand and both its
 * headers stating `claimed` bytes (zip() deflates what it is given, which would mean
 * holding the gigabytes this is meant to stand for).
 */
function replaceEntry(zipped: Buffer, name: string, deflated: Buffer, claimed: number): Buffer {
  const end = zipped.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zipped.readUInt16LE(end + 10);
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let at = zipped.readUInt32LE(end + 16);
  let offset = 0;
  for (let n = 0; n < count; n++) {
    const nameLength = zipped.readUInt16LE(at + 28);
    const entryName = zipped.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zipped.readUInt32LE(at + 42);
    const header = Buffer.from(zipped.subarray(local, local + 30 + nameLength));
    const data = entryName === name ? deflated : zipped.subarray(local + 30 + nameLength, local + 30 + nameLength + zipped.readUInt32LE(at + 20));
    const dir = Buffer.from(zipped.subarray(at, at + 46 + nameLength));
    header.writeUInt32LE(data.length, 18);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(offset, 42);
    if (entryName === name) {
      header.writeUInt32LE(claimed, 22);
      dir.writeUInt32LE(claimed, 24);
    }
    locals.push(header, data);
    central.push(dir);
    offset += header.length + data.length;
    at += 46 + nameLength;
  }
  const directory = Buffer.concat(central);
  const tail = Buffer.from(zipped.subarray(end, end + 22));
  tail.writeUInt32LE(directory.length, 12);
  tail.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, tail]);
}

/** A CSV of one line and `mb` megabytes: fields of 9 characters, or one field with no delimiter at all. */
export function oneLineCsv(mb = 50, delimited = true): Buffer {
  const line = Buffer.alloc(mb * 1024 * 1024, 'x');
  if (delimited) for (let i = 9; i < line.length; i += 10) line[i] = 0x2c;
  return line;
}

/** Many small fields, more than a small heap can hold as strings (for the worker's memory limit). */
export function manyFieldsCsv(mb = 40): Buffer {
  const row = Buffer.from(`${'ab,'.repeat(99)}ab\n`);
  const out = Buffer.alloc(Math.floor((mb * 1024 * 1024) / row.length) * row.length);
  for (let i = 0; i < out.length; i += row.length) row.copy(out, i);
  return out;
}

/** A visible sheet between a hidden and a very hidden one. */
export function hiddenSheets(): Buffer {
  const one = (text: string) => sheetXml(`<row r="1">${inline('A1', text)}</row>`);
  return workbook([
    { name: 'Secret', xml: one('hidden'), state: 'hidden' },
    { name: 'Servers', xml: one('visible') },
    { name: 'Internal', xml: one('very hidden'), state: 'veryHidden' },
  ]);
}

/**
 * Every kind of cell, written as other tools write them: an `x:` namespace prefix, rows
 * and cells without r, built-in and custom date formats, booleans, errors, rich and
 * inline text, formulas with cached results, a merged range.
 */
export function cellKinds(): Buffer {
  const x = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const sharedStrings = `${XML}<x:sst ${x}><x:si><x:t>Name</x:t></x:si><x:si><x:r><x:rPr><x:b/></x:rPr><x:t>Rich </x:t></x:r><x:r><x:t xml:space="preserve">text</x:t></x:r><x:rPh><x:t>ふりがな</x:t></x:rPh></x:si></x:sst>`;
  const styles = `${XML}<x:styleSheet ${x}><x:numFmts><x:numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><x:numFmt numFmtId="165" formatCode="&quot;day&quot;#,##0"/></x:numFmts><x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="14"/><x:xf numFmtId="164"/><x:xf numFmtId="165"/></x:cellXfs></x:styleSheet>`;
  const rows = [
    '<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t>inline</x:t></x:is></x:c></x:row>',
    '<x:row><x:c s="1"><x:v>45292</x:v></x:c><x:c s="2"><x:v>45658.75</x:v></x:c><x:c s="3"><x:v>12</x:v></x:c><x:c><x:v>0.1</x:v></x:c><x:c><x:v>1E+21</x:v></x:c></x:row>',
    '<x:row><x:c t="b"><x:v>1</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c><x:c t="e"><x:v>#DIV/0!</x:v></x:c><x:c t="d"><x:v>2024-03-05T10:00:00Z</x:v></x:c></x:row>',
    '<x:row r="5"><x:c r="B5"><x:f>1+1</x:f><x:v>2</x:v></x:c><x:c r="C5" t="str"><x:f>"a"&amp;"b"</x:f><x:v>ab</x:v></x:c><x:c r="D5" t="b"><x:f>TRUE()</x:f><x:v>1</x:v></x:c><x:c r="E5" s="1"><x:f>TODAY()</x:f><x:v>45000</x:v></x:c><x:c r="F5"><x:f>NA()</x:f></x:c></x:row>',
    '<x:row r="7"><x:c r="A7" t="inlineStr"><x:is><x:t>merged</x:t></x:is></x:c></x:row><x:row r="8"/>',
  ].join('');
  const sheet = `${XML}<x:worksheet ${x}><x:dimension ref="A1:F8"/><x:sheetData>${rows}</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A7:C8"/></x:mergeCells></x:worksheet>`;
  return workbook([{ name: 'Kinds', xml: sheet }], { sharedStrings, styles });
}
