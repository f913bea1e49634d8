import type { EstateCopy } from '../../../shared/contract.js';
import type { EstateSummary } from '../../../shared/estate/estate.js';
import { readEstateYaml } from '../../../shared/estate-text/read-text.js';
import { writeEstateYaml } from '../../../shared/estate-text/write-text.js';
import { WaveplanError } from '../../../shared/errors.js';
import { shownName } from '../../../shared/text/shown-name.js';
import { baselineContentOf, scenarioRowsOf } from './estate-scenario-text.js';
import { type EstateLibrary, slugify } from './library.js';

// The estate's text form in the app (issue 20): export it, add an estate from it, and
// read another copy (text or .waveplan) for a merge without adding it to the library.

const SQLITE_HEADER = 'SQLite format 3\u0000';

const isEstateFile = (bytes: Uint8Array) => bytes.length >= 16 && Buffer.from(bytes.subarray(0, 16)).toString('latin1') === SQLITE_HEADER;

/**
 * Text is read on the host's thread (an estate file is read in a worker), so its size is
 * bounded: 256 MB is some 200,000 workloads, twice the largest estate the benchmarks plan.
 */
export const MAX_ESTATE_TEXT_BYTES = 256 * 1024 * 1024;

/** The text of a file, refused by name when it is not UTF-8 text or larger than an estate's text can be. */
function textOf(fileName: string, bytes: Uint8Array): string {
  if (bytes.length > MAX_ESTATE_TEXT_BYTES) {
    throw new WaveplanError('refused-file', `“${fileName}” is ${Math.round(bytes.length / 1024 / 1024)} MB, more than an estate’s text can be (256 MB). Nothing was read from it.`, {
      reason: 'too-large',
    });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new WaveplanError('refused-file', `“${fileName}” is neither a Waveplan estate file nor an estate’s text (YAML in UTF-8). Nothing was read from it.`, { reason: 'not-text' });
  }
}

export function exportEstateText(library: EstateLibrary, id: string): { fileName: string; bytes: Buffer } {
  // The baseline's decisions whichever scenario is active, then every other scenario.
  const text = library.estateText(id);
  return { fileName: `${slugify(text.name)}.yaml`, bytes: Buffer.from(writeEstateYaml(text), 'utf8') };
}

export function importEstateText(library: EstateLibrary, givenName: string, bytes: Uint8Array): EstateSummary {
  const fileName = shownName(givenName);
  const text = readEstateYaml(textOf(fileName, bytes), fileName);
  const { name, content } = baselineContentOf(text);
  return library.addEstate(name, content, fileName, scenarioRowsOf(text));
}

export async function readEstateCopy(library: EstateLibrary, givenName: string, bytes: Uint8Array): Promise<EstateCopy> {
  const fileName = shownName(givenName);
  const copy = isEstateFile(bytes) ? await library.readFileCopy(givenName, bytes) : readEstateYaml(textOf(fileName, bytes), fileName);
  return { ...copy, fileName };
}
