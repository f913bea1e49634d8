import { describeWaveConditions } from '../shared/planner/wave-conditions.js';

// The wave conditions as the Markdown table docs/domain-rules.md shows, made from the
// table itself; a unit test fails when the document's copy differs, so the docs read
// their words from the code as the wave cards and findings do.

export const WAVE_CONDITIONS_DOC_START = '<!-- wave-conditions: made from shared/planner/wave-conditions.ts; npm run docs:conditions -->';
export const WAVE_CONDITIONS_DOC_END = '<!-- /wave-conditions -->';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

export function waveConditionsMarkdown(): string {
  const rows = describeWaveConditions().map((c) => `| ${cell(c.name)} (\`${c.id}\`) | ${cell(c.description)} | ${cell(c.givesWay)} |`);
  return [WAVE_CONDITIONS_DOC_START, '', '| Condition | What it asks | When it cannot hold |', '|---|---|---|', ...rows, '', WAVE_CONDITIONS_DOC_END].join('\n');
}

/** The document with its conditions table made anew (inserted after `anchor` the first time). */
export function withWaveConditionsTable(doc: string, anchor: string): string {
  const start = doc.indexOf(WAVE_CONDITIONS_DOC_START);
  const end = doc.indexOf(WAVE_CONDITIONS_DOC_END);
  if (start >= 0 && end > start) return doc.slice(0, start) + waveConditionsMarkdown() + doc.slice(end + WAVE_CONDITIONS_DOC_END.length);
  const at = doc.indexOf(anchor);
  if (at < 0) throw new Error(`The document has no "${anchor}" to put the conditions after`);
  return `${doc.slice(0, at + anchor.length)}\n\n${waveConditionsMarkdown()}\n${doc.slice(at + anchor.length)}`;
}
