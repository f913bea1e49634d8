import { Worker, type ResourceLimits } from 'node:worker_threads';

// Starts one of the back end's worker threads (a file from outside is read in one, so
// that a hostile file costs the worker, never the host). `from` is the caller's
// import.meta.url and `name` the worker's file name without extension, beside it.
// Compiled, the worker is the .js beside the caller (inside an asar too: Electron 17+
// loads workers from it). Run from the TypeScript sources (the unit tests), it is the
// .ts, loaded through tsx: registered inside the worker before the import, because
// `--import tsx` in a worker's execArgv does not reliably take effect before the
// worker's own module is loaded (Node 20).
export function startWorker(from: string, name: string, resourceLimits: ResourceLimits): Worker {
  const options = { resourceLimits, stdout: false, stderr: false };
  if (!from.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, from), options);
  const source = JSON.stringify(new URL(`./${name}.ts`, from).href);
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${source}); });`, { ...options, eval: true });
}
