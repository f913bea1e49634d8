// npm run docs:conditions: writes the wave conditions table into docs/domain-rules.md
// from shared/planner/wave-conditions.ts (a unit test fails while they differ).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withWaveConditionsTable } from './wave-conditions-doc.js';

export const DOMAIN_RULES = join(import.meta.dirname, '..', 'docs', 'domain-rules.md');
export const CONDITIONS_ANCHOR = 'this section describes how the planner behaves.';

writeFileSync(DOMAIN_RULES, withWaveConditionsTable(readFileSync(DOMAIN_RULES, 'utf8'), CONDITIONS_ANCHOR));
