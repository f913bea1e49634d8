import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkloadSchema } from '../../../../shared/domain/workload.js';
import { readEstateYaml } from '../../../../shared/estate-text/read-text.js';
import { WORKLOAD_FIELD_ORDER, type EstateText } from '../../../../shared/estate-text/text-form.js';
import { writeEstateYaml } from '../../../../shared/estate-text/write-text.js';
import { estateArbitrary, workloadArbitrary } from '../../../support/estate-arbitrary.js';

/** The lines that differ between two texts of the same layout: what is left after the common start and end. */
function changedLines(a: string, b: string): { removed: string[]; added: string[] } {
  const [x, y] = [a.split('\n'), b.split('\n')];
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let end = 0;
  while (end < x.length - start && end < y.length - start && x[x.length - 1 - end] === y[y.length - 1 - end]) end++;
  return { removed: x.slice(start, x.length - end), added: y.slice(start, y.length - end) };
}

describe('the estate text form', () => {
  it('lists every workload field once, in its fixed order', () => {
    const fields = Object.keys(WorkloadSchema.shape).filter((k) => k !== 'id');
    expect([...WORKLOAD_FIELD_ORDER].sort()).toEqual(fields.sort());
  });

  it('gives back the same estate, and the same text, for any estate with its scenarios (property)', () => {
    fc.assert(
      fc.property(estateArbitrary(), (estate) => {
        const text = writeEstateYaml(estate);
        const back = readEstateYaml(text, 'estate.yaml');
        expect(back).toEqual(estate);
        // Positions and graph coordinates to the last bit, -0 included.
        for (const w of estate.workloads) expect(Object.is(back.positions[w.id], estate.positions[w.id])).toBe(true);
        expect(writeEstateYaml(back)).toBe(text);
      }),
      { numRuns: 150 },
    );
  });

  it('turns a one-field edit into a one-line diff (property)', () => {
    const edit = estateArbitrary(6)
      .filter((e) => e.workloads.length > 0)
      .chain((estate) =>
        fc.record({
          estate: fc.constant(estate),
          index: fc.integer({ min: 0, max: estate.workloads.length - 1 }),
          field: fc.constantFrom(...WORKLOAD_FIELD_ORDER),
          other: workloadArbitrary('other'),
        }),
      );
    fc.assert(
      fc.property(edit, ({ estate, index, field, other }) => {
        const before = estate.workloads[index]!;
        fc.pre(JSON.stringify(before[field]) !== JSON.stringify(other[field]));
        // A scenario that decides this field differently may come to decide it alike: its line goes too (its own test is in scenarios-text.test.ts).
        fc.pre(!estate.scenarios.some((s) => s.decisions[before.id] && Object.hasOwn(s.decisions[before.id]!, field)));
        const edited: EstateText = { ...estate, workloads: estate.workloads.map((w, i) => (i === index ? { ...w, [field]: other[field] } : w)) };
        const { removed, added } = changedLines(writeEstateYaml(estate), writeEstateYaml(edited));
        expect(removed.length).toBeLessThanOrEqual(1);
        expect(added.length).toBeLessThanOrEqual(1);
        expect(removed.length + added.length).toBeGreaterThan(0);
        for (const line of [...removed, ...added]) expect(line.trimStart().startsWith(`${field}: `)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
