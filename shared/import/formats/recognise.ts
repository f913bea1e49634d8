import { recogniseAwsDiscoveryConnections } from './aws-discovery-connections.js';
import { recogniseAwsDiscoveryImport } from './aws-discovery-import.js';
import { recogniseAwsMigrationFactory } from './aws-migration-factory.js';
import { recogniseAzureMigrateDependencies } from './azure-migrate-dependencies.js';
import { recogniseAzureMigrateAssessment, recogniseAzureMigrateImport } from './azure-migrate-servers.js';
import { recogniseKonveyor } from './konveyor.js';
import { recogniseRvtools } from './rvtools.js';
import { recogniseServiceNow } from './servicenow.js';
import type { FormatMatch, Recogniser, SpreadsheetFile } from './types.js';
import { recogniseWaveplanWorkbook } from './waveplan-workbook.js';

// Which known export a file is, if any. Every recogniser looks at the file; the one whose
// signature fits best wins. A client's own sheet fits none (each export requires columns
// nobody else names that way) and gets null: the generic guesser in header-mapping.ts
// maps it instead.

export type { FormatMatch, SpreadsheetFile } from './types.js';

/** In order of specificity: on equal confidence the earlier one wins. */
export const RECOGNISERS: readonly Recogniser[] = [
  recogniseWaveplanWorkbook,
  recogniseRvtools,
  recogniseAzureMigrateAssessment,
  recogniseAzureMigrateImport,
  recogniseAzureMigrateDependencies,
  recogniseAwsDiscoveryImport,
  recogniseAwsDiscoveryConnections,
  recogniseAwsMigrationFactory,
  recogniseServiceNow,
  recogniseKonveyor,
];

/** Below this share of its signature a sheet is someone's own sheet that happens to share a few names. */
export const MIN_CONFIDENCE = 0.4;

export function recogniseFormat(file: SpreadsheetFile): FormatMatch | null {
  let best: FormatMatch | null = null;
  for (const recognise of RECOGNISERS) {
    const match = recognise(file);
    if (match && match.confidence >= MIN_CONFIDENCE && (!best || match.confidence > best.confidence)) best = match;
  }
  return best;
}

export { countNoise } from './noise.js';
export { environmentIn } from './environment-hints.js';
export { konveyorRecordKind } from './konveyor.js';
export { serviceNowDirection } from './servicenow.js';
