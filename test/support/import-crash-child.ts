// An import under a crash test: adds the same estate file to the library again and
// again, and says "imported <id>" the moment each one is in. The parent kills it with
// SIGKILL at a random moment; the library must then hold only whole estates, and a new
// start must clear what the killed import left in `.incoming`.
import { readFileSync, writeSync } from 'node:fs';
import { EstateLibrary } from '../../electron/backend/services/library.js';

const [dir, file] = process.argv.slice(2) as [string, string];
const library = new EstateLibrary(dir);
const bytes = readFileSync(file);
writeSync(1, 'ready\n');
for (;;) {
  const summary = await library.importFile('from-a-colleague.waveplan', bytes);
  library.close(summary.id);
  writeSync(1, `imported ${summary.id}\n`);
}
