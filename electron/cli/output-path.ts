import { accessSync, constants, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { WaveplanError } from '../../shared/errors.js';

// Where a command writes (an export's -o, an import's --into, a merge's -o), checked
// before anything is made there: a folder that is not there, a folder given as the file,
// a folder Waveplan may not write in. Said as the person's mistake (exit 2) naming the
// path, not as a fault of Waveplan's (exit 3) with the name of a temporary file.

const refused = (message: string) => new WaveplanError('refused-file', `${message} Nothing was written.`);

/** Throws a refusal naming `path` when a file cannot be written (or replaced) there. */
export function checkOutputPath(path: string): void {
  const folder = dirname(path);
  let folderIs;
  try {
    folderIs = statSync(folder);
  } catch {
    throw refused(`Cannot write ${path}: there is no folder ${folder}.`);
  }
  if (!folderIs.isDirectory()) throw refused(`Cannot write ${path}: ${folder} is a file, not a folder.`);
  const target = statSync(path, { throwIfNoEntry: false });
  if (target?.isDirectory()) throw refused(`Cannot write ${path}: it is a folder; name a file in it.`);
  try {
    accessSync(folder, constants.W_OK);
    if (target) accessSync(path, constants.W_OK);
  } catch {
    throw refused(`Cannot write ${path}: permission denied.`);
  }
}
