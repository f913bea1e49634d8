import { shownName } from '../../../../shared/text/shown-name.js';
import { checkSize } from './parse-spreadsheet.js';
import { type ReadLimits, withDefaults } from './read-limits.js';
import type { Spreadsheet } from './spreadsheet.js';
import { readInWorker, type ReadReport } from './spreadsheet-worker-pool.js';

// Reads what a client sends as an inventory or a price list: .xlsx or CSV, into rows of text per sheet
// (the `readSpreadsheet` method). The parsing (parse-spreadsheet.ts) runs in a worker
// thread with a heap limit and a deadline, under limits on what it inflates and returns
// (read-limits.ts), so a hostile file is refused with what went past which limit and the
// host keeps answering. What can be refused from the size alone is refused here, before
// a worker is involved. Nothing is written by reading.

export { SIZE_LIMIT } from './parse-spreadsheet.js';
export type { SheetRows, Spreadsheet } from './spreadsheet.js';
export type { ReadLimits } from './read-limits.js';
export type { ReadReport } from './spreadsheet-worker-pool.js';

export interface ReadOptions {
  /** Tighter (or looser) limits than the defaults, e.g. in tests and benchmarks. */
  limits?: Partial<ReadLimits>;
  /** Told what the read cost: the worker's peak memory and the time taken. */
  onReport?: (report: ReadReport) => void;
}

/** What a file is, from its first bytes and its name, and the rows it holds. */
export async function readSpreadsheet(givenName: string, bytes: Buffer, options: ReadOptions = {}): Promise<Spreadsheet> {
  const fileName = shownName(givenName); // the sender chose it: it is named in messages, never echoed raw
  checkSize(fileName, bytes);
  return readInWorker(fileName, bytes, withDefaults(options.limits), options.onReport);
}
