import { describe, expect, it } from 'vitest';
import { LABEL_ROOM, barDates, timelineScale } from '../../../../renderer/src/waves/timeline/timeline-scale';
import { waveLinks } from '../../../../renderer/src/waves/timeline/wave-links';
import type { Dependency } from '../../../../shared/domain/dependency';

describe('the timeline scale', () => {
  it.each([
    ['weeks', '2026-03-02', '2026-06-30'],
    ['months', '2026-03-02', '2029-12-31'],
    ['quarters', '2026-03-02', '2035-12-31'],
    ['fit', '2026-03-02', '2030-02-10'],
    ['fit', '2027-01-04', '2027-03-21'],
  ] as const)('names dates at least a label apart (%s, %s to %s)', (zoom, first, last) => {
    const scale = timelineScale(first, last, zoom, 900);
    const named = scale.ticks.filter((t) => t.label);
    expect(named.length).toBeGreaterThan(1);
    for (let i = 1; i < named.length; i++) expect(named[i]!.at - named[i - 1]!.at).toBeGreaterThanOrEqual(LABEL_ROOM - 1);
  });

  it('fits the span into the width it is given, by the finest unit that has room', () => {
    const short = timelineScale('2027-01-04', '2027-03-21', 'fit', 900);
    expect(short.width).toBeLessThanOrEqual(900);
    expect(short.unit).toBe('weeks');
    const long = timelineScale('2026-03-02', '2030-02-10', 'fit', 900);
    expect(long.unit).toBe('quarters');
  });

  it('draws a day at the same place at a fixed zoom, however long the plan', () => {
    const a = timelineScale('2026-03-02', '2026-06-30', 'months', 900);
    const b = timelineScale('2026-03-02', '2030-06-30', 'months', 900);
    expect(a.px('2026-04-01')).toBe(b.px('2026-04-01'));
    expect(b.width).toBeGreaterThan(a.width * 10);
  });

  it('says a wave’s dates short, with the year where it turns', () => {
    expect(barDates('2027-01-04', '2027-01-17')).toBe('4–17 Jan');
    expect(barDates('2027-01-28', '2027-02-10')).toBe('28 Jan – 10 Feb');
    expect(barDates('2029-12-31', '2030-01-13')).toBe('31 Dec 2029 – 13 Jan 2030');
  });
});

describe('the links between waves', () => {
  const dep = (consumerId: string, providerId: string) => ({ consumerId, providerId }) as Dependency;
  const waveOf = new Map([
    ['platform', 0],
    ['db', 1],
    ['cache', 2],
    ['app', 4],
    ['twin', 4],
  ]);

  it('draws one arrow into a wave, from the latest earlier wave it depends on, naming all of them', () => {
    const links = waveLinks([dep('app', 'db'), dep('app', 'cache'), dep('twin', 'cache'), dep('app', 'twin'), dep('cache', 'db')], waveOf, new Set());
    expect(links).toEqual([
      { from: 1, to: 2, all: [1], dependencies: 1 },
      { from: 2, to: 4, all: [1, 2], dependencies: 3 },
    ]);
  });

  it('leaves out the shared platform’s waves, which every wave waits for', () => {
    expect(waveLinks([dep('app', 'platform'), dep('db', 'platform')], waveOf, new Set([0]))).toEqual([]);
  });
});
