import type { Environment } from '../../domain/enums.js';
import { cellAt } from './headers.js';
import type { EnvironmentHint } from './types.js';

// What names, folders, clusters and annotations suggest about a workload's environment:
// "ehr-prd-db01" is production, a VM in the "UAT" folder is a test copy. Only whole words
// count ("prd" in "ehr-prd01", never "prod" inside "product"), so a hint is rarely wrong,
// and it is only ever shown as a suggestion.

const WORDS: Record<string, Environment> = {
  prd: 'production',
  prod: 'production',
  production: 'production',
  dev: 'development',
  development: 'development',
  tst: 'test',
  test: 'test',
  uat: 'test',
  qa: 'test',
  stg: 'staging',
  stage: 'staging',
  staging: 'staging',
  preprod: 'staging',
  dr: 'dr',
  trn: 'training',
  training: 'training',
};

// Free text says "Dr. Okafor's clinic list" and "QA sign-off pending": in annotations only
// the unmistakable words count.
const NOT_IN_PROSE = new Set(['dr', 'qa', 'test', 'stage', 'training']);

/** The environment a text names, with the word that named it; null when it names none. */
export function environmentIn(text: string, prose = false): { environment: Environment; token: string } | null {
  // Split on punctuation, then between letters and digits: "prd01" reads as "prd" "01".
  const words = text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .flatMap((w) => w.split(/(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/));
  for (const word of words) {
    const environment = WORDS[word];
    if (environment && !(prose && NOT_IN_PROSE.has(word))) return { environment, token: word };
  }
  return null;
}

export interface HintSource {
  from: EnvironmentHint['from'];
  /** 0-based column in the inventory sheet; -1 when the file lacks it. */
  column: number;
}

/** A hint reader over the given columns, tried in order (the name first: it is the most specific). */
export function environmentHints(sources: readonly HintSource[]): ((row: readonly string[]) => EnvironmentHint | null) | null {
  const present = sources.filter((s) => s.column >= 0);
  if (present.length === 0) return null;
  return (row) => {
    for (const { from, column } of present) {
      const text = cellAt(row, column);
      const found = text ? environmentIn(text, from === 'annotation') : null;
      if (found) return { ...found, from, text };
    }
    return null;
  };
}
