import { Worker, type ResourceLimits } from 'node:worker_threads';

// Starts one of the back end's worker threads (a file from outside is read in one, so
// that a hostile file costs the worker, never the host). `from` is the caller's
// import.meta.url and `name` the worker's file name without extension, beside it.
// Compiled, the worker is the .js beside the caller (inside an asar too: Electron 17+
// loads workers from it). Run from the TypeScript sources (the unit tests), it is the
// .ts, loaded through tsx: registered inside the worker before the import, because
// `--import tsx` in a worker's execArgv does not reliably take effect before the
// worker's own module is loaded (Node 20). tsx is named by its resolved URL: an eval'd
// worker resolves a bare name from the process's working folder, which for the command
// line (`waveplan import` run from anywhere) is not the repository.
export function startWorker(from: string, name: string, resourceLimits: ResourceLimits): Worker {
  const options = { resourceLimits, stdout: false, stderr: false };
  if (!from.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, from), options);
  const source = JSON.stringify(new URL(`./${name}.ts`, from).href);
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return new Worker(`import(${tsx}).then(({ register }) => { register(); return import(${source}); });`, { ...options, eval: true });
}
