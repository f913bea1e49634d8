import { describe, expect, it } from 'vitest';
import { readEstateTextBytes } from '../../../../../electron/backend/services/estate-text-reader.js';
import { writeEstateYaml } from '../../../../../shared/estate-text/write-text.js';
import { sampleEstateText } from '../../../../support/sample-estate-text.js';

// The text form is read in a worker with a heap limit and a deadline: a text that costs
// more than the limit is refused by name, and the process reading it goes on.

const SLOW = 60_000;

/** A text of many small workloads: the YAML library holds some 140 bytes per byte of it. */
function manyWorkloads(count: number): Buffer {
  const lines = ['format: waveplan-estate/1', 'name: Many', 'workloads:'];
  for (let i = 0; i < count; i++) lines.push(`  - id: w${i}`, `    name: w${i}`, '    kind: application');
  return Buffer.from(lines.join('\n') + '\n');
}

describe('readEstateTextBytes', () => {
  it(
    'reads an estate’s text in a worker, and refuses bad content with its line as the reader does',
    async () => {
      const text = writeEstateYaml(sampleEstateText());
      expect(await readEstateTextBytes('estate.yaml', Buffer.from(text))).toEqual(sampleEstateText());
      await expect(readEstateTextBytes('bad.yaml', Buffer.from(text.replace('storageGb: 200', 'storageGb: lots')))).rejects.toThrow(
        /^bad.yaml line \d+, workload 'hosp-odoo-web', field storageGb: expected number/,
      );
    },
    SLOW,
  );

  it(
    'refuses a text that needs more memory than the limit, by name, and the process goes on',
    async () => {
      const bytes = manyWorkloads(40_000); // about 2 MB, some 300 MB to read
      await expect(readEstateTextBytes('huge.yaml', bytes, { heapMb: 48, timeMs: SLOW })).rejects.toMatchObject({
        code: 'refused-file',
        message: expect.stringMatching(/^“huge.yaml” needed more than 48 MB of memory to read, more than Waveplan allows for an estate’s text/),
      });
      expect(await readEstateTextBytes('small.yaml', manyWorkloads(3))).toMatchObject({ name: 'Many' });
    },
    SLOW,
  );

  it(
    'stops a text that takes longer than the deadline',
    async () => {
      await expect(readEstateTextBytes('slow.yaml', manyWorkloads(40_000), { heapMb: 2048, timeMs: 50 })).rejects.toThrow(/^“slow.yaml” took more than 50 ms to read/);
    },
    SLOW,
  );
});
