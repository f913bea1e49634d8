import { resolve } from 'node:path';
import { ESTATE_EXTENSION } from '../backend/services/estate-file.js';
import type { CliIo } from './command.js';
import { UsageError } from './cli-error.js';

/** An estate argument: a path to a .waveplan file, relative to where the command runs. */
export function estatePath(command: string, io: CliIo, given: string): string {
  if (!given.toLowerCase().endsWith(ESTATE_EXTENSION)) throw new UsageError(`${command}: ${given} is not an estate file (a ${ESTATE_EXTENSION} file)`, command);
  return resolve(io.cwd, given);
}

/** Writes a value as JSON, one document on stdout, for scripts. */
export function printJson(io: CliIo, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}
