// Issue 4: full recomputation of sensitivity, tier recommendations and findings for
// the 10,000 / 50,000 synthetic estate, as a ratio to one linear pass over the same
// workloads and dependencies (target 5x or less). The baseline indexes the workloads
// by id and visits both ends of every dependency, reading its data classes: the
// least any whole-estate analysis must do.
import type { Dependency } from '../../shared/domain/dependency.js';
import type { Workload } from '../../shared/domain/workload.js';
import { Worker } from 'node:worker_threads';
import { analyseEstate } from '../../shared/findings/analyse.js';
import { interleaved } from './interleaved.js';

export function linearPass(workloads: readonly Workload[], dependencies: readonly Dependency[]): number {
  const byId = new Map<string, { w: Workload; degree: number; classes: number }>();
  for (const w of workloads) byId.set(w.id, { w, degree: 0, classes: w.dataClasses.length });
  let touched = 0;
  for (const d of dependencies) {
    const a = byId.get(d.consumerId);
    const b = byId.get(d.providerId);
    if (a) {
      a.degree++;
      a.classes += d.dataClasses.length;
    }
    if (b) {
      b.degree++;
      b.classes += d.dataClasses.length;
    }
    touched += a && b ? 1 : 0;
  }
  return touched;
}

export function analysisBenchmark(estate: { workloads: Workload[]; dependencies: Dependency[] }, rounds: number): { base: number; ours: number; findings: number } {
  let findings = 0;
  // Ten warm-ups: the checks run once per analysis, so they need a few analyses before
  // the JIT has compiled their loops.
  const times = interleaved({
    warmUp: 10,
    rounds,
    base: () => linearPass(estate.workloads, estate.dependencies),
    ours: () => (findings = analyseEstate(estate).findings.length),
  });
  return { ...times, findings };
}

/** The benchmark above in a fresh worker thread (see analysis-worker.ts). */
export function analysisBenchmarkInWorker(options: { workloads: number; dependencies: number; seed?: number; rounds: number }): Promise<{ base: number; ours: number; findings: number }> {
  return new Promise((resolve, reject) => {
    // The worker is TypeScript too: a one-line bootstrap registers tsx in it first.
    const entry = JSON.stringify(new URL('./analysis-worker.ts', import.meta.url).href);
    const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${entry}); })`;
    const worker = new Worker(bootstrap, { eval: true, workerData: { seed: 42, ...options } });
    worker.once('message', (result: { base: number; ours: number; findings: number }) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
