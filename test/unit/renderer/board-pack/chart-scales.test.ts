import { describe, expect, it } from 'vitest';
import { niceTicks } from '../../../../renderer/src/board-pack/charts/nice-ticks.js';
import { dayNumber, timeScale } from '../../../../renderer/src/board-pack/charts/time-scale.js';
import { fragmentWithoutToken } from '../../../../renderer/src/bridge/bridge.js';

describe('chart axes', () => {
  it('tick round numbers from zero to at least the largest value', () => {
    expect(niceTicks(1_000)).toEqual([0, 200, 400, 600, 800, 1000]);
    const ticks = niceTicks(562_618);
    expect(ticks[0]).toBe(0);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(562_618);
    expect(ticks.length).toBeLessThanOrEqual(7);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it('place calendar days by whole days, and thin month ticks to fit', () => {
    const s = timeScale('2027-01-04', '2027-03-28', 0, 83);
    expect(s.x('2027-01-04')).toBe(0);
    expect(s.x('2027-03-28')).toBe(83);
    expect(dayNumber('2027-03-01') - dayNumber('2027-02-28')).toBe(1);
    expect(s.monthTicks(10)).toEqual(['2027-02-01', '2027-03-01']);
    const long = timeScale('2027-01-01', '2029-12-31', 0, 100).monthTicks(6);
    expect(long.length).toBeLessThanOrEqual(6);
    expect(long[0]).toBe('2027-01-01');
  });
});

describe('the web token in a launch link', () => {
  it('is taken out of the fragment and the route after it is kept', () => {
    expect(fragmentWithoutToken('#token=abc')).toBe('');
    expect(fragmentWithoutToken('#/print/board-pack/meridian-1&token=abc_-1')).toBe('#/print/board-pack/meridian-1');
  });
});
