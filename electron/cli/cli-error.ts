import { ZodError } from 'zod';
import { WaveplanError } from '../../shared/errors.js';

// How the command line says what went wrong: one line per problem, "waveplan: <where>: <what>",
// never a stack trace (unless WAVEPLAN_DEBUG=1), and exit code 2 for anything the person
// can fix (a wrong flag, a file that cannot be read, a row that does not fit).

/** Exit codes, the same for every command (README, "Command line"). */
export const EXIT = {
  ok: 0,
  /** `check` only: findings at or above --fail-on. */
  findings: 1,
  /** A usage or input error: a wrong flag or argument, a file refused, rows an import refused (nothing written). */
  usage: 2,
  /** A fault of Waveplan's own (a bug): say so, and how to see the stack. */
  internal: 3,
} as const;

/** A wrong command line: said with the command's usage, exit 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose usage is printed under the message; none for `waveplan` itself. */
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * A problem found in an input file, at its place ("clients.csv: sheet clients, row 12,
 * column D (Storage)"), exit 2. `where` is everything before the message.
 */
export class InputError extends Error {
  constructor(
    readonly where: string,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** "path.0.field: message; …" for a zod error, at most five issues. */
export function describeZodIssues(error: ZodError): string {
  const issues = error.issues;
  const shown = issues.slice(0, 5).map((i) => `${i.path.length ? i.path.map(String).join('.') : 'value'}: ${i.message}`);
  return shown.join('; ') + (issues.length > 5 ? ` (and ${issues.length - 5} more)` : '');
}

/** The lines to print on stderr for an error, and the exit code. */
export function describeError(error: unknown, debug: boolean): { lines: string[]; code: number } {
  const stack = debug && error instanceof Error && error.stack ? [error.stack] : [];
  if (error instanceof UsageError) return { lines: [`waveplan: ${error.message}`], code: EXIT.usage };
  if (error instanceof InputError) return { lines: [`waveplan: ${error.where}: ${error.message}`, ...stack], code: EXIT.usage };
  if (error instanceof ZodError) return { lines: [`waveplan: ${describeZodIssues(error)}`, ...stack], code: EXIT.usage };
  if (error instanceof WaveplanError && error.code !== 'internal') return { lines: [`waveplan: ${error.message}`, ...stack], code: EXIT.usage };
  const message = error instanceof Error ? error.message : String(error);
  return {
    lines: [`waveplan: something went wrong inside Waveplan: ${message}`, ...(stack.length ? stack : ['(set WAVEPLAN_DEBUG=1 to see where)'])],
    code: EXIT.internal,
  };
}
