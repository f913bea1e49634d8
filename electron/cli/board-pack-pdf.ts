import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WaveplanError } from '../../shared/errors.js';
import { rendererDir } from '../backend/services/app-root.js';
import { exportBoardPack } from '../backend/services/board-pack/export-board-pack.js';
import { headlessBoardPackPrinter } from '../backend/services/board-pack/print-pdf.js';
import { createHandlers } from '../backend/handlers.js';
import { EstateLibrary } from '../backend/services/library.js';
import { startWebHost } from '../web/web-host.js';
import type { CliIo } from './command.js';
import { readEstateAt } from './estate-at-path.js';
import { progressLine } from './progress-line.js';

// `waveplan export --pdf`: the board pack as the app prints it. The estate (checked as
// every command reads it) is put in a throwaway library, served by a web host on
// loopback for the length of the print, and its print route printed by headless
// Chromium, the web host's own printer: the same pages as Export › Board pack.

export async function boardPackPdf(path: string, io: CliIo, scenarioId?: string): Promise<{ fileName: string; bytes: Buffer }> {
  const staticDir = rendererDir();
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new WaveplanError('invalid-input', `The board pack is printed from the app's pages, which are not built (${staticDir} has no index.html): run \`npm run build\` first.`);
  }
  const { estate, ...content } = await readEstateAt(path);
  const dir = mkdtempSync(join(tmpdir(), 'waveplan-pack-'));
  const library = new EstateLibrary(dir);
  const progress = progressLine(io, 'Printing the board pack');
  const started: { url?: string; token?: string } = {};
  const printer = headlessBoardPackPrinter(() => ({ url: started.url as string, token: started.token as string }));
  const host = await startWebHost({ handlers: createHandlers({ host: 'web', library, boardPack: printer }), staticDir });
  try {
    started.url = host.url;
    started.token = host.token;
    const { id } = library.addEstate(estate.name, content);
    return await exportBoardPack(library, printer, { id, scenarioId }, (done, total, stage) => progress.update(done, total, stage));
  } finally {
    progress.end();
    library.closeAll();
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
