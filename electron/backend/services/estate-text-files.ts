import type { EstateCopy } from '../../../shared/contract.js';
import type { EstateSummary } from '../../../shared/estate/estate.js';
import { writeEstateYaml } from '../../../shared/estate-text/write-text.js';
import { shownName } from '../../../shared/text/shown-name.js';
import { baselineContentOf, scenarioRowsOf } from './estate-scenario-text.js';
import { readEstateTextBytes } from './estate-text-reader.js';
import { type EstateLibrary, slugify } from './library.js';

// The estate's text form in the app (issue 20): export it, add an estate from it, and
// read another copy (text or .waveplan) for a merge without adding it to the library.

const SQLITE_HEADER = 'SQLite format 3\u0000';

const isEstateFile = (bytes: Uint8Array) => bytes.length >= 16 && Buffer.from(bytes.subarray(0, 16)).toString('latin1') === SQLITE_HEADER;

export function exportEstateText(library: EstateLibrary, id: string): { fileName: string; bytes: Buffer } {
  // The baseline's decisions whichever scenario is active, then every other scenario.
  const text = library.estateText(id);
  return { fileName: `${slugify(text.name)}.yaml`, bytes: Buffer.from(writeEstateYaml(text), 'utf8') };
}

export async function importEstateText(library: EstateLibrary, givenName: string, bytes: Uint8Array): Promise<EstateSummary> {
  const fileName = shownName(givenName);
  const text = await readEstateTextBytes(fileName, bytes);
  const { name, content } = baselineContentOf(text);
  return library.addEstate(name, content, fileName, scenarioRowsOf(text));
}

export async function readEstateCopy(library: EstateLibrary, givenName: string, bytes: Uint8Array): Promise<EstateCopy> {
  const fileName = shownName(givenName);
  const copy = isEstateFile(bytes) ? await library.readFileCopy(givenName, bytes) : await readEstateTextBytes(fileName, bytes);
  return { ...copy, fileName };
}
