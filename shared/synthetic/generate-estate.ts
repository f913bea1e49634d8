import { DATA_CLASSES, DEPENDENCY_KINDS, ENVIRONMENTS, READINESS_CHECKS, STRATEGIES, WORKLOAD_KINDS } from '../domain/enums.js';
import type { Dependency } from '../domain/dependency.js';
import { blankWorkload } from '../domain/blank-workload.js';
import type { Workload } from '../domain/workload.js';

// Deterministic synthetic estates for tests and benchmarks: the same options always
// give the same estate. Workloads come in systems of a few environments each, and
// dependencies mostly point from later systems to earlier ones (so the graph is
// layered like a real estate), with a few back edges that make cycles.

export interface SyntheticOptions {
  workloads: number;
  dependencies: number;
  seed?: number;
}

/** mulberry32: tiny, fast and good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYSTEM_NAMES = ['Odoo ERP', 'Patient portal', 'Scheduling', 'Pharmacy', 'Procurement', 'Payroll', 'Analytics', 'Billing', 'Lab results', 'Radiology', 'Rostering', 'Document archive'];

export function generateSyntheticEstate({ workloads: count, dependencies: depCount, seed = 42 }: SyntheticOptions): { workloads: Workload[]; dependencies: Dependency[] } {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const workloads: Workload[] = [];
  for (let i = 0; i < count; i++) {
    const systemIndex = Math.floor(i / 6);
    const system = `${SYSTEM_NAMES[systemIndex % SYSTEM_NAMES.length]} ${Math.floor(systemIndex / SYSTEM_NAMES.length) + 1}`;
    const environment = i % 6 < 3 ? 'production' : pick(ENVIRONMENTS);
    const kind = pick(WORKLOAD_KINDS);
    const classes = DATA_CLASSES.filter(() => random() < 0.25);
    workloads.push({
      ...blankWorkload(`syn-${i}`, `${system} ${kind} ${i}`),
      system,
      kind,
      environment,
      tenant: i % 3 === 0 ? 'Tenant A' : 'Tenant B',
      owner: `Team ${(systemIndex % 17) + 1}`,
      criticality: pick([1, 2, 3, 4] as const),
      dataClasses: classes,
      masked: environment !== 'production' && random() < 0.5,
      complianceTags: random() < 0.3 ? ['hipaa'] : [],
      users: Math.floor(random() * 5000),
      vcpu: 1 + Math.floor(random() * 32),
      memoryGb: 2 + Math.floor(random() * 128),
      storageGb: Math.floor(random() * 2000),
      databaseGb: kind === 'database' ? Math.floor(random() * 1000) : null,
      rpoMinutes: pick([5, 15, 60, 240, 1440]),
      rtoMinutes: pick([60, 240, 480, 1440]),
      currentMonthlyCost: Math.round(random() * 5000),
      strategy: pick(STRATEGIES),
      readiness: READINESS_CHECKS.filter(() => random() < 0.5),
    });
  }
  const dependencies: Dependency[] = [];
  const seen = new Set<string>();
  for (let i = 0; dependencies.length < depCount && count > 1 && i < depCount * 4; i++) {
    const consumer = Math.floor(random() * count);
    // Mostly to an earlier workload nearby; one in fifty goes forwards (cycles happen).
    const span = 1 + Math.floor(random() * Math.min(count - 1, 60));
    const provider = random() < 0.02 ? (consumer + span) % count : (consumer - span + count) % count;
    const key = `${consumer}>${provider}`;
    if (provider === consumer || seen.has(key)) continue;
    seen.add(key);
    dependencies.push({
      id: `syn-dep-${dependencies.length}`,
      consumerId: `syn-${consumer}`,
      providerId: `syn-${provider}`,
      kind: pick(DEPENDENCY_KINDS),
      coupling: random() < 0.2 ? 'tight' : 'loose',
      dataClasses: DATA_CLASSES.filter(() => random() < 0.15),
      protocol: 'https/443',
      notes: '',
    });
  }
  return { workloads, dependencies };
}
