// What reading a client's spreadsheet gives back (the `readSpreadsheet` method's answer):
// the rows of text per visible sheet. Rows may be ragged, and an empty row is [].

export interface SheetRows {
  name: string;
  rows: string[][];
}

export interface Spreadsheet {
  fileName: string;
  kind: 'xlsx' | 'csv';
  /** For a CSV: how its bytes were read. */
  encoding?: string;
  sheets: SheetRows[];
}
