import type { EstateCopy } from '../../../shared/contract.js';
import { BASELINE_SCENARIO_ID, type EstateSummary } from '../../../shared/estate/estate.js';
import type { EstateText } from '../../../shared/estate-text/text-form.js';
import { writeEstateYaml } from '../../../shared/estate-text/write-text.js';
import { shownName } from '../../../shared/text/shown-name.js';
import { readEstateTextBytes } from './estate-text-reader.js';
import { type EstateLibrary, slugify } from './library.js';

// The estate's text form in the app (issue 20): export it, add an estate from it, and
// read another copy (text or .waveplan) for a merge without adding it to the library.

const SQLITE_HEADER = 'SQLite format 3\u0000';

const isEstateFile = (bytes: Uint8Array) => bytes.length >= 16 && Buffer.from(bytes.subarray(0, 16)).toString('latin1') === SQLITE_HEADER;

export function exportEstateText(library: EstateLibrary, id: string): { fileName: string; bytes: Buffer } {
  // The text form holds the baseline's decisions, whichever scenario is active (it does not carry the other scenarios yet).
  const { estate, scenarios: _scenarios, activeScenarioId: _active, ...content } = library.scenarioSnapshot(id, BASELINE_SCENARIO_ID);
  return { fileName: `${slugify(estate.name)}.yaml`, bytes: Buffer.from(writeEstateYaml({ name: estate.name, ...content }), 'utf8') };
}

export async function importEstateText(library: EstateLibrary, givenName: string, bytes: Uint8Array): Promise<EstateSummary> {
  const fileName = shownName(givenName);
  const { name, ...content } = await readEstateTextBytes(fileName, bytes);
  return library.addEstate(name, content, fileName);
}

export async function readEstateCopy(library: EstateLibrary, givenName: string, bytes: Uint8Array): Promise<EstateCopy> {
  const fileName = shownName(givenName);
  let copy: EstateText;
  if (isEstateFile(bytes)) {
    const { estate, scenarios: _scenarios, activeScenarioId: _active, ...content } = await library.readFileCopy(givenName, bytes);
    copy = { name: estate.name, ...content };
  } else copy = await readEstateTextBytes(fileName, bytes);
  return { ...copy, fileName };
}
