import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEstateFile, writeEstateFile } from '../../../../electron/cli/estate-text-at-path.js';
import { writeEstateYaml } from '../../../../shared/estate-text/write-text.js';
import { estateArbitrary } from '../../../support/estate-arbitrary.js';

// An estate file's scenario rows and the text form's scenarios (estate-scenario-text.ts):
// any estate with its scenarios, written as a file and read back, is the same estate and
// gives the same text, so .waveplan → YAML → .waveplan → YAML is byte for byte.

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'waveplan-scenario-rows-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scenarios through an estate file', () => {
  it('come back from the file as they went in, for any estate (property)', () => {
    let n = 0;
    fc.assert(
      fc.property(
        estateArbitrary(6).filter((e) => e.scenarios.length > 0),
        (estate) => {
          const path = join(dir, `e-${n++}.waveplan`);
          writeEstateFile(path, estate);
          const back = readEstateFile(path);
          expect(back.scenarios).toEqual(estate.scenarios);
          expect(back.baselineName).toBe(estate.baselineName);
          expect(writeEstateYaml(back)).toBe(writeEstateYaml(estate));
          rmSync(path, { force: true });
        },
      ),
      { numRuns: 60 },
    );
  });
});
