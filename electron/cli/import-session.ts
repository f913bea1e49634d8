import { guessDependencyRoles } from '../../shared/import/dependency-import.js';
import { DEFAULT_DISCOVERY_CHOICES } from '../../shared/import/discovery-import.js';
import { DEFAULT_NOISE_RULES } from '../../shared/import/connection-noise.js';
import { buildPreview, dependencyTable, firstDependencies, firstSheet, tableDependencies, type BuiltPreview, type Spreadsheet } from '../../shared/import/build-preview.js';
import { guessMapping, type Mapping } from '../../shared/import/header-mapping.js';
import type { FormatMatch } from '../../shared/import/formats/types.js';
import { connectionsIn } from '../../shared/import/observed-connections.js';
import type { EstateSnapshot } from '../../shared/estate/estate.js';
import { InputError } from './cli-error.js';
import { applyMappingFile, valueMapOf, type LoadedMapping } from './mapping-file.js';

// An import's choices made as the import dialog makes them when nobody changes a thing
// (ImportDialog.tsx: the recognised export's sheet and preset, else the guess from the
// headers; dependencies from the export's table or a Dependencies sheet; noise left out),
// with a mapping file laid over the columns, then the same preview (build-preview.ts).

export interface ImportSession {
  match: FormatMatch | null;
  sheet: Spreadsheet['sheets'][number];
  withInventory: boolean;
  mapping: Mapping;
  built: BuiltPreview;
}

let made = 0;
const newId = () => `imp-${Date.now().toString(36)}-${(made++).toString(36)}`;

export function previewFileImport(snapshot: EstateSnapshot, file: Spreadsheet, match: FormatMatch | null, askedSheet: string | undefined, mappingFile: LoadedMapping | undefined): ImportSession {
  const connections = connectionsIn(file, match);
  const withInventory = match ? match.inventory !== null : connections === null;
  const sheetName = askedSheet ?? mappingFile?.content.sheet ?? match?.inventory?.sheet ?? match?.dependencies[0]?.sheet ?? firstSheet(file)?.name;
  const sheet = file.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new InputError(file.fileName, `has no sheet “${sheetName ?? ''}”; its sheets are ${file.sheets.map((s) => `“${s.name}”`).join(', ') || 'none'}`);
  const header = (sheet.rows[0] ?? []).map((h) => h.trim());
  const preset = match?.inventory?.sheet === sheet.name ? match.inventory.mapping : guessMapping(header);
  const mapping = mappingFile ? applyMappingFile(preset, header, sheet.name, mappingFile) : preset;
  if (withInventory && !mapping.some((t) => t.to === 'field' && t.field === 'name'))
    throw new InputError(
      `${file.fileName}: sheet ${sheet.name}`,
      `no column is read as the workload's name (headers: ${header.map((h) => `"${h}"`).join(', ')}); name one in a mapping file, e.g. {"columns": {"${header[0] ?? 'Host'}": "field:name"}}`,
    );
  const depChoice = firstDependencies(file, sheet.name, match);
  const depTable = dependencyTable(file, sheet, depChoice);
  const depHeader = (depTable?.rows[0] ?? []).map((h) => h.trim());
  const depRoles = tableDependencies(match)?.roles ?? guessDependencyRoles(depHeader);
  const built = buildPreview({
    snapshot,
    file,
    sheet,
    withInventory,
    mapping,
    valueMap: valueMapOf(header, sheet.name, mappingFile),
    match,
    choices: DEFAULT_DISCOVERY_CHOICES,
    depTable,
    depChoice,
    depRoles,
    newId,
    connections,
    noiseRules: DEFAULT_NOISE_RULES,
    addEndpoints: new Set(),
  });
  return { match, sheet, withInventory, mapping, built };
}
