import type { EstateCopy } from '../../../shared/contract.js';
import { BASELINE_SCENARIO_ID, type EstateSummary } from '../../../shared/estate/estate.js';
import { readEstateYaml } from '../../../shared/estate-text/read-text.js';
import type { EstateText } from '../../../shared/estate-text/text-form.js';
import { writeEstateYaml } from '../../../shared/estate-text/write-text.js';
import { WaveplanError } from '../../../shared/errors.js';
import { shownName } from '../../../shared/text/shown-name.js';
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
  // The text form holds the baseline's decisions, whichever scenario is active (it does not carry the other scenarios yet).
  const { estate, scenarios: _scenarios, activeScenarioId: _active, ...content } = library.scenarioSnapshot(id, BASELINE_SCENARIO_ID);
  return { fileName: `${slugify(estate.name)}.yaml`, bytes: Buffer.from(writeEstateYaml({ name: estate.name, ...content }), 'utf8') };
}

export function importEstateText(library: EstateLibrary, givenName: string, bytes: Uint8Array): EstateSummary {
  const fileName = shownName(givenName);
  const { name, ...content } = readEstateYaml(textOf(fileName, bytes), fileName);
  return library.addEstate(name, content, fileName);
}

export async function readEstateCopy(library: EstateLibrary, givenName: string, bytes: Uint8Array): Promise<EstateCopy> {
  const fileName = shownName(givenName);
  let copy: EstateText;
  if (isEstateFile(bytes)) {
    const { estate, scenarios: _scenarios, activeScenarioId: _active, ...content } = await library.readFileCopy(givenName, bytes);
    copy = { name: estate.name, ...content };
  } else copy = readEstateYaml(textOf(fileName, bytes), fileName);
  return { ...copy, fileName };
}
