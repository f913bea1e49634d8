import { describe, expect, it } from 'vitest';
import { blankWorkload } from '../../../../shared/domain/blank-workload.js';
import type { Workload } from '../../../../shared/domain/workload.js';
import { FIELD_BY_KEY } from '../../../../shared/domain/workload-fields.js';
import { GRID_COLUMNS } from '../../../../renderer/src/inventory/columns.js';
import { commitCellText } from '../../../../renderer/src/inventory/commit-cell.js';
import { planPaste } from '../../../../renderer/src/inventory/paste.js';

const redis: Workload = { ...blankWorkload('redis', 'Redis'), environment: 'production', rtoMinutes: 60, dataClasses: ['pii'] };
const odoo: Workload = { ...blankWorkload('odoo', 'Odoo'), environment: 'staging', rtoMinutes: 240 };

describe('committing text typed into a cell', () => {
  it('parses the text for the field and updates a target that holds something else', () => {
    expect(commitCellText(FIELD_BY_KEY.rtoMinutes, '4h', [redis])).toEqual({
      ok: true,
      value: 240,
      changes: [{ op: 'updateWorkload', id: 'redis', field: 'rtoMinutes', value: 240 }],
    });
  });

  it('makes no change where the target already holds the value, however it was written', () => {
    expect(commitCellText(FIELD_BY_KEY.environment, 'prod', [redis])).toEqual({ ok: true, value: 'production', changes: [] });
    expect(commitCellText(FIELD_BY_KEY.dataClasses, ' PII ', [redis])).toEqual({ ok: true, value: ['pii'], changes: [] });
  });

  it('updates only the targets that change, in their order', () => {
    const result = commitCellText(FIELD_BY_KEY.rtoMinutes, '240', [redis, odoo]);
    expect(result.ok && result.changes).toEqual([{ op: 'updateWorkload', id: 'redis', field: 'rtoMinutes', value: 240 }]);
  });

  it('keeps text that does not parse as a draft with the reason, and changes nothing', () => {
    expect(commitCellText(FIELD_BY_KEY.rtoMinutes, 'soon', [redis])).toEqual({
      ok: false,
      draft: { text: 'soon', error: 'RTO must be a number of minutes (or 4h, 1d); got “soon”' },
    });
    expect(commitCellText(FIELD_BY_KEY.name, '', [redis])).toEqual({ ok: false, draft: { text: '', error: 'A workload needs a name' } });
  });

  it('clears a field that may be empty', () => {
    const result = commitCellText(FIELD_BY_KEY.rtoMinutes, '', [redis]);
    expect(result).toEqual({ ok: true, value: null, changes: [{ op: 'updateWorkload', id: 'redis', field: 'rtoMinutes', value: null }] });
  });

  it('without targets, says only whether and what the text parses to', () => {
    expect(commitCellText(FIELD_BY_KEY.criticality, 'high', [])).toEqual({ ok: true, value: 2, changes: [] });
    expect(commitCellText(FIELD_BY_KEY.environment, 'moon', []).ok).toBe(false);
  });
});

describe('a pasted block', () => {
  const environmentCol = GRID_COLUMNS.findIndex((c) => c.key === 'environment');
  const newId = () => 'new-1';

  it('updates the cells that change, keeps the bad ones as drafts, and adds rows past the end', () => {
    const plan = planPaste(
      [
        ['prod', 'database'],
        ['moon', 'cache'],
        ['test', 'oops'],
      ],
      [redis, odoo],
      0,
      GRID_COLUMNS,
      environmentCol,
      newId,
      10,
    );
    expect(plan.cells).toBe(6);
    expect(plan.newRows).toBe(1);
    expect(plan.changes.slice(0, 2)).toEqual([
      { op: 'updateWorkload', id: 'redis', field: 'kind', value: 'database' },
      { op: 'updateWorkload', id: 'odoo', field: 'kind', value: 'cache' },
    ]);
    expect(plan.changes[2]).toMatchObject({ op: 'addWorkload', position: 11, workload: { id: 'new-1', name: 'Pasted workload 1', environment: 'test' } });
    expect(plan.drafts).toEqual([
      { workloadId: 'odoo', field: 'environment', draft: { text: 'moon', error: expect.stringMatching(/^Unknown environment “moon”/) } },
      { workloadId: 'new-1', field: 'kind', draft: { text: 'oops', error: expect.stringMatching(/oops/) } },
    ]);
  });
});
