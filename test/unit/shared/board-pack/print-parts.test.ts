import { describe, expect, it } from 'vitest';
import { conventions, packLocale } from '../../../../shared/board-pack/conventions.js';
import { decisionsNeeded } from '../../../../shared/board-pack/decisions.js';
import { boardPackFooter } from '../../../../shared/board-pack/footer.js';
import { boardPackHash, printTargetOf } from '../../../../shared/board-pack/print-route.js';
import { BASELINE_NAME, scenarioName } from '../../../../shared/board-pack/scenario-name.js';
import { blankWorkload } from '../../../../shared/domain/blank-workload.js';

describe('the print route', () => {
  it('reads what it writes, with and without a scenario', () => {
    expect(printTargetOf(boardPackHash({ estateId: 'meridian-1' }))).toEqual({ estateId: 'meridian-1' });
    expect(printTargetOf(boardPackHash({ estateId: 'meridian-1', scenarioId: 'two-year_plan' }))).toEqual({ estateId: 'meridian-1', scenarioId: 'two-year_plan' });
    // A comparison: the pack's scenario is the reference, the others follow.
    expect(printTargetOf(boardPackHash({ estateId: 'meridian-1', scenarioId: 'baseline', compareWith: ['clinics', 'march'] }))).toEqual({
      estateId: 'meridian-1',
      scenarioId: 'baseline',
      compareWith: ['clinics', 'march'],
    });
    expect(printTargetOf(boardPackHash({ estateId: 'meridian-1', compareWith: ['clinics'] }))).toEqual({ estateId: 'meridian-1', compareWith: ['clinics'] });
    expect(() => boardPackHash({ estateId: 'meridian-1', compareWith: ['a', 'b', 'c', 'd'] })).toThrow(/at most four/);
  });

  it('is not any other fragment, and refuses ids that would leave it', () => {
    expect(printTargetOf('#/estate/meridian-1')).toBeNull();
    expect(printTargetOf('#/print/board-pack/../x')).toBeNull();
    expect(() => boardPackHash({ estateId: 'A/../b' })).toThrow(/Not an estate id/);
    expect(() => boardPackHash({ estateId: 'a', scenarioId: '../x' })).toThrow(/Not a scenario id/);
  });
});

describe('the footer', () => {
  it('numbers the pages with Chromium’s own fields and escapes the estate’s name', () => {
    const footer = boardPackFooter('St. Brigid’s <Hospital> & "Clinics"', 'Baseline');
    expect(footer).toContain('<span class="pageNumber"></span> of <span class="totalPages"></span>');
    expect(footer).toContain('&#60;Hospital&#62; &#38; &#34;Clinics&#34;');
    expect(footer).not.toContain('<Hospital>');
  });
});

describe('the scenario on the cover', () => {
  it('is the baseline for a snapshot without scenarios, the active or asked one otherwise', () => {
    expect(scenarioName({})).toBe(BASELINE_NAME);
    const snapshot = {
      scenarios: [
        { id: 'a', name: 'Fast' },
        { id: 'b', name: 'Cautious' },
      ],
      activeScenarioId: 'a',
    };
    expect(scenarioName(snapshot)).toBe('Fast');
    expect(scenarioName(snapshot, 'b')).toBe('Cautious');
    expect(scenarioName(snapshot, 'gone')).toBe(BASELINE_NAME);
  });
});

describe('conventions', () => {
  it('follow the plan’s country, in English, and fall back to British English', () => {
    expect(packLocale({ country: 'IE', region: '' })).toBe('en-IE');
    expect(packLocale(null)).toBe('en-GB');
    const de = conventions({ country: 'DE', region: '' }, 'EUR');
    expect(de.count(1250)).toBe('1.250');
    expect(de.day('2027-03-14')).toMatch(/14.*2027/);
    const us = conventions({ country: 'US', region: '' }, 'USD');
    expect(us.money(1250)).toBe('$1,250');
    expect(us.compactMoney(1_200_000)).toBe('$1.2M');
  });

  it('still write a figure in a currency the runtime does not know', () => {
    expect(conventions(null, 'XQQ').money(5)).toMatch(/5/);
  });
});

describe('decisions needed', () => {
  const n = (x: number) => String(x);
  const none = { workloads: [], findings: [], plan: { heldBack: [], issues: [] }, runbooks: [], costUnknown: 0, n };

  it('are none for an estate with nothing to decide', () => {
    expect(decisionsNeeded(none)).toEqual([]);
  });

  it('ask for a strategy where none is set, and for costs where none are recorded, in words that agree with the count', () => {
    const w = { ...blankWorkload('w1', 'Odoo'), strategy: null };
    const decisions = decisionsNeeded({ ...none, workloads: [w], costUnknown: 1 });
    expect(decisions.map((d) => d.title)).toEqual(['Workloads with no migration strategy', 'Current costs not recorded']);
    expect(decisions[1]?.detail).toBe('1 workload has no current monthly cost, so the payback leaves it out: ask finance for the figures.');
  });
});
