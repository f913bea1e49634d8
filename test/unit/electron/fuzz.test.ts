import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, type HandlerTable } from '../../../electron/backend/handlers.js';
import { readSpreadsheet } from '../../../electron/backend/services/excel/read-spreadsheet.js';
import { applyChanges } from '../../../shared/changes/apply.js';
import type { Change } from '../../../shared/changes/change-set.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../../shared/estate/estate-settings.js';
import type { EstateSnapshot } from '../../../shared/estate/estate.js';
import { ENVIRONMENTS } from '../../../shared/domain/enums.js';
import { blankWorkload } from '../../../shared/domain/workload.js';
import { WaveplanError } from '../../../shared/errors.js';
import { guessMapping } from '../../../shared/import/header-mapping.js';
import { changesOf, previewImport } from '../../../shared/import/import-plan.js';
import { healthcareSampleEstate } from '../../../shared/sample/healthcare-estate.js';
import { tempLibrary } from '../../support/temp-library.js';

// Random input through the real entry points: change sets (valid and not) into the
// service, CSVs into the importer. Nothing may crash; a refused change set changes
// nothing; an accepted one is applied whole, exactly as the pure apply says.

let handlers: HandlerTable;
let cleanup: () => void;
let estateId: string;
beforeAll(async () => {
  const t = tempLibrary();
  cleanup = t.cleanup;
  handlers = createHandlers({ host: 'web', library: t.library });
  const created = await handlers.createEstate({ name: 'Fuzz', from: 'sample' });
  if (!created.ok) throw new Error('no estate');
  estateId = (created.value as { id: string }).id;
});
afterAll(() => cleanup());

const ids = healthcareSampleEstate().workloads.map((w) => w.id);
const content = (s: EstateSnapshot) => ({
  workloads: s.workloads,
  dependencies: [...s.dependencies].sort((a, b) => a.id.localeCompare(b.id)),
  nodePositions: s.nodePositions,
  planSettings: s.planSettings,
  rateCard: s.rateCard,
});

/** Changes that may or may not fit: unknown ids, duplicates, bad values, removals with dependencies left. */
const change: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ id: fc.constantFrom(...ids, 'no-such-workload'), value: fc.string({ maxLength: 20 }) }).map(({ id, value }) => ({ op: 'updateWorkload', id, field: 'owner', value })),
  fc
    .record({ id: fc.constantFrom(...ids), value: fc.oneof(fc.constantFrom(...ENVIRONMENTS), fc.string({ maxLength: 8 })) })
    .map(({ id, value }) => ({ op: 'updateWorkload', id, field: 'environment', value })),
  fc
    .record({ id: fc.constantFrom(...ids), value: fc.oneof(fc.integer({ min: -10, max: 600_000 }), fc.constant(null), fc.constant('soon')) })
    .map(({ id, value }) => ({ op: 'updateWorkload', id, field: 'rtoMinutes', value })),
  fc.constantFrom(...ids, 'no-such-workload').map((id) => ({ op: 'removeWorkload', id })),
  fc.string({ minLength: 1, maxLength: 12 }).map((s) => ({ op: 'addWorkload', workload: blankWorkload(`fz-${s.replace(/[^a-z0-9]/gi, '')}`, s.trim() || 'x'), position: 1000 })),
  fc.record({ consumer: fc.constantFrom(...ids, 'ghost'), provider: fc.constantFrom(...ids), n: fc.nat(50) }).map(({ consumer, provider, n }) => ({
    op: 'addDependency',
    dependency: { id: `fz-dep-${n}`, consumerId: consumer, providerId: provider, kind: 'api', coupling: 'loose', dataClasses: [], protocol: '', notes: '' },
  })),
  fc.constant({ op: 'dropTable', id: 'workload' }),
  fc
    .record({ rate: fc.oneof(fc.integer({ min: -5, max: 5000 }), fc.constant(Number.NaN)) })
    .map(({ rate }) => ({ op: 'setSetting', name: 'rateCard', value: { ...DEFAULT_ESTATE_SETTINGS.rateCard, effortDayRate: rate } })),
);

describe('fuzzing the service with change sets', () => {
  it('applies a set whole or refuses it whole, and never breaks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 6 }), async (changes) => {
        const before = (await handlers.openEstate({ id: estateId })) as { ok: true; value: EstateSnapshot };
        const result = await handlers.applyChanges({ estateId, baseRevision: before.value.estate.revision, changes });
        const after = (await handlers.openEstate({ id: estateId })) as { ok: true; value: EstateSnapshot };
        if (!result.ok) {
          expect(['invalid-input', 'conflict']).toContain(result.error.code);
          expect(after.value.estate.revision).toBe(before.value.estate.revision);
          expect(content(after.value)).toEqual(content(before.value));
        } else {
          expect(after.value.estate.revision).toBe(before.value.estate.revision + 1);
          expect(content(after.value)).toEqual(content(applyChanges(before.value, changes as Change[])));
        }
      }),
      { numRuns: 300 },
    );
  });
});

const csvCell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('Prod', 'PRD', 'Moon', '=1+1', '"quoted, comma"', 'line\nbreak', 'Zürich', '1 200', '-', ''));

describe('fuzzing the importer with CSVs', () => {
  it('reads any CSV without crashing, and what it would import applies whole', async () => {
    const estate = { ...healthcareSampleEstate(), positions: {}, nodePositions: {}, ...DEFAULT_ESTATE_SETTINGS };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(',', ';', '\t'),
        fc.array(fc.array(csvCell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom('utf8', 'latin1'),
        async (delimiter, rows, encoding) => {
          const header = ['Name', 'Env', 'Criticality', 'Depends on', 'RTO', 'Other'];
          const text = [header, ...rows].map((r) => r.map((c) => (/[",;\t\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter)).join('\n');
          let sheet;
          try {
            sheet = (await readSpreadsheet('fuzz.csv', Buffer.from(text, encoding as BufferEncoding))).sheets[0];
          } catch (error) {
            // A refusal is an answer; anything else is a crash.
            expect(error).toBeInstanceOf(WaveplanError);
            return;
          }
          if (!sheet) return;
          let n = 0;
          const preview = previewImport(estate, { sheet: 'fuzz', rows: sheet.rows }, guessMapping(sheet.rows[0] ?? []), () => `f${n++}`);
          for (const p of preview.problems) expect(p.row).toBeGreaterThanOrEqual(2);
          expect(() => applyChanges(estate, changesOf(estate, preview, { removeMissing: false }))).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });
});
