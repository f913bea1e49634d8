import { shortName, CellBudget, type ReadLimits, refuse } from './read-limits.js';
import { InflateBudget } from './inflate-budget.js';
import { sampleMemory } from './memory-peak.js';
import type { SheetRows, Spreadsheet } from './spreadsheet.js';
import { RelationshipsPart, resolveTarget, SharedStringsPart, StylesPart, targetOfType, WorkbookPart } from './xlsx-book-parts.js';
import { SheetPart } from './xlsx-sheet.js';
import { type XmlHandler, XmlStream } from './xml-stream.js';
import { checkDimension, checkZip, entryData, entryStart, type ZipEntry } from './zip-check.js';

// Reads an .xlsx as a stream, part by part, without exceljs: the zip's directory says
// where the parts are (zip-check.ts), each part is inflated under one running budget for
// the whole workbook (inflate-budget.ts) straight into a streaming XML parser
// (xml-stream.ts), and only the visible sheets' cells are kept, as text (xlsx-sheet.ts).

const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

export function readXlsx(fileName: string, bytes: Buffer, limits: ReadLimits): Spreadsheet {
  const directory = checkZip(bytes, fileName, limits.unzippedBytes);
  const exact = new Map(directory.entries.map((e) => [e.name, e]));
  const folded = new Map(directory.entries.map((e) => [e.name.toLowerCase(), e]));
  const find = (name: string): ZipEntry | undefined => exact.get(name) ?? folded.get(name.toLowerCase());

  // A sheet that states a size beyond Excel's is refused from its first few kilobytes.
  for (const e of directory.entries) if (WORKSHEET_PART.test(e.name)) checkDimension(entryStart(bytes, e, directory.start, fileName), e.name.replace(/^xl\/worksheets\//, ''), fileName);

  const inflater = new InflateBudget(limits, fileName);
  const read = (entry: ZipEntry, handler: XmlHandler, part: string) => {
    const xml = new XmlStream(handler, limits.xmlRunChars, { fileName, part });
    inflater.inflate(entry, entryData(bytes, entry, directory.start, fileName), (chunk) => {
      xml.write(chunk);
      sampleMemory();
    });
    xml.end();
  };
  const readIfThere = <H extends XmlHandler>(name: string | undefined, handler: H): H | undefined => {
    const entry = name === undefined ? undefined : find(name);
    if (!entry) return undefined;
    read(entry, handler, entry.name);
    return handler;
  };

  const book = readIfThere('xl/workbook.xml', new WorkbookPart()) ?? refuse(`${fileName} is a zip file but not an Excel workbook (it has no xl/workbook.xml).`);
  const rels = readIfThere('xl/_rels/workbook.xml.rels', new RelationshipsPart()) ?? new RelationshipsPart();
  const shared = readIfThere(targetOfType(rels, '/sharedStrings') ?? 'xl/sharedStrings.xml', new SharedStringsPart(limits, fileName));
  const styles = readIfThere(targetOfType(rels, '/styles') ?? 'xl/styles.xml', new StylesPart());
  const dateStyles = styles?.dateStyles() ?? [];

  const budget = new CellBudget(limits, fileName);
  const sheets: SheetRows[] = [];
  book.sheets.forEach((sheet, i) => {
    if (sheet.state !== 'visible') return;
    const rel = rels.byId.get(sheet.relationship);
    // Chart and dialog sheets hold no cells; a workbook without rels names its sheets by position.
    if (rel && !rel.type.endsWith('/worksheet')) return;
    const entry = find(rel ? resolveTarget(rel.target) : `xl/worksheets/sheet${i + 1}.xml`);
    if (!entry) return;
    const cells = new SheetPart({ fileName, sheet: sheet.name, limits, budget, shared, dateStyles, date1904: book.date1904 });
    read(entry, cells, `sheet “${sheet.name}” (${entry.name})`);
    budget.takeRows(cells.rowCount, sheet.name);
    sheets.push({ name: shortName(sheet.name), rows: cells.rows() });
  });
  if (sheets.every((s) => s.rows.length === 0)) refuse(`${fileName} has no rows on any visible sheet.`);
  return { fileName, kind: 'xlsx', sheets };
}
