import { describe, expect, it } from 'vitest';
import { INVENTORY_COLUMNS } from '../../../../shared/excel/inventory-columns.js';
import { guessMapping } from '../../../../shared/import/header-mapping.js';
import { unitOfHeader } from '../../../../shared/import/header-units.js';
import { fieldUnit, toFieldUnit } from '../../../../shared/import/unit-conversion.js';

// The data change rate (migration 006) comes and goes like the other number fields.

describe('the data change rate in a workbook', () => {
  it('is an Inventory column of its own, in GB a day', () => {
    const column = INVENTORY_COLUMNS.find((c) => c.source === 'field' && c.field.key === 'dataChangeGbPerDay');
    expect(column?.column).toMatchObject({ header: 'Data change (GB/day)', kind: 'number', editable: true });
  });

  it('is recognised by its own header and by the names clients give it', () => {
    for (const header of ['Data change (GB/day)', 'Daily change rate', 'Change rate', 'Data churn'])
      expect(guessMapping(['Name', header])[1], header).toEqual({ to: 'field', field: 'dataChangeGbPerDay' });
  });

  it('converts a size unit the header states, keeping the day', () => {
    expect(unitOfHeader('Daily change (MB)')).toEqual({ unit: 'MB', rest: 'Daily change' });
    expect(fieldUnit('dataChangeGbPerDay', 'EUR')).toBe('GB');
    expect(toFieldUnit(2500, 'MB', 'dataChangeGbPerDay', 'EUR')).toEqual({ ok: true, value: 2.5 });
  });
});
