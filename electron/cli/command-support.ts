import { resolve } from 'node:path';
import { WaveplanError } from '../../shared/errors.js';
import type { CliIo } from './command.js';
import { describeError } from './cli-error.js';

// What the diff and merge commands share: their arguments, their progress line and how
// a refusal is said (file and field, from the reader; exit code 2 as diff(1) has it for trouble).

export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

/** Splits arguments by what the command knows: flags (no value) and options (one value each). Anything else is refused by name. */
export function parseArgs(args: readonly string[], flags: readonly string[], options: readonly string[]): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      parsed.positional.push(...args.slice(i + 1));
      break;
    }
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flags.includes(name)) parsed.flags.add(name);
    else if (options.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value.`);
      parsed.options.set(name, value);
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Unknown option ${arg}.`);
    else parsed.positional.push(arg);
  }
  return parsed;
}

/** Wrong arguments: the command prints its usage after the message. */
export class UsageError extends Error {}

export const EXIT_TROUBLE = 2;

/** A path as given, resolved against the caller's folder. */
export const pathIn = (io: CliIo, path: string) => resolve(io.cwd, path);

/** Draws "stage…" on one line of stderr when stdout is a terminal, and clears it at the end. */
export function progressLine(io: CliIo): { stage(text: string): void; done(): void } {
  let drawn = false;
  return {
    stage(text) {
      if (!io.isTty) return;
      io.err(`\r\u001b[2K${text}…`);
      drawn = true;
    },
    done() {
      if (drawn) io.err('\r\u001b[2K');
      drawn = false;
    },
  };
}

/** Runs a command body; a refusal or a usage error becomes its message on stderr and exit code 2, a fault of Waveplan's exit code 3. */
export async function reporting(io: CliIo, usage: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${usage}`);
      return EXIT_TROUBLE;
    }
    if (error instanceof WaveplanError && error.code !== 'internal') {
      io.err(`${error.message}\n`);
      return EXIT_TROUBLE;
    }
    // A fault of Waveplan's own is exit 3, as for every other command (cli-error.ts), so a script tells it from bad input.
    const { lines, code } = describeError(error, process.env.WAVEPLAN_DEBUG === '1');
    io.err(lines.map((line) => `${line}\n`).join(''));
    return code;
  }
}
