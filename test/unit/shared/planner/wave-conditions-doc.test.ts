import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WAVE_CONDITIONS_DOC_START, waveConditionsMarkdown, withWaveConditionsTable } from '../../../../scripts/wave-conditions-doc.js';
import { describeWaveConditions } from '../../../../shared/planner/wave-conditions.js';

const DOC = join(import.meta.dirname, '..', '..', '..', '..', 'docs', 'domain-rules.md');

describe('the wave conditions in docs/domain-rules.md', () => {
  it('are the table in the code, word for word (npm run docs:conditions writes them)', () => {
    const doc = readFileSync(DOC, 'utf8');
    expect(doc).toContain(WAVE_CONDITIONS_DOC_START);
    expect(withWaveConditionsTable(doc, '')).toBe(doc);
  });

  it('name every condition', () => {
    const table = waveConditionsMarkdown();
    for (const c of describeWaveConditions()) expect(table).toContain(`(\`${c.id}\`)`);
  });
});
