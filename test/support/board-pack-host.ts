import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../electron/backend/handlers.js';
import { rendererDir } from '../../electron/backend/services/app-root.js';
import { exportBoardPack } from '../../electron/backend/services/board-pack/export-board-pack.js';
import { headlessBoardPackPrinter } from '../../electron/backend/services/board-pack/print-pdf.js';
import { EstateLibrary } from '../../electron/backend/services/library.js';
import { startWebHost, type WebHost } from '../../electron/web/web-host.js';
import type { Dependency } from '../../shared/domain/dependency.js';
import type { Workload } from '../../shared/domain/workload.js';
import type { PlanSettings } from '../../shared/planner/settings.js';

// Prints board packs the way the web host does, in this process: a temporary library,
// the built renderer served on loopback, headless Chromium on the print route. For the
// page-image script and the benchmark (the browser test goes through the app itself).

export interface PackHost {
  add(name: string, estate: { workloads: Workload[]; dependencies: Dependency[] }, planSettings?: PlanSettings): string;
  print(id: string): Promise<{ fileName: string; bytes: Buffer }>;
  close(): Promise<void>;
}

export async function startPackHost(): Promise<PackHost> {
  const dir = mkdtempSync(join(tmpdir(), 'waveplan-board-pack-'));
  const library = new EstateLibrary(dir);
  const started: { host?: WebHost } = {};
  const printer = headlessBoardPackPrinter(() => ({ url: started.host?.url ?? '', token: started.host?.token ?? '' }));
  const host = await startWebHost({ handlers: createHandlers({ host: 'web', library, boardPack: printer, checkOutputs: false }), staticDir: rendererDir() });
  started.host = host;
  return {
    add: (name, estate, planSettings) => library.create(name, estate, planSettings ? { planSettings } : {}).id,
    print: (id) => exportBoardPack(library, printer, { id }, () => undefined),
    async close() {
      library.closeAll();
      await host.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Pages in a PDF as Chromium writes it (one /Type /Page object per page). */
export function pdfPageCount(bytes: Buffer): number {
  return bytes.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}
