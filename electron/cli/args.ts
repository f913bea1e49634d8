import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './cli-error.js';

// The one way a command reads its arguments: node:util's parseArgs, strict, with the
// command's name in every message, so "waveplan plan --secnario x" says which command
// does not know which flag, and the usage follows.

export type Options = NonNullable<ParseArgsConfig['options']>;

/** Every command takes these. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
} as const satisfies Options;

export interface Parsed<O extends Options> {
  values: { [K in keyof O]?: O[K] extends { type: 'boolean' } ? boolean : string };
  positionals: string[];
}

/** parseArgs, with its errors as UsageErrors naming the command. */
export function parseCommandArgs<O extends Options>(command: string, args: readonly string[], options: O): Parsed<O> {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { values: values as Parsed<O>['values'], positionals };
  } catch (error) {
    // parseArgs says e.g. "Unknown option '--foo'. To specify a positional argument starting with a '-', …"
    const message = error instanceof Error ? (error.message.split('. ')[0] ?? error.message) : String(error);
    throw new UsageError(`${command}: ${message.replace(/\.$/, '')}`, command);
  }
}

/** Exactly `names.length` positionals, named in the message when one is missing or extra. */
export function positionalsOf(command: string, positionals: readonly string[], names: readonly string[]): string[] {
  if (positionals.length < names.length)
    throw new UsageError(
      `${command}: missing ${names
        .slice(positionals.length)
        .map((n) => `<${n}>`)
        .join(' ')}`,
      command,
    );
  if (positionals.length > names.length) throw new UsageError(`${command}: unexpected argument '${positionals[names.length]}'`, command);
  return [...positionals];
}

/** At most one of several flags (e.g. --xlsx, --csv, --yaml, --pdf). */
export function oneOf(command: string, flags: Record<string, boolean | undefined>, required: boolean): string | undefined {
  const given = Object.keys(flags).filter((f) => flags[f]);
  if (given.length > 1) throw new UsageError(`${command}: choose one of ${given.map((f) => `--${f}`).join(', ')}`, command);
  if (required && given.length === 0)
    throw new UsageError(
      `${command}: say which: ${Object.keys(flags)
        .map((f) => `--${f}`)
        .join(', ')}`,
      command,
    );
  return given[0];
}
