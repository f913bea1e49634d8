// Bundles the `waveplan` command line (electron/cli) into dist-cli/: one file per entry
// (the command, its worker threads) and a chunk per command, loaded when it runs.
// Why: run from tsc's output, `waveplan plan` loaded about 600 modules (zod alone ships
// 235 files, the holiday calendar's astronomy 195) and Node resolved, read and compiled
// each one before planning anything; a CI job that plans pays that on every run. Bundled,
// start-up is a handful of files. Packages that find their own files on disk
// (better-sqlite3's native addon, playwright-core's browser scripts) and the workbook
// library, loaded only by the commands that write workbooks, stay outside the bundle.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every worker thread's source under `dir`, by the name it is started with (its file name). */
function workerEntries(dir) {
  const entries = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('-worker.ts')) entries[basename(entry.name, '.ts')] = relative(root, join(entry.parentPath ?? entry.path, entry.name));
  }
  return entries;
}
const outdir = join(root, 'dist-cli');
rmSync(outdir, { recursive: true, force: true });

// The holiday calendar (date-holidays, with moment-timezone and its astronomy: about 2 MB)
// is needed only by an estate whose plan names a country's public holidays, yet compiling
// and running it took a tenth of `waveplan plan`'s time on every run. It is bundled on its
// own (HOLIDAY_RULES) and the command's bundle gets a stand-in with the same default
// export that loads it the first time a calendar is made.
const HOLIDAY_RULES = 'date-holidays.cjs';
const lazyHolidayRules = {
  name: 'lazy-holiday-rules',
  setup(bundle) {
    bundle.onResolve({ filter: /^date-holidays$/ }, () => ({ path: 'date-holidays', namespace: 'lazy-holiday-rules' }));
    bundle.onLoad({ filter: /.*/, namespace: 'lazy-holiday-rules' }, () => ({
      loader: 'js',
      contents: `import { createRequire } from 'node:module';
const load = createRequire(import.meta.url);
let rules;
// Called with new, as the package's class is: a constructor that returns an object gives that object.
export default function Holidays(...args) {
  rules ??= load('./${HOLIDAY_RULES}');
  return new rules(...args);
}`,
    }));
  },
};
await build({
  absWorkingDir: root,
  stdin: { contents: "module.exports = require('date-holidays');", resolveDir: root, sourcefile: 'holiday-rules.cjs' },
  outfile: join(outdir, HOLIDAY_RULES),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});

await build({
  absWorkingDir: root,
  // Worker threads are started by file name beside their caller (worker-thread.ts): every
  // chunk is in outdir, and every worker under electron/ is an entry of its own, found by
  // its name (*-worker.ts) so that a new one cannot be left out of the bundle.
  entryPoints: { main: 'electron/cli/main.ts', ...workerEntries(join(root, 'electron')) },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3', 'playwright-core', 'exceljs', 'electron'],
  // CommonJS packages inside the bundle call require() for Node's own modules.
  banner: { js: "import { createRequire as __waveplanRequire } from 'node:module'; const require = __waveplanRequire(import.meta.url);" },
  plugins: [lazyHolidayRules],
  sourcemap: 'linked',
  logLevel: 'warning',
});
