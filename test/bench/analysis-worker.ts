// Runs the analysis benchmark in a worker thread, so it measures in a heap that holds
// only its own estate: the service benchmark before it leaves tens of megabytes alive,
// and collecting around that would bill the side that allocates more for another
// benchmark's data. Both sides still run here, interleaved, in the same heap.
import { parentPort, workerData } from 'node:worker_threads';
import { generateSyntheticEstate } from '../../shared/synthetic/generate-estate.js';
import { analysisBenchmark } from './analysis-bench.js';

const { workloads, dependencies, seed, rounds } = workerData as { workloads: number; dependencies: number; seed: number; rounds: number };
parentPort?.postMessage(analysisBenchmark(generateSyntheticEstate({ workloads, dependencies, seed }), rounds));
