import type { FormatId, FormatMatch, SpreadsheetFile } from '../../shared/import/formats/types.js';
import { RECOGNISERS, recogniseFormat } from '../../shared/import/formats/recognise.js';
import { InputError, UsageError } from './cli-error.js';

// `import --preset <name>`: the discovery export a file is, said rather than recognised
// (a file cut down so far that recognition is unsure), or `none` for a client's own sheet
// mapped from its headers alone. Without --preset the file is recognised as the import
// dialog does.

export const PRESETS = [
  'waveplan',
  'rvtools',
  'azure-migrate-import',
  'azure-migrate-assessment',
  'azure-migrate-dependencies',
  'aws-discovery-import',
  'aws-discovery-connections',
  'aws-migration-factory',
  'servicenow-cmdb',
  'konveyor',
] as const satisfies readonly FormatId[];

// A format added to FormatId and not to PRESETS fails to compile here.
const everyFormat: Exclude<FormatId, (typeof PRESETS)[number]> extends never ? true : false = true;
void everyFormat;

/** The export the file is taken as: recognised, the one --preset names, or none. */
export function formatOf(file: SpreadsheetFile, fileName: string, preset: string | undefined): FormatMatch | null {
  if (preset === undefined) return recogniseFormat(file);
  if (preset === 'none') return null;
  if (!(PRESETS as readonly string[]).includes(preset)) throw new UsageError(`import: --preset ${preset}: one of ${[...PRESETS, 'none'].join(', ')}`, 'import');
  const match = RECOGNISERS.map((recognise) => recognise(file)).find((m) => m?.id === preset);
  if (!match) throw new InputError(fileName, `does not look like a ${preset} export: none of its sheets has that export's headers (try without --preset, or --preset none)`);
  return match;
}
