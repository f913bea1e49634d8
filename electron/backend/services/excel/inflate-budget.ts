import { Inflate } from 'fflate';
import { megabytes, NOTHING_IMPORTED, type ReadLimits, refuse } from './read-limits.js';
import type { ZipEntry } from './zip-check.js';

// Inflates a workbook's parts a few kilobytes at a time, counting every byte that comes
// out against a budget for the whole workbook and one for each part. The zip's directory
// may say anything about sizes; what is counted here is what the data really expands to,
// so a bomb is stopped at the limit, with at most one chunk past it in memory.

/** Compressed bytes pushed at once: deflate expands at most ~1,032×, so one push yields ≤ ~8 MB. */
const PUSH_BYTES = 8 * 1024;
/** Stored (uncompressed) parts are handed on in slices of this size. */
const STORED_SLICE = 256 * 1024;

export class InflateBudget {
  /** Bytes inflated so far, across the whole workbook. */
  used = 0;

  constructor(
    private readonly limits: ReadLimits,
    private readonly fileName: string,
  ) {}

  /** Inflates one part, handing its bytes to `sink` in order; refuses once a limit is passed. */
  inflate(entry: ZipEntry, data: Uint8Array, sink: (chunk: Uint8Array) => void): void {
    let inEntry = 0;
    const count = (chunk: Uint8Array) => {
      inEntry += chunk.length;
      this.used += chunk.length;
      if (this.used > this.limits.unzippedBytes)
        this.tooBig(
          `(it went past that at its part ${entry.name}, whatever its zip directory says); Waveplan reads up to ${megabytes(this.limits.unzippedBytes)} from a workbook`,
          this.limits.unzippedBytes,
        );
      if (inEntry > this.limits.entryBytes)
        this.tooBig(
          `(its part ${entry.name} alone would, whatever its zip directory says); Waveplan reads up to ${megabytes(this.limits.entryBytes)} from one part of a workbook`,
          this.limits.entryBytes,
        );
      if (chunk.length > 0) sink(chunk);
    };
    if (entry.method === 0) {
      for (let at = 0; at < data.length; at += STORED_SLICE) count(data.subarray(at, Math.min(data.length, at + STORED_SLICE)));
      return;
    }
    const inflater = new Inflate((chunk) => count(chunk));
    try {
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
      for (let at = 0; at < data.length; at += PUSH_BYTES) inflater.push(data.subarray(at, Math.min(data.length, at + PUSH_BYTES)), at + PUSH_BYTES >= data.length);
    } catch (error) {
      // fflate's own errors (a damaged stream) carry a numeric code; refusals pass through.
      if (error instanceof Error && typeof (error as { code?: unknown }).code === 'number')
        refuse(`${this.fileName} is damaged: its part ${entry.name} does not inflate (${error.message}). Open it in Excel and save it again as .xlsx. ${NOTHING_IMPORTED}`);
      throw error;
    }
  }

  private tooBig(why: string, limit: number): never {
    return refuse(`${this.fileName} would expand past ${megabytes(limit)} when opened ${why}. It was not opened; nothing was imported.`);
  }
}
