import { formatCount, NOTHING_IMPORTED, type ReadLimits, refuse } from './read-limits.js';
import { attribute, type XmlHandler } from './xml-stream.js';

// The workbook-wide parts of an .xlsx, each read by a small streaming handler: the sheet
// list (xl/workbook.xml), where each sheet is (its .rels), the shared strings and which
// cell styles are dates (xl/styles.xml). Lists a file could make endless are capped:
// what is past a cap either cannot matter (styles, formats, relationships) or is refused
// (shared strings, which cells return).

/** More cell styles, number formats or relationships than this are ignored: Excel itself stops at 64,000 styles. */
const LIST_CAP = 131_072;

export interface BookSheet {
  name: string;
  /** 'visible', 'hidden' or 'veryHidden'. */
  state: string;
  relationship: string;
}

/** xl/workbook.xml: the sheets in their order, and the date system. */
export class WorkbookPart implements XmlHandler {
  readonly sheets: BookSheet[] = [];
  date1904 = false;

  open(name: string, attributes: Readonly<Record<string, string>>): void {
    if (name === 'workbookPr') this.date1904 = ['1', 'true'].includes(attribute(attributes, 'date1904') ?? '');
    else if (name === 'sheet' && this.sheets.length < LIST_CAP)
      this.sheets.push({
        name: attribute(attributes, 'name') ?? `Sheet${this.sheets.length + 1}`,
        state: attribute(attributes, 'state') ?? 'visible',
        relationship: attribute(attributes, 'id') ?? '',
      });
  }
  close(): void {}
  text(): void {}
}

export interface Relationship {
  type: string;
  target: string;
}

/** A part's .rels: relationship id → what it points at. */
export class RelationshipsPart implements XmlHandler {
  readonly byId = new Map<string, Relationship>();

  open(name: string, attributes: Readonly<Record<string, string>>): void {
    if (name !== 'Relationship' || this.byId.size >= LIST_CAP) return;
    const id = attribute(attributes, 'Id');
    if (id && attribute(attributes, 'TargetMode') !== 'External') this.byId.set(id, { type: attribute(attributes, 'Type') ?? '', target: attribute(attributes, 'Target') ?? '' });
  }
  close(): void {}
  text(): void {}
}

/** The first relationship of a type ("…/sharedStrings"), as a zip entry name. */
export function targetOfType(rels: RelationshipsPart, typeSuffix: string): string | undefined {
  for (const r of rels.byId.values()) if (r.type.endsWith(typeSuffix)) return resolveTarget(r.target);
  return undefined;
}

/** A workbook relationship's target as a zip entry name: relative to xl/, or absolute from the root. */
export function resolveTarget(target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/**
 * xl/sharedStrings.xml: each string's text, rich-text runs joined, phonetic guides left
 * out. A string longer than a cell may hold is kept as a mark, and refused only if a
 * visible cell uses it (where the refusal can name the cell).
 */
export class SharedStringsPart implements XmlHandler {
  readonly strings: string[] = [];
  readonly tooLong = new Set<number>();
  private current: string[] = [];
  private length = 0;
  private inText = false;
  private phonetic = 0;
  private chars = 0;

  constructor(
    private readonly limits: ReadLimits,
    private readonly fileName: string,
  ) {}

  open(name: string): void {
    if (name === 'si') {
      this.current = [];
      this.length = 0;
    } else if (name === 't') this.inText = this.phonetic === 0;
    else if (name === 'rPh') this.phonetic++;
  }

  close(name: string): void {
    if (name === 't') this.inText = false;
    else if (name === 'rPh') this.phonetic--;
    else if (name === 'si') {
      const index = this.strings.length;
      if (index >= this.limits.cells)
        refuse(`${this.fileName} has more than ${formatCount(this.limits.cells)} shared strings; Waveplan reads up to ${formatCount(this.limits.cells)} cells. ${NOTHING_IMPORTED}`);
      if (this.length > this.limits.cellChars) this.tooLong.add(index);
      const text = this.length > this.limits.cellChars ? '' : this.current.join('');
      this.chars += text.length;
      if (this.chars > this.limits.textChars)
        refuse(`${this.fileName} holds more than ${formatCount(this.limits.textChars)} characters of shared strings; Waveplan reads up to ${formatCount(this.limits.textChars)}. ${NOTHING_IMPORTED}`);
      this.strings.push(text);
    }
  }

  text(text: string): void {
    if (!this.inText) return;
    this.length += text.length;
    // Past a cell's limit the text is only counted, not kept.
    if (this.length <= this.limits.cellChars) this.current.push(text);
  }
}

/** Built-in number formats that show dates or times: 14–22 and 45–47. */
const isBuiltInDate = (id: number) => (id >= 14 && id <= 22) || (id >= 45 && id <= 47);

/** A custom format shows a date or time when it has d, m, y, h or s outside quotes, brackets and escapes. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/[\\_*]./g, '');
  return /[dmyhs]/i.test(bare);
}

/** xl/styles.xml: which cell styles (the `s` of a cell) format numbers as dates. */
export class StylesPart implements XmlHandler {
  private readonly formats = new Map<number, string>();
  private readonly styleFormats: number[] = [];
  private inCellXfs = false;

  open(name: string, attributes: Readonly<Record<string, string>>): void {
    if (name === 'numFmt' && this.formats.size < LIST_CAP) this.formats.set(Number(attribute(attributes, 'numFmtId')), attribute(attributes, 'formatCode') ?? '');
    else if (name === 'cellXfs') this.inCellXfs = true;
    else if (name === 'xf' && this.inCellXfs && this.styleFormats.length < LIST_CAP) this.styleFormats.push(Number(attribute(attributes, 'numFmtId') ?? 0));
  }

  close(name: string): void {
    if (name === 'cellXfs') this.inCellXfs = false;
  }

  text(): void {}

  /** One flag per cell style. */
  dateStyles(): boolean[] {
    return this.styleFormats.map((id) => {
      const custom = this.formats.get(id);
      return custom !== undefined ? isDateFormat(custom) : isBuiltInDate(id);
    });
  }
}
