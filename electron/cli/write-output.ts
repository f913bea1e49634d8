import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { CliIo } from './command.js';
import { checkOutputPath } from './output-path.js';

/**
 * Writes a file whole or not at all: under a temporary name beside it, then renamed, so
 * an interrupted export never leaves half a workbook where the last good one was.
 */
export function writeOutput(io: CliIo, path: string, bytes: Uint8Array | string): string {
  const target = resolve(io.cwd, path);
  checkOutputPath(target);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.part`);
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, target);
  } finally {
    rmSync(temp, { force: true });
  }
  return target;
}
