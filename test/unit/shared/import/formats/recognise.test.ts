import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../../../shared/import/header-mapping.js';
import { recogniseFormat } from '../../../../../shared/import/formats/recognise.js';
import { environmentIn } from '../../../../../shared/import/formats/environment-hints.js';
import { IMPORT_FIXTURES, clientSheet, waveplanWorkbook } from '../../../../../scripts/import-fixtures.js';

describe('recogniseFormat', () => {
  it("recognises Waveplan's own workbook and maps it as the generic guesser does", () => {
    const file = waveplanWorkbook();
    const match = recogniseFormat(file)!;
    expect(match.id).toBe('waveplan');
    expect(match.label).toBe('Waveplan workbook');
    expect(match.inventory?.sheet).toBe('Inventory');
    expect(match.inventory?.mapping).toEqual(guessMapping(file.sheets[1]!.rows[0]!));
    expect(match.dependencies[0]).toMatchObject({ sheet: 'Dependencies', layout: 'table' });
    if (match.dependencies[0]?.layout === 'table') expect(match.dependencies[0].roles.slice(0, 3)).toEqual(['id', 'consumer', 'provider']);
  });

  it("recognises nothing in a client's own sheets, near misses included", () => {
    expect(recogniseFormat(clientSheet())).toBeNull();
    expect(recogniseFormat({ sheets: [] })).toBeNull();
    expect(recogniseFormat({ sheets: [{ name: 'Empty', rows: [] }] })).toBeNull();
  });

  it('gives every fixture a label and a source, and a match that points at sheets the file has', () => {
    for (const [name, build] of Object.entries(IMPORT_FIXTURES)) {
      const file = build();
      const match = recogniseFormat(file);
      if (name.startsWith('client')) continue;
      expect(match, name).not.toBeNull();
      const sheets = new Set(file.sheets.map((s) => s.name));
      expect(match!.source.length, name).toBeGreaterThan(20);
      if (match!.inventory) expect(sheets.has(match!.inventory.sheet), name).toBe(true);
      for (const d of match!.dependencies) expect(sheets.has(d.sheet), name).toBe(true);
      for (const e of match!.enrichment) expect(sheets.has(e.sheet), name).toBe(true);
    }
  });

  it('reads environment words whole, and warily in prose', () => {
    expect(environmentIn('EHR-PRD01')).toEqual({ environment: 'production', token: 'prd' });
    expect(environmentIn('stg-portal')).toEqual({ environment: 'staging', token: 'stg' });
    expect(environmentIn('dr-pacs02')).toEqual({ environment: 'dr', token: 'dr' });
    expect(environmentIn('product-catalogue')).toBeNull();
    expect(environmentIn('address-book')).toBeNull();
    expect(environmentIn("Dr. Okafor's clinic list", true)).toBeNull();
    expect(environmentIn('QA sign-off pending', true)).toBeNull();
    expect(environmentIn('UAT copy of payroll', true)).toEqual({ environment: 'test', token: 'uat' });
  });
});
