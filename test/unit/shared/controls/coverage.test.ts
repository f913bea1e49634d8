import { describe, expect, it } from 'vitest';
import { controlCoverage } from '../../../../shared/controls/coverage.js';

// The placeholder the controls work replaces at merge: the board pack hides its table when the list is empty.
describe('controlCoverage (placeholder)', () => {
  it('has no rows until the controls land', () => {
    expect(controlCoverage([])).toEqual([]);
  });
});
