import { describe, expect, it } from 'vitest';
import { contradictoryDateLimits } from '../../../../shared/domain/workload-dates.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../shared/estate/estate-settings.js';
import { previewImport } from '../../../../shared/import/import-plan.js';

// Date limits that leave no day to cut over are refused where they come in, naming the
// sheet, row and column; the row is left out whole, the other rows come in.

const estate = { workloads: [], dependencies: [], positions: {}, nodePositions: {}, ...DEFAULT_ESTATE_SETTINGS };

describe('contradictory date limits', () => {
  it('are found when not after or done by comes before not before', () => {
    expect(contradictoryDateLimits({ notBefore: '2027-04-01', notAfter: '2027-03-01', doneBy: '' })?.field).toBe('notAfter');
    expect(contradictoryDateLimits({ notBefore: '2027-04-01', notAfter: '', doneBy: '2027-03-31' })?.field).toBe('doneBy');
    expect(contradictoryDateLimits({ notBefore: '2027-04-01', notAfter: '2027-04-01', doneBy: '2027-05-01' })).toBeUndefined();
    expect(contradictoryDateLimits({ notBefore: '', notAfter: '2027-03-01', doneBy: '' })).toBeUndefined();
  });

  it('leave an imported row out, named by sheet, row and column', () => {
    const rows = [
      ['Name', 'Not before', 'Not after'],
      ['Appointment scheduling', '2027-04-01', '2027-03-01'],
      ['Payroll export', '2027-01-01', '2027-03-01'],
    ];
    const mapping = [
      { to: 'field', field: 'name' },
      { to: 'field', field: 'notBefore' },
      { to: 'field', field: 'notAfter' },
    ] as const;
    let n = 0;
    const preview = previewImport(estate, { sheet: 'Inventory', rows }, [...mapping], () => `w${n++}`);
    expect(preview.adds.map((a) => a.workload.name)).toEqual(['Payroll export']);
    expect(preview.problems).toEqual([
      expect.objectContaining({ sheet: 'Inventory', row: 2, column: expect.stringContaining('Not after'), value: '2027-03-01', message: expect.stringContaining('no day is left to cut over') }),
    ]);
  });
});
