import { describe, expect, it } from 'vitest';
import { CRITICALITIES, DATA_CLASSES, ENVIRONMENTS, STRATEGIES } from '../../../../shared/domain/enums.js';
import { guessMapping } from '../../../../shared/import/header-mapping.js';
import { unknownValues } from '../../../../shared/import/import-plan.js';
import { guessedValues, mapCell, valuesToMap } from '../../../../shared/import/column-values.js';
import { flagClassOf } from '../../../../shared/import/flag-headers.js';
import { guessValue, isExactValue } from '../../../../shared/import/value-guesses.js';

describe('guessing what a client’s word means', () => {
  it('guesses environments, criticality, data classes and strategies from the words people use', () => {
    const env = (w: string) => guessValue(ENVIRONMENTS, w);
    expect(['PRD', 'Produktion', 'Production', 'live'].map(env)).toEqual(['production', 'production', 'production', 'production']);
    expect(['Acceptance', 'ACC', 'Pre-prod'].map(env)).toEqual(['staging', 'staging', 'staging']);
    expect(['UAT', 'QA', 'SIT'].map(env)).toEqual(['test', 'test', 'test']);
    expect(['Very High', 'Mission Critical', 'High', 'Medium', 'Low'].map((w) => guessValue(CRITICALITIES, w))).toEqual([1, 1, 2, 3, 4]);
    const cls = (w: string) => guessValue(DATA_CLASSES, w);
    expect(['Personal data', 'personal', 'GDPR'].map(cls)).toEqual(['pii', 'pii', 'pii']);
    expect(['Patient data', 'ePHI', 'health'].map(cls)).toEqual(['phi', 'phi', 'phi']);
    expect(['payment card', 'PCI'].map(cls)).toEqual(['financial', 'financial']);
    expect(guessValue(STRATEGIES, 'Lift and shift')).toBe('rehost');
    expect(guessValue(ENVIRONMENTS, 'Moon')).toBeUndefined();
  });

  it('reads "Tier 0" as mission critical when the column counts from 0, "Tier 1" when it counts from 1', () => {
    expect(guessValue(CRITICALITIES, 'Tier 0', ['Tier 0', 'Tier 1', 'Tier 2'])).toBe(1);
    expect(guessValue(CRITICALITIES, 'Tier 1', ['Tier 0', 'Tier 1', 'Tier 2'])).toBe(2);
    expect(guessValue(CRITICALITIES, 'Tier 1', ['Tier 1', 'Tier 2', 'Tier 3'])).toBe(1);
  });

  it('takes only a value’s own name or label as read, not a guess', () => {
    expect(isExactValue(ENVIRONMENTS, 'Production')).toBe(true);
    expect(isExactValue(CRITICALITIES, '1 · Mission critical')).toBe(true);
    expect(isExactValue(ENVIRONMENTS, 'PRD')).toBe(false);
  });
});

describe('the values to map, guesses pre-filled', () => {
  const rows = [
    ['Name', 'Env', 'Criticality', 'Data classes', 'PCI'],
    ['a', 'PRD', 'Very High', 'Patient data; PII', 'Y'],
    ['b', 'Moon', 'High', 'GDPR', 'ja'],
    ['c', 'Production', '1', '', 'maybe'],
  ];
  const mapping = guessMapping(rows[0] as string[]);

  it('lists each column’s values that are not its own words, with a guess where there is one', () => {
    expect(mapping[4]).toEqual({ to: 'flag', dataClass: 'financial' });
    expect(valuesToMap(rows, mapping).map((c) => [c.column, c.values])).toEqual([
      [
        1,
        [
          { value: 'PRD', count: 1, guess: 'production' },
          { value: 'Moon', count: 1 },
        ],
      ],
      [
        2,
        [
          { value: 'Very High', count: 1, guess: '1' },
          { value: 'High', count: 1, guess: '2' },
        ],
      ],
      [
        3,
        [
          { value: 'Patient data', count: 1, guess: 'phi' },
          { value: 'GDPR', count: 1, guess: 'pii' },
        ],
      ],
      [4, [{ value: 'maybe', count: 1 }]],
    ]);
    expect(unknownValues({ sheet: 'S', rows }, mapping)).toEqual([
      { column: 1, values: [{ value: 'Moon', count: 1 }] },
      { column: 4, values: [{ value: 'maybe', count: 1 }] },
    ]);
  });

  it('reads the architect’s answer first, else the guess; an empty answer undoes the guess', () => {
    const guesses = guessedValues(rows, mapping);
    expect(mapCell('PRD', mapping[1], undefined, guesses[1])).toBe('production');
    expect(mapCell('PRD', mapping[1], { PRD: 'test' }, guesses[1])).toBe('test');
    expect(mapCell('PRD', mapping[1], { PRD: '' }, guesses[1])).toBe('PRD');
    expect(mapCell('Patient data; PII', mapping[3], undefined, guesses[3])).toBe('phi, PII');
  });
});

describe('yes/no columns that add a data class', () => {
  it('is guessed from headers that ask about a kind of data', () => {
    expect(['Contains PHI? (Y/N)', 'PII', 'Personal data', 'PCI', 'Payment card data', 'Financial data', 'Holds patient data?'].map(flagClassOf)).toEqual([
      'phi',
      'pii',
      'pii',
      'financial',
      'financial',
      'financial',
      'phi',
    ]);
    expect(['Data classification', 'Server name', 'Health'].map(flagClassOf)).toEqual([undefined, undefined, undefined]);
  });
});
