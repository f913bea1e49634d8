import { describe, expect, it } from 'vitest';
import { tabKeyTarget } from '../../../../renderer/src/components/tab-keys.js';

describe('the view tab list keys', () => {
  it('move right and left, wrapping at the ends', () => {
    expect(tabKeyTarget('ArrowRight', 0, 8)).toBe(1);
    expect(tabKeyTarget('ArrowRight', 7, 8)).toBe(0);
    expect(tabKeyTarget('ArrowLeft', 0, 8)).toBe(7);
    expect(tabKeyTarget('ArrowLeft', 3, 8)).toBe(2);
  });

  it('jump to the first and last with Home and End, and leave other keys alone', () => {
    expect(tabKeyTarget('Home', 5, 8)).toBe(0);
    expect(tabKeyTarget('End', 2, 8)).toBe(7);
    expect(tabKeyTarget('ArrowDown', 2, 8)).toBeUndefined();
    expect(tabKeyTarget('Enter', 2, 8)).toBeUndefined();
    expect(tabKeyTarget('End', 0, 0)).toBeUndefined();
  });
});
