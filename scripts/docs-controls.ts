// npm run docs:controls: writes the controls catalogue and the finding-to-control table
// into docs/domain-rules.md from shared/controls (a unit test fails while they differ).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withControlsTables } from './controls-doc.js';

const DOMAIN_RULES = join(import.meta.dirname, '..', 'docs', 'domain-rules.md');

writeFileSync(DOMAIN_RULES, withControlsTables(readFileSync(DOMAIN_RULES, 'utf8')));
