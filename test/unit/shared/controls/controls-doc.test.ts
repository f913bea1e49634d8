import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTROLS_DOC_START, controlsMarkdown, withControlsTables } from '../../../../scripts/controls-doc.js';
import { CONTROLS } from '../../../../shared/controls/catalogue.js';
import { controlLabel } from '../../../../shared/controls/control.js';
import { FINDING_CHECK_NAMES } from '../../../../shared/report/finding-stage.js';

const DOC = join(import.meta.dirname, '..', '..', '..', '..', 'docs', 'domain-rules.md');

describe('the controls in docs/domain-rules.md', () => {
  it('are the catalogue and the table in the code, word for word (npm run docs:controls writes them)', () => {
    const doc = readFileSync(DOC, 'utf8');
    expect(doc).toContain(CONTROLS_DOC_START);
    expect(withControlsTables(doc)).toBe(doc);
  });

  it('name every control and every kind of finding', () => {
    const tables = controlsMarkdown();
    for (const c of CONTROLS) expect(tables).toContain(`| ${controlLabel(c)} | ${c.title} |`);
    for (const rule of FINDING_CHECK_NAMES.keys()) expect(tables).toContain(`(\`${rule}\`)`);
    expect(tables).not.toContain('not in the table');
  });
});
