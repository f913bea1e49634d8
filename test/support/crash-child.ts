// The estate service under a crash test: edits one estate as fast as it can, and says
// "ack <n>" on stdout the moment change set n is committed. The parent kills it with
// SIGKILL at a random moment and checks the file. Each change set adds workload
// `crash-<n>` and sets the counter workload's notes to n: both or neither must be there.
import { writeSync } from 'node:fs';
import { EstateLibrary } from '../../electron/backend/services/library.js';
import { blankWorkload } from '../../shared/domain/workload.js';

const [dir, id] = process.argv.slice(2) as [string, string];
const library = new EstateLibrary(dir);
const snapshot = library.snapshot(id);
let revision = snapshot.estate.revision;
let n = Number(snapshot.workloads.find((w) => w.id === 'counter')?.notes || '0');
writeSync(1, 'ready\n');
for (;;) {
  n++;
  const result = library.applyChanges(id, revision, [
    { op: 'addWorkload', workload: blankWorkload(`crash-${n}`, `Crash test ${n}`), position: n + 1 },
    { op: 'updateWorkload', id: 'counter', field: 'notes', value: String(n) },
  ]);
  revision = result.revision;
  writeSync(1, `ack ${n}\n`);
}
