import { basename, dirname, resolve } from 'node:path';
import type { EstateSummary } from '../../shared/estate/estate.js';
import { ESTATE_EXTENSION } from '../backend/services/estate-file.js';
import type { EstateLibrary } from '../backend/services/library.js';
import { readPickedFile } from '../backend/services/read-picked-file.js';

// Estate files the operating system asks Waveplan to open: a double-click on a
// .waveplan file (the package declares the association), "Open with", or a path on the
// command line. macOS says so with the app's `open-file` event, Windows and Linux start
// the app (or a second instance, which hands its command line to the first) with the
// path in argv. The paths wait here until the window asks for them; each then goes
// through the same checks as "Open an estate file…".

export interface OpenedFiles {
  opened: EstateSummary[];
  refused: { fileName: string; message: string }[];
}

/** The .waveplan paths in a command line (flags and the app's own path left out). */
export function estatePathsInArgv(argv: readonly string[], cwd: string): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(ESTATE_EXTENSION)).map((arg) => resolve(cwd, arg));
}

export class OpenedFileQueue {
  private readonly paths: string[] = [];

  add(paths: readonly string[]): void {
    for (const path of paths) if (!this.paths.includes(path)) this.paths.push(path);
  }

  get pending(): number {
    return this.paths.length;
  }

  /** Opens every waiting file: one already in the library as it is, any other as a checked copy. */
  async take(library: EstateLibrary): Promise<OpenedFiles> {
    const result: OpenedFiles = { opened: [], refused: [] };
    for (const path of this.paths.splice(0)) {
      const fileName = basename(path);
      try {
        if (resolve(dirname(path)) === resolve(library.dir)) {
          result.opened.push(library.summary(fileName.slice(0, -ESTATE_EXTENSION.length)));
          continue;
        }
        const picked = await readPickedFile(path);
        result.opened.push(await library.importFile(fileName, picked.bytes));
      } catch (error) {
        result.refused.push({ fileName, message: error instanceof Error ? error.message : String(error) });
      }
    }
    return result;
  }
}
