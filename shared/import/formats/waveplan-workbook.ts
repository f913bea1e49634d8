import { guessDependencyRoles } from '../dependency-import.js';
import { guessMapping } from '../header-mapping.js';
import { ID_HEADER, INVENTORY_COLUMNS } from '../../excel/inventory-columns.js';
import { bestSheet, headersOf, type Signature } from './headers.js';
import type { FormatMatch, SpreadsheetFile } from './types.js';

// Waveplan's own workbook coming back (edited by the client, or from another estate). Its
// Inventory headers are the ones the export writes (shared/excel/inventory-columns.ts), so
// the generic guesser already maps every column; recognising it only lets the import say
// so and pick up the Dependencies sheet.

const SOURCE = "Waveplan's own export: shared/excel/inventory-columns.ts and the Dependencies sheet of shared/excel/export-model.ts.";

const INVENTORY: Signature = {
  required: [[ID_HEADER], ['Name']],
  optional: INVENTORY_COLUMNS.filter((c) => c.column.header !== ID_HEADER && c.column.header !== 'Name').map((c) => [c.column.header]),
};

const DEPENDENCIES: Signature = {
  required: [[ID_HEADER], ['Consumer'], ['Provider']],
  optional: [['Kind'], ['Coupling'], ['Data classes'], ['Protocol'], ['Consumer wave'], ['Provider wave'], ['Notes']],
};

export function recogniseWaveplanWorkbook(file: SpreadsheetFile): FormatMatch | null {
  const inventory = bestSheet(file, INVENTORY, ['Inventory']);
  // A sheet with a "Waveplan id" column but few of our headers is someone's own sheet.
  if (!inventory || inventory.confidence < 0.5) return null;
  const dependencies = bestSheet(file, DEPENDENCIES, ['Dependencies']);
  return {
    id: 'waveplan',
    label: 'Waveplan workbook',
    confidence: inventory.confidence,
    evidence: [inventory.evidence, ...(dependencies ? [dependencies.evidence] : [])],
    source: SOURCE,
    inventory: { sheet: inventory.sheet.name, mapping: guessMapping(headersOf(inventory.sheet)) },
    enrichment: [],
    dependencies: dependencies ? [{ sheet: dependencies.sheet.name, layout: 'table', roles: guessDependencyRoles(headersOf(dependencies.sheet)) }] : [],
    noise: null,
    environmentHints: null,
  };
}
