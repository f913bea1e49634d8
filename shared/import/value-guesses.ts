import { labelOf } from '../domain/enums.js';
import { matchOption } from '../domain/field-text.js';

// What a client's word for an enumerated value probably means: "PRD" is production,
// "Acceptance" staging, "Very High" criticality 1, "Patient data" PHI. These are
// GUESSES: the mapping step shows each one pre-filled beside its value, the architect
// can change it, and the preview shows the stored value beside the word it came from.
// Only a value's own name or label ("production", "Production", "1 · Mission critical")
// is read without being shown as a guess.

type Guess = string | number;

/** Lower-case words (spaces for "_" and runs of blanks) and what they most likely mean. */
const WORDS: Record<string, Guess> = {
  // Environments. DTAP's "Acceptance" is the last stop before production: staging. UAT and
  // QA are where testers work: test.
  prd: 'production',
  prod: 'production',
  produktion: 'production',
  produktiv: 'production',
  productive: 'production',
  live: 'production',
  'prod env': 'production',
  acceptance: 'staging',
  acc: 'staging',
  acpt: 'staging',
  abnahme: 'staging',
  akzeptanz: 'staging',
  'pre prod': 'staging',
  preprod: 'staging',
  'pre-prod': 'staging',
  'pre-production': 'staging',
  'pre production': 'staging',
  'pre-live': 'staging',
  stg: 'staging',
  stage: 'staging',
  uat: 'test',
  qa: 'test',
  qs: 'test',
  tst: 'test',
  testing: 'test',
  sit: 'test',
  int: 'test',
  integration: 'test',
  perf: 'test',
  'performance test': 'test',
  'load test': 'test',
  dev: 'development',
  develop: 'development',
  entwicklung: 'development',
  développement: 'development',
  trn: 'training',
  train: 'training',
  schulung: 'training',
  education: 'training',
  sandbox: 'training',
  'disaster recovery': 'dr',
  'disaster-recovery': 'dr',
  failover: 'dr',
  standby: 'dr',
  // Criticality: 1 mission critical … 4 administrative.
  'very high': 1,
  'mission critical': 1,
  'mission-critical': 1,
  critical: 1,
  'business critical': 2,
  p1: 1,
  high: 2,
  p2: 2,
  medium: 3,
  moderate: 3,
  normal: 3,
  p3: 3,
  low: 4,
  'very low': 4,
  p4: 4,
  // Data classes. There is no "payment card" class: card data is financial.
  'personal data': 'pii',
  personal: 'pii',
  gdpr: 'pii',
  'personal information': 'pii',
  personenbezogen: 'pii',
  'personenbezogene daten': 'pii',
  'pii data': 'pii',
  'patient data': 'phi',
  patient: 'phi',
  ephi: 'phi',
  'e-phi': 'phi',
  health: 'phi',
  'health data': 'phi',
  medical: 'phi',
  clinical: 'phi',
  hipaa: 'phi',
  'phi data': 'phi',
  'payment card': 'financial',
  'payment card data': 'financial',
  pci: 'financial',
  'pci dss': 'financial',
  'pci-dss': 'financial',
  cardholder: 'financial',
  'cardholder data': 'financial',
  'credit card': 'financial',
  finance: 'financial',
  'financial data': 'financial',
  banking: 'financial',
  hr: 'workforce',
  employee: 'workforce',
  'employee data': 'workforce',
  payroll: 'workforce',
  staff: 'workforce',
  personnel: 'workforce',
  internal: 'operational',
  'operational data': 'operational',
  open: 'public',
  'public data': 'public',
  // Kinds.
  app: 'application',
  'app server': 'application',
  'web server': 'application',
  web: 'application',
  db: 'database',
  sql: 'database',
  mssql: 'database',
  'sql server': 'database',
  oracle: 'database',
  mysql: 'database',
  postgres: 'database',
  postgresql: 'database',
  lb: 'ingress',
  'load balancer': 'ingress',
  'reverse proxy': 'ingress',
  proxy: 'ingress',
  nginx: 'ingress',
  ad: 'identity',
  'active directory': 'identity',
  ldap: 'identity',
  sso: 'identity',
  idp: 'identity',
  etl: 'integration',
  esb: 'integration',
  middleware: 'integration',
  interface: 'integration',
  'file server': 'object-storage',
  nas: 'object-storage',
  s3: 'object-storage',
  blob: 'object-storage',
  redis: 'cache',
  memcached: 'cache',
  batch: 'scheduled-job',
  cron: 'scheduled-job',
  job: 'scheduled-job',
  scheduler: 'scheduled-job',
  // Strategies.
  'lift and shift': 'rehost',
  'lift & shift': 'rehost',
  rearchitect: 'refactor',
  're-architect': 'refactor',
  rebuild: 'refactor',
  rewrite: 'refactor',
  replace: 'repurchase',
  saas: 'repurchase',
  decommission: 'retire',
  sunset: 'retire',
  'switch off': 'retire',
  keep: 'retain',
  stay: 'retain',
  // Customization.
  none: 'standard',
  vanilla: 'standard',
  ootb: 'standard',
  'out of the box': 'standard',
  light: 'customized',
  heavy: 'heavily-customized',
  extensive: 'heavily-customized',
};

const normalise = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, ' ');

/** The value's own name or label: read as it is, not a guess. */
export function isExactValue(options: readonly Guess[], text: string): boolean {
  const t = normalise(text);
  return options.some((o) => normalise(String(o)) === t || normalise(labelOf(o)) === t || normalise(String(o)).replace(/-/g, ' ') === t);
}

/**
 * "Tier 0" … "Tier 3": when the column starts at tier 0, tier 0 is mission critical (1);
 * when it starts at tier 1, tier 1 is.
 */
function tierGuess(text: string, column: readonly string[]): number | undefined {
  const m = /^(?:tier|t)\s*-?\s*([0-4])$/.exec(normalise(text));
  if (!m) return undefined;
  const fromZero = column.some((v) => /^(?:tier|t)\s*-?\s*0$/.test(normalise(v)));
  const n = Number(m[1]) + (fromZero ? 1 : 0);
  return n >= 1 && n <= 4 ? n : undefined;
}

/** The option a client's word probably means, with the other values of its column for context. */
export function guessValue<T extends Guess>(options: readonly T[], text: string, column: readonly string[] = []): T | undefined {
  const t = normalise(text);
  const word = WORDS[t] ?? WORDS[t.replace(/-/g, ' ')];
  if (word !== undefined && options.includes(word as T)) return word as T;
  const tier = options.includes(1 as T) ? tierGuess(text, column) : undefined;
  if (tier !== undefined) return tier as T;
  return matchOption(options, text);
}
