import { describe, expect, it } from 'vitest';
import { MARK_ROOM, labelledMarks } from '../../../renderer/src/costs/chart-labels';

describe('the cumulative chart’s wave marks', () => {
  it('label every mark while they have room', () => {
    expect([...labelledMarks([0, 0.25, 0.5, 1], 400)]).toEqual([0, 1, 2, 3]);
  });

  it('keep a label’s room between labels however many waves there are', () => {
    const at = Array.from({ length: 80 }, (_, i) => (i / 79) * 0.4); // 80 cutover months in the first 40% of the chart
    const labelled = [...labelledMarks(at, 300)];
    expect(labelled[0]).toBe(0);
    expect(labelled.length).toBeLessThanOrEqual(Math.floor((0.4 * 300) / MARK_ROOM) + 1);
    for (let k = 1; k < labelled.length; k++) expect((at[labelled[k]!]! - at[labelled[k - 1]!]!) * 300).toBeGreaterThanOrEqual(MARK_ROOM);
  });
});
