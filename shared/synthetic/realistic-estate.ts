import type { Dependency } from '../domain/dependency.js';
import { blankWorkload } from '../domain/blank-workload.js';
import type { DataClass, DependencyKind, Environment, ReadinessCheck, WorkloadKind } from '../domain/enums.js';
import { READINESS_CHECKS } from '../domain/enums.js';
import type { Workload } from '../domain/workload.js';
import { seededRandom } from './generate-estate.js';

// Estates shaped like real ones, for the planner's tests and benchmarks (issue 16): the
// old generator (generate-estate.ts) links workloads at random, which makes one cycle
// of nearly every workload, and stays only as a stress case. Here an estate is:
//
// - shared platform services per environment tier (identity, secrets vault, ingress,
//   central logging/SIEM, monitoring, backup), which every system uses;
// - systems in web, app, worker, database and cache roles (2 to 7 workloads in each
//   environment: an app and its database at least, up to three app servers in
//   production), each in production and one to three other environments (staging
//   first), some with a DR copy;
// - inside a system's environment: web → app (loose), app and worker → database (tight),
//   app → cache (loose);
// - integrations between systems' production apps, from a later system to an earlier
//   one (so mostly acyclic), with a few small cycles of two or three systems;
// - loose monitoring and logging links to everything: monitoring scrapes each workload,
//   each workload ships its logs, the backup agent reads every database.
// The same options always give the same estate.

export interface RealisticOptions {
  workloads: number;
  seed?: number;
  /** Share of systems with a small integration cycle (default 3%). */
  cycleShare?: number;
}

const DOMAINS: { name: string; classes: DataClass[] }[] = [
  { name: 'Clinical', classes: ['phi', 'pii'] },
  { name: 'Patient portal', classes: ['phi', 'pii'] },
  { name: 'Finance', classes: ['financial'] },
  { name: 'Payroll', classes: ['workforce', 'financial', 'pii'] },
  { name: 'Procurement', classes: ['financial', 'operational'] },
  { name: 'Scheduling', classes: ['pii', 'operational'] },
  { name: 'Analytics', classes: ['operational'] },
  { name: 'Intranet', classes: ['operational'] },
  { name: 'Website', classes: ['public'] },
];

const PLATFORM: { role: string; kind: WorkloadKind }[] = [
  { role: 'Identity provider', kind: 'identity' },
  { role: 'Secrets vault', kind: 'identity' },
  { role: 'Ingress', kind: 'ingress' },
  { role: 'Central logging (SIEM)', kind: 'monitoring' },
  { role: 'Monitoring', kind: 'monitoring' },
  { role: 'Backup', kind: 'backup' },
];

const ROLES: { role: string; kind: WorkloadKind }[] = [
  { role: 'web', kind: 'application' },
  { role: 'app', kind: 'application' },
  { role: 'worker', kind: 'worker' },
  { role: 'database', kind: 'database' },
  { role: 'cache', kind: 'cache' },
];

const OTHER_ENVIRONMENTS: Environment[] = ['staging', 'test', 'development'];

export function generateRealisticEstate({ workloads: count, seed = 7, cycleShare = 0.03 }: RealisticOptions): { workloads: Workload[]; dependencies: Dependency[] } {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const workloads: Workload[] = [];
  const dependencies: Dependency[] = [];
  const linked = new Set<string>();
  const link = (consumer: Workload, provider: Workload, kind: DependencyKind, coupling: 'tight' | 'loose', dataClasses: DataClass[] = []) => {
    const pair = `${consumer.id}>${provider.id}`;
    if (consumer.id === provider.id || linked.has(pair)) return;
    linked.add(pair);
    dependencies.push({
      id: `rd-${dependencies.length}`,
      consumerId: consumer.id,
      providerId: provider.id,
      kind,
      coupling,
      dataClasses,
      protocol: kind === 'database' ? 'tcp/5432' : 'https/443',
      notes: '',
    });
  };
  const add = (name: string, spec: Partial<Workload>): Workload | undefined => {
    if (workloads.length >= count) return undefined;
    const w: Workload = { ...blankWorkload(`rw-${workloads.length}`, name), ...spec };
    workloads.push(w);
    return w;
  };
  const sized = (kind: WorkloadKind, environment: Environment): Partial<Workload> => {
    const scale = environment === 'production' || environment === 'dr' ? 1 : 0.4;
    return {
      vcpu: Math.max(1, Math.round((kind === 'database' ? 8 : 4) * scale * (0.5 + random()))),
      memoryGb: Math.max(2, Math.round((kind === 'database' ? 64 : 16) * scale * (0.5 + random()))),
      storageGb: Math.round((kind === 'database' ? 500 : 50) * scale * (0.5 + random())),
      databaseGb: kind === 'database' ? Math.round(300 * scale * (0.2 + random())) : null,
      currentMonthlyCost: Math.round((kind === 'database' ? 900 : 300) * scale * (0.5 + random())),
      readiness: READINESS_CHECKS.filter(() => random() < (environment === 'production' ? 0.6 : 0.3)) as ReadinessCheck[],
    };
  };

  // The platform: one set for production (and its DR), one for everything else.
  const platformOf = new Map<'production' | 'non-production', Workload[]>();
  for (const tier of ['production', 'non-production'] as const) {
    const environment: Environment = tier === 'production' ? 'production' : 'staging';
    const services: Workload[] = [];
    for (const p of PLATFORM) {
      const w = add(`${p.role} (${tier})`, {
        system: `Platform (${tier})`,
        kind: p.kind,
        environment,
        criticality: tier === 'production' ? 1 : 3,
        strategy: 'replatform',
        ...sized(p.kind, environment),
      });
      if (w) services.push(w);
    }
    platformOf.set(tier, services);
  }
  const platform = (environment: Environment) => platformOf.get(environment === 'production' || environment === 'dr' ? 'production' : 'non-production') ?? [];

  // Systems, until the count is reached.
  const productionApps: { app: Workload; classes: DataClass[] }[] = [];
  for (let s = 0; workloads.length < count; s++) {
    const domain = pick(DOMAINS);
    const system = `${domain.name} ${s + 1}`;
    const roles = ROLES.filter((r) => r.role === 'app' || r.role === 'database' || random() < 0.6);
    const copies = 1 + Math.floor(random() * 3); // app servers in production: one to three
    const criticality = pick([1, 2, 2, 3, 3, 4] as const);
    const environments: Environment[] = ['production', ...OTHER_ENVIRONMENTS.slice(0, Math.floor(random() * 3) + 1)];
    if (criticality <= 2 && random() < 0.4) environments.push('dr');
    for (const environment of environments) {
      const members = new Map<string, Workload[]>();
      for (const r of roles) {
        const n = r.role === 'app' && environment === 'production' ? copies : 1;
        for (let i = 0; i < n; i++) {
          const w = add(`${system} ${r.role}${n > 1 ? ` ${i + 1}` : ''} (${environment})`, {
            system,
            kind: r.kind,
            environment,
            criticality,
            customization: pick(['standard', 'standard', 'customized', 'heavily-customized'] as const),
            dataClasses: r.kind === 'cache' ? [] : domain.classes,
            masked: environment !== 'production' && environment !== 'dr' && random() < 0.6,
            strategy: pick(['rehost', 'rehost', 'replatform', 'refactor'] as const),
            rpoMinutes: environment === 'production' ? pick([5, 15, 60]) : null,
            rtoMinutes: environment === 'production' ? pick([60, 240, 480]) : null,
            ...sized(r.kind, environment),
          });
          if (!w) break;
          members.set(r.role, [...(members.get(r.role) ?? []), w]);
        }
      }
      const one = (role: string) => members.get(role) ?? [];
      for (const web of one('web')) for (const app of one('app')) link(web, app, 'api', 'loose', domain.classes);
      for (const app of [...one('app'), ...one('worker')]) for (const db of one('database')) link(app, db, 'database', 'tight', domain.classes);
      for (const app of one('app')) for (const cache of one('cache')) link(app, cache, 'cache', 'loose');
      // The platform: identity and secrets for the apps, ingress to the web (or app) tier,
      // logs from everything, monitoring of everything, backups of the databases.
      const [identity, vault, ingress, logging, monitoring, backup] = platform(environment);
      const front = one('web').length ? one('web') : one('app');
      for (const w of [...members.values()].flat()) {
        if (identity && (w.kind === 'application' || w.kind === 'worker')) link(w, identity, 'identity', 'loose');
        if (vault && (w.kind === 'application' || w.kind === 'worker')) link(w, vault, 'api', 'loose');
        if (logging) link(w, logging, 'api', 'loose');
        if (monitoring) link(monitoring, w, 'api', 'loose');
        if (backup && w.kind === 'database') link(backup, w, 'batch', 'loose', domain.classes);
      }
      if (ingress) for (const w of front) link(ingress, w, 'api', 'loose', domain.classes);
      if (environment === 'production') for (const app of one('app').slice(0, 1)) productionApps.push({ app, classes: domain.classes });
    }
  }

  // Integrations between systems' production apps: a later system uses earlier ones.
  for (let i = 1; i < productionApps.length; i++) {
    const consumer = productionApps[i] as (typeof productionApps)[number];
    const integrations = Math.floor(random() * 3);
    for (let k = 0; k < integrations; k++) {
      const provider = productionApps[Math.max(0, i - 1 - Math.floor(random() * Math.min(i, 40)))] as (typeof productionApps)[number];
      if (provider.app.id !== consumer.app.id)
        link(
          consumer.app,
          provider.app,
          pick(['api', 'queue', 'file-transfer', 'hl7-fhir'] as const),
          'loose',
          provider.classes.filter(() => random() < 0.5),
        );
    }
    // Now and then a small loop: the provider calls back (two systems), or through a third.
    if (random() < cycleShare && i >= 2) {
      const back = productionApps[i - 1] as (typeof productionApps)[number];
      link(back.app, consumer.app, 'queue', 'loose');
      link(consumer.app, back.app, 'api', 'loose');
    }
  }
  return { workloads, dependencies };
}
