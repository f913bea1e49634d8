import { CONTROLS } from '../shared/controls/catalogue.js';
import { controlLabel } from '../shared/controls/control.js';
import { FINDING_CONTROLS } from '../shared/controls/finding-controls.js';
import { FINDING_CHECK_NAMES } from '../shared/report/finding-stage.js';

// The controls catalogue and the finding-to-control table as docs/domain-rules.md shows
// them, made from shared/controls; a unit test fails when the document's copy differs.

export const CONTROLS_DOC_START = '<!-- controls: made from shared/controls; npm run docs:controls -->';
export const CONTROLS_DOC_END = '<!-- /controls -->';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

export function controlsMarkdown(): string {
  const catalogue = CONTROLS.map((c) => `| ${controlLabel(c)} | ${cell(c.title)} | ${cell(c.gist)} | ${cell(`${c.source.section}; ${c.source.url}`)} |`);
  const mappings = [...FINDING_CHECK_NAMES].flatMap(([rule, name]) => {
    const entry = FINDING_CONTROLS[rule];
    const kind = `${cell(name)} (\`${rule}\`)`;
    if (!entry) return [`| ${kind} | (none) | not in the table | |`];
    if ('notAControlMatter' in entry) return [`| ${kind} | no control matter | ${cell(entry.notAControlMatter)} | |`];
    return entry.controls.map((m) => `| ${kind} | ${m.control} | ${cell(m.reason)}${m.onlyFor ? ` (only when it misses: ${m.onlyFor.join(', ')})` : ''} | ${cell(m.source)} |`);
  });
  return [
    CONTROLS_DOC_START,
    '',
    '| Control | Title | What it asks | Source |',
    '|---|---|---|---|',
    ...catalogue,
    '',
    '| Finding | Control | Why it concerns it | The mapping rests on |',
    '|---|---|---|---|',
    ...mappings,
    '',
    CONTROLS_DOC_END,
  ].join('\n');
}

/** The document with its controls tables made anew, between the markers. */
export function withControlsTables(doc: string): string {
  const start = doc.indexOf(CONTROLS_DOC_START);
  const end = doc.indexOf(CONTROLS_DOC_END);
  if (start < 0 || end < start) throw new Error(`The document has no "${CONTROLS_DOC_START}" … "${CONTROLS_DOC_END}" to put the controls between`);
  return doc.slice(0, start) + controlsMarkdown() + doc.slice(end + CONTROLS_DOC_END.length);
}
