import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { WaveplanError } from '../../../shared/errors.js';

// A file the user picked or the system handed us is read whole (its bytes cross to the
// window and back), so its size is checked before it is read: a multi-gigabyte file
// picked by mistake must not take the main process's memory.

/** Larger than any estate or inventory Waveplan reads (estates: 1 million workloads; spreadsheets: 50 MB). */
export const PICKED_FILE_LIMIT = 512 * 1024 * 1024;

export async function readPickedFile(path: string, limit = PICKED_FILE_LIMIT): Promise<{ fileName: string; bytes: Buffer }> {
  const fileName = basename(path);
  const { size, isFile } = await stat(path).then(
    (s) => ({ size: s.size, isFile: s.isFile() }),
    () => {
      throw new WaveplanError('not-found', `“${fileName}” is not there any more (${path}). It may have been moved or deleted.`);
    },
  );
  if (!isFile) throw new WaveplanError('refused-file', `“${fileName}” is not a file. It was not opened.`);
  if (size > limit)
    throw new WaveplanError(
      'refused-file',
      `“${fileName}” is ${Math.round(size / 1024 / 1024).toLocaleString('en')} MB, larger than any file Waveplan reads (${Math.round(limit / 1024 / 1024)} MB). It was not opened.`,
    );
  return { fileName, bytes: await readFile(path) };
}
