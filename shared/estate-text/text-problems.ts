import { type Document, isMap, isPair, isScalar, type LineCounter, type Node } from 'yaml';
import { WaveplanError } from '../errors.js';

// Where in an estate text a problem is, said the way an architect looks for it:
// "estate.yaml line 42, workload 'odoo-web-hospital', field storageGb: expected a number".

export interface TextProblem {
  line: number;
  /** "workload 'odoo-web-hospital', field storageGb", "settings.planSettings.waveLengthDays", … */
  where: string;
  message: string;
}

/** At most this many problems are listed; the rest are counted. */
const SHOWN = 10;

export class EstateTextError extends WaveplanError {
  constructor(
    readonly fileName: string,
    readonly problems: readonly TextProblem[],
  ) {
    // One problem a line, each a sentence: a terminal shows the lines, a notice runs them together.
    const shown = problems.slice(0, SHOWN).map((p) => `${fileName} line ${p.line}${p.where ? `, ${p.where}` : ''}: ${p.message.replace(/[.\s]*$/, '.')}`);
    const more = problems.length > SHOWN ? `\nAnd ${problems.length - SHOWN} more problems.` : '';
    super('refused-file', `${shown.join('\n')}${more}\nNothing was imported or changed.`, { problems: problems.slice(0, 100) });
    this.name = 'EstateTextError';
  }
}

/** zod's "Invalid input: expected number, received string" as "expected number, received string". */
export function plainMessage(message: string): string {
  return message.replace(/^Invalid (?:input|option): /, '');
}

/** Finds lines of nodes by their path in the document: the value's line, or the key's when `key` is asked for. */
export class TextLines {
  constructor(
    private readonly doc: Document,
    private readonly counter: LineCounter,
  ) {}

  private lineAt(offset: number | undefined): number {
    return offset === undefined ? 1 : this.counter.linePos(offset).line;
  }

  /** The line of the deepest node on `path` that exists (a missing field points at its block). */
  line(path: readonly (string | number)[]): number {
    let node: unknown = this.doc.contents;
    let line = this.lineAt((node as Node | null)?.range?.[0]);
    for (const step of path) {
      if (!node || typeof node !== 'object' || !('get' in node)) break;
      const next = (node as { get(k: unknown, keep: true): unknown }).get(step, true);
      if (next === undefined) break;
      node = next;
      const start = (next as Node).range?.[0];
      if (start !== undefined) line = this.lineAt(start);
    }
    return line;
  }

  /** The line of a key in the mapping at `path` (an unknown key is found by its name). */
  keyLine(path: readonly (string | number)[], key: string): number {
    const holder = path.length ? this.doc.getIn(path, true) : this.doc.contents;
    if (isMap(holder)) {
      for (const pair of holder.items) {
        if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key) return this.lineAt(pair.key.range?.[0]);
      }
    }
    return this.line(path);
  }
}
