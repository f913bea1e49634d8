// Bundles the `waveplan` command line (electron/cli) into dist-cli/: one file per entry
// (the command, its worker threads) and a chunk per command, loaded when it runs.
// Why: run from tsc's output, `waveplan plan` loaded about 600 modules (zod alone ships
// 235 files, the holiday calendar's astronomy 195) and Node resolved, read and compiled
// each one before planning anything; a CI job that plans pays that on every run. Bundled,
// start-up is a handful of files. Packages that find their own files on disk
// (better-sqlite3's native addon, playwright-core's browser scripts) and the workbook
// library, loaded only by the commands that write workbooks, stay outside the bundle.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist-cli');
rmSync(outdir, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  // Worker threads are started by file name beside their caller (worker-thread.ts): every chunk is in outdir.
  entryPoints: {
    main: 'electron/cli/main.ts',
    'row-check-worker': 'electron/cli/row-check-worker.ts',
    'estate-reader-worker': 'electron/backend/services/estate-reader-worker.ts',
    'spreadsheet-worker': 'electron/backend/services/excel/spreadsheet-worker.ts',
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3', 'playwright-core', 'exceljs', 'electron'],
  // CommonJS packages inside the bundle call require() for Node's own modules.
  banner: { js: "import { createRequire as __waveplanRequire } from 'node:module'; const require = __waveplanRequire(import.meta.url);" },
  sourcemap: 'linked',
  logLevel: 'warning',
});
