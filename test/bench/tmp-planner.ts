import { generateSyntheticEstate } from '../../shared/synthetic/generate-estate.js';
import { plannerBenchmark } from './planner-bench.js';
const r = plannerBenchmark(generateSyntheticEstate({ workloads: 10000, dependencies: 50000 }), 9);
console.log(r, (r.ours / r.base).toFixed(2));
