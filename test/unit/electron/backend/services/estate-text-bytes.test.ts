import { describe, expect, it } from 'vitest';
import { estateTextOf } from '../../../../../electron/backend/services/estate-text-bytes.js';

describe('estateTextOf', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    expect(estateTextOf('e.yaml', Buffer.from('\uFEFFformat: waveplan-estate/1\nname: Clinic ü\n'))).toBe('format: waveplan-estate/1\nname: Clinic ü\n');
  });

  it('refuses bytes that are not UTF-8 at their line, instead of reading them as “�”', () => {
    const bytes = Buffer.concat([Buffer.from('format: waveplan-estate/1\nname: ok\nworkloads:\n  - id: a\n    name: caf'), Buffer.from([0xe9, 0xff]), Buffer.from('\n')]);
    expect(() => estateTextOf('clinic.yaml', bytes)).toThrow(
      '“clinic.yaml” is neither a Waveplan estate file nor an estate’s text (YAML in UTF-8): line 5 has bytes that are not UTF-8. Nothing was read from it.',
    );
  });
});
