import { environmentHints } from './environment-hints.js';
import { bestSheet, cellAt, columnOf, headersOf, presetMapping, presetRoles, type Signature } from './headers.js';
import { IGNORE, NOTES, field } from './targets.js';
import type { FormatMatch, SpreadsheetFile } from './types.js';

// Konveyor (formerly Tackle) application inventory import CSV: applications and their
// dependencies in one sheet, told apart by "Record Type 1" (1 = application, 2 =
// dependency; some files write the words). A dependency row names the application, the
// other application ("Dependency") and which way it points ("Dependency Direction":
// southbound = the application depends on the other, northbound = the other depends on
// it), which is how shared/excel/dependency-import.ts reads directions already.
// Headers from the Konveyor/Tackle application-inventory code and its import tests
// (github.com/konveyor/tackle-application-inventory: "Record Type 1,Application Name,
// Description,Comments,Business Service,Dependency,Dependency Direction,Binary Group,
// Binary Artifact,Binary Version,Binary Packaging,Repository Type,Repository URL,
// Repository Branch,Repository Path,Tag Type 1,Tag 1 … Tag Type 20,Tag 20") and tools
// that write that file (move2kube's cfapps transformer, Cloud Foundry exporters).
// Not confirmed: "Owner" and "Contributors" columns of newer Konveyor hub releases (read
// when present).

const SOURCE =
  'Konveyor/Tackle application inventory import tests (github.com/konveyor/tackle-application-inventory) and tools that write the CSV. Not confirmed: "Owner"/"Contributors" of newer hub releases (read when present).';

const SIGNATURE: Signature = {
  required: [['Record Type 1', 'Record Type'], ['Application Name']],
  optional: [['Description'], ['Comments'], ['Business Service'], ['Dependency'], ['Dependency Direction'], ['Repository Type'], ['Repository URL'], ['Binary Group'], ['Tag Type 1'], ['Tag 1']],
};

/** What a Konveyor record type says the row is: 1 / "application", 2 / "dependency". */
export function konveyorRecordKind(value: string): 'application' | 'dependency' | null {
  const v = value.trim().toLowerCase();
  if (v === '1' || v === 'application' || v === 'app') return 'application';
  if (v === '2' || v === 'dependency' || v === 'dependencies') return 'dependency';
  return null;
}

export function recogniseKonveyor(file: SpreadsheetFile): FormatMatch | null {
  const best = bestSheet(file, SIGNATURE);
  if (!best) return null;
  const headers = headersOf(best.sheet);
  const recordType = columnOf(headers, ['Record Type 1', 'Record Type']);
  const kindOf = (row: readonly string[]) => konveyorRecordKind(cellAt(row, recordType));
  const mapping = presetMapping(headers, [
    { names: ['Application Name'], target: field('name') },
    // Konveyor's business service groups applications the way Waveplan's system does.
    { names: ['Business Service'], target: field('system') },
    { names: ['Owner'], target: field('owner') },
    { names: ['Description'], target: NOTES },
    { names: ['Comments'], target: NOTES },
    { names: ['Repository URL'], target: NOTES },
    { pattern: /^tag type \d+$/, target: IGNORE },
    { pattern: /^tag \d+$/, target: NOTES },
  ]);
  const hasDependencies = columnOf(headers, ['Dependency']) >= 0;
  return {
    id: 'konveyor',
    label: 'Konveyor application inventory (CSV import)',
    confidence: best.confidence,
    evidence: [best.evidence],
    source: SOURCE,
    inventory: { sheet: best.sheet.name, mapping, rows: (row) => kindOf(row) === 'application' },
    enrichment: [],
    dependencies: hasDependencies
      ? [
          {
            sheet: best.sheet.name,
            layout: 'table',
            roles: presetRoles(headers, [
              { names: ['Record Type 1', 'Record Type'], target: 'recordType' },
              { names: ['Application Name'], target: 'consumer' },
              { names: ['Dependency'], target: 'provider' },
              { names: ['Dependency Direction'], target: 'direction' },
            ]),
            // Numeric record types are not words isDependencyRecord knows; say which rows are.
            rows: (row) => kindOf(row) === 'dependency',
          },
        ]
      : [],
    noise: null,
    environmentHints: environmentHints([
      { from: 'name', column: columnOf(headers, ['Application Name']) },
      { from: 'annotation', column: columnOf(headers, ['Description']) },
    ]),
  };
}
