import { WaveplanError } from '../../../shared/errors.js';

// The bytes of a file that should be an estate's text form, as text: UTF-8 or refused.
// One place for the app (estate-text-files.ts) and the command line (estate-text-at-path.ts),
// so a file the app refuses is not read by `waveplan` with its bad bytes turned into "�".

/** 256 MB is some 200,000 workloads, twice the largest estate the benchmarks plan. */
export const MAX_ESTATE_TEXT_BYTES = 256 * 1024 * 1024;

/** The 1-based line of the first byte that is not UTF-8 (U+FFFD where the lenient decoder replaced it). */
function lineOfBadByte(bytes: Uint8Array): number {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const at = lenient.indexOf('\uFFFD');
  return at < 0 ? 1 : lenient.slice(0, at).split('\n').length;
}

/** The text of a file, refused by name when it is larger than an estate's text can be or not UTF-8; a byte-order mark is dropped. */
export function estateTextOf(fileName: string, bytes: Uint8Array): string {
  if (bytes.length > MAX_ESTATE_TEXT_BYTES) {
    throw new WaveplanError('refused-file', `“${fileName}” is ${Math.round(bytes.length / 1024 / 1024)} MB, more than an estate’s text can be (256 MB). Nothing was read from it.`, {
      reason: 'too-large',
    });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new WaveplanError(
      'refused-file',
      `“${fileName}” is neither a Waveplan estate file nor an estate’s text (YAML in UTF-8): line ${lineOfBadByte(bytes)} has bytes that are not UTF-8. Nothing was read from it.`,
      { reason: 'not-text' },
    );
  }
}
