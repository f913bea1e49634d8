import fc from 'fast-check';
import { DependencySchema, type Dependency } from '../../shared/domain/dependency.js';
import { COUPLINGS, CRITICALITIES, CUSTOMIZATIONS, DATA_CLASSES, DEPENDENCY_KINDS, ENVIRONMENTS, LICENSINGS, READINESS_CHECKS, STRATEGIES, TIERS, WORKLOAD_KINDS } from '../../shared/domain/enums.js';
import { QUANTITY_MAX, WorkloadSchema, type Workload } from '../../shared/domain/workload.js';
import { DEFAULT_ESTATE_SETTINGS, ESTATE_SETTINGS } from '../../shared/estate/estate-settings.js';
import type { EstateText } from '../../shared/estate-text/text-form.js';
import { DEFAULT_BASELINE_NAME, scenarioOver } from '../../shared/estate-text/scenario-text.js';
import { SCENARIO_DECISION_FIELDS } from '../../shared/estate/scenarios.js';

// Random estates for the text form's properties: every workload field filled or blank at
// random, with text that YAML could take for something else (numbers, booleans, dates,
// quotes, colons, line breaks, any unicode), settings as the estate file gives them.

/** Text YAML would misread if written plain. */
const tricky = fc.constantFrom(
  '',
  'true',
  'False',
  'null',
  '~',
  '1.5',
  '0x1F',
  '-3',
  '2027-01-04',
  'yes',
  'a: b',
  '#not a comment',
  "it's",
  '"quoted"',
  '- item',
  'x\ny',
  ' lead',
  'trail ',
  '[list]',
  '{map}',
  '&anchor',
  '*alias',
  '!tag',
  '%',
  '@',
  '`',
  '.inf',
  '-.inf',
  '.nan',
  'ü ñ 日本',
  '\t',
);
export const anyText = (max: number) => fc.oneof(tricky, fc.string({ maxLength: Math.min(max, 30) }), fc.string({ unit: 'binary', maxLength: Math.min(max, 20) }));
const someText = (max: number) => anyText(max).filter((t) => t.trim().length > 0);
const quantity = fc.option(fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.double({ min: 0, max: QUANTITY_MAX, noNaN: true, noDefaultInfinity: true })), { nil: null });
const day = fc.oneof(
  fc.constant(''),
  fc.date({ min: new Date('2026-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const distinct = <T>(values: readonly T[]) => fc.subarray([...values]);
/** A place on a list or the graph. Never -0: an estate file (SQLite) keeps it as 0, and it is the same place. */
const place = (max: number) => fc.double({ min: -max, max, noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));

const workloadFields = {
  name: someText(200),
  system: anyText(200),
  kind: fc.constantFrom(...WORKLOAD_KINDS),
  environment: fc.constantFrom(...ENVIRONMENTS),
  tenant: anyText(200),
  businessUnit: anyText(200),
  owner: anyText(200),
  criticality: fc.option(fc.constantFrom(...CRITICALITIES), { nil: null }),
  dataClasses: distinct(DATA_CLASSES),
  masked: fc.boolean(),
  // A comma separates tags (the schema refuses one inside a tag).
  complianceTags: fc.array(
    someText(40).map((t) => t.replaceAll(',', ';')),
    { maxLength: 3 },
  ),
  residencyRegion: anyText(100),
  customization: fc.option(fc.constantFrom(...CUSTOMIZATIONS), { nil: null }),
  users: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: null }),
  vcpu: quantity,
  memoryGb: quantity,
  storageGb: quantity,
  databaseGb: quantity,
  dataChangeGbPerDay: quantity,
  rpoMinutes: fc.option(fc.integer({ min: 0, max: 525_600 }), { nil: null }),
  rtoMinutes: fc.option(fc.integer({ min: 0, max: 525_600 }), { nil: null }),
  currentHosting: anyText(200),
  ipAddresses: fc.array(fc.ipV4(), { maxLength: 3 }),
  currentMonthlyCost: quantity,
  strategy: fc.option(fc.constantFrom(...STRATEGIES), { nil: null }),
  chosenTier: fc.option(fc.constantFrom(...TIERS), { nil: null }),
  tierOverrideReason: anyText(2000),
  readiness: distinct(READINESS_CHECKS),
  effortDays: fc.option(fc.double({ min: 0, max: 100_000, noNaN: true, noDefaultInfinity: true }), { nil: null }),
  pinnedWave: fc.option(fc.integer({ min: 0, max: 999 }), { nil: null }),
  moveGroup: anyText(100),
  notBefore: day,
  notAfter: day,
  doneBy: day,
  blackouts: fc.array(fc.constantFrom({ from: '2027-12-20', to: '2028-01-03', label: 'Christmas' }, { from: '2027-03-01', to: '2027-03-01', label: '' }), { maxLength: 2 }),
  notes: anyText(10_000),
  cpuUtilisationPct: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
  memoryUtilisationPct: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  licensing: fc.option(fc.constantFrom(...LICENSINGS), { nil: null }),
};

/** One valid workload as the schema gives it (trimmed where the schema trims). */
export const workloadArbitrary = (id: string) =>
  fc
    .record(workloadFields)
    .map((fields) => WorkloadSchema.safeParse({ id, ...fields }))
    .filter((r) => r.success)
    .map((r) => r.data as Workload);

const settingsArbitrary = fc.record({
  waveLengthDays: fc.integer({ min: 1, max: 60 }),
  currency: fc.constantFrom('EUR', 'GBP', 'CHF'),
  restore: fc.integer({ min: 1, max: 2000 }),
  unclassified: fc.boolean(),
  stepText: fc.option(someText(100), { nil: null }),
});

/** Scenario names: tricky text too, trimmed, unique in any case (and none the baseline's). */
const scenarioNames = fc
  .uniqueArray(
    someText(80)
      .map((t) => t.trim())
      .filter((t) => t.length > 0),
    { maxLength: 2, selector: (t) => t.toLocaleLowerCase('en') },
  )
  .map((names) => names.filter((n) => n.toLocaleLowerCase('en') !== DEFAULT_BASELINE_NAME.toLocaleLowerCase('en')));

/** Up to two scenarios over `estate`: some decisions of some workloads, and settings of their own (a runbook edit left out among them). */
export function scenariosArbitrary(estate: Omit<EstateText, 'baselineName' | 'scenarios'>): fc.Arbitrary<Pick<EstateText, 'baselineName' | 'scenarios'>> {
  const n = estate.workloads.length;
  const scenario = fc.record({
    decided: fc.array(fc.tuple(fc.integer({ min: 0, max: Math.max(0, n - 1) }), fc.subarray([...SCENARIO_DECISION_FIELDS], { minLength: 1 }), workloadArbitrary('s')), { maxLength: n ? 3 : 0 }),
    waveLengthDays: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
    currency: fc.option(fc.constantFrom('EUR', 'USD'), { nil: null }),
    noRunbookEdits: fc.boolean(),
  });
  return fc
    .record({ baselineName: fc.constantFrom(DEFAULT_BASELINE_NAME, 'As planned'), names: scenarioNames, specs: fc.array(scenario, { minLength: 2, maxLength: 2 }) })
    .map(({ baselineName, names, specs }) => ({
      baselineName,
      scenarios: names
        .filter((name) => name.toLocaleLowerCase('en') !== baselineName.toLocaleLowerCase('en'))
        .map((name, i) => {
          const spec = specs[i]!;
          const decisions = new Map<string, Record<string, unknown>>();
          for (const [index, fields, other] of spec.decided) {
            const w = estate.workloads[index]!;
            decisions.set(w.id, { ...decisions.get(w.id), ...Object.fromEntries(fields.map((f) => [f, other[f]])) });
          }
          const own: Record<string, unknown> = {
            planSettings: spec.waveLengthDays === null ? undefined : { ...estate.planSettings, waveLengthDays: spec.waveLengthDays },
            rateCard: spec.currency === null ? undefined : { ...estate.rateCard, currency: spec.currency },
            runbookEdits: spec.noRunbookEdits ? DEFAULT_ESTATE_SETTINGS.runbookEdits : undefined,
          };
          return scenarioOver(
            estate,
            `s-${i}`,
            name,
            (w) => decisions.get(w.id),
            (setting) => own[setting],
          );
        }),
    }));
}

/** A random estate of up to `max` workloads, with dependencies, graph positions, settings and scenarios. */
export function estateArbitrary(max = 12): fc.Arbitrary<EstateText> {
  return baselineArbitrary(max).chain((estate) => scenariosArbitrary(estate).map((scenarios) => ({ ...estate, ...scenarios })));
}

/** A random estate without scenarios. */
function baselineArbitrary(max: number): fc.Arbitrary<Omit<EstateText, 'baselineName' | 'scenarios'>> {
  return fc
    .integer({ min: 0, max })
    .chain((n) => {
      const ids = Array.from({ length: n }, (_, i) => `w-${i}`);
      const pairs = n < 2 ? fc.constant([] as [number, number][]) : fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: n * 2 });
      return fc.record({
        name: someText(120).map((t) => t.trim()),
        workloads: fc.tuple(...ids.map((id) => workloadArbitrary(id))),
        positions: fc.array(fc.oneof(fc.integer({ min: 1, max: 1000 }), place(1000)), { minLength: n, maxLength: n }),
        pairs,
        kinds: fc.array(
          fc.record({ kind: fc.constantFrom(...DEPENDENCY_KINDS), coupling: fc.constantFrom(...COUPLINGS), dataClasses: distinct(DATA_CLASSES), protocol: anyText(200), notes: anyText(100) }),
          { minLength: n * 2, maxLength: n * 2 },
        ),
        placed: fc.array(fc.tuple(fc.integer({ min: 0, max: Math.max(0, n - 1) }), place(5000), fc.integer({ min: -5000, max: 5000 })), {
          maxLength: n,
        }),
        settings: settingsArbitrary,
      });
    })
    .map(({ name, workloads, positions, pairs, kinds, placed, settings }) => {
      const dependencies: Dependency[] = [];
      pairs.forEach(([a, b], i) => {
        if (a === b) return;
        const d = DependencySchema.parse({ id: `d-${i}`, consumerId: workloads[a]!.id, providerId: workloads[b]!.id, ...kinds[i]! });
        dependencies.push(d);
      });
      const nodePositions: EstateText['nodePositions'] = {};
      if (workloads.length) for (const [i, x, y] of placed) nodePositions[workloads[i]!.id] = { x, y };
      const d = DEFAULT_ESTATE_SETTINGS;
      // In list order, as an estate file gives them (by position, ties in the order written).
      const inOrder = workloads.map((w, i) => ({ w, p: positions[i]! })).sort((a, b) => a.p - b.p);
      return {
        name: name || 'Estate',
        workloads: inOrder.map((x) => x.w),
        positions: Object.fromEntries(workloads.map((w, i) => [w.id, positions[i]!])),
        dependencies,
        nodePositions,
        planSettings: ESTATE_SETTINGS.planSettings.schema.parse({ ...d.planSettings, waveLengthDays: settings.waveLengthDays }),
        rollbackSettings: ESTATE_SETTINGS.rollbackSettings.schema.parse({ ...d.rollbackSettings, restoreGbPerHour: settings.restore }),
        rateCard: ESTATE_SETTINGS.rateCard.schema.parse({ ...d.rateCard, currency: settings.currency }),
        runbookEdits: ESTATE_SETTINGS.runbookEdits.schema.parse(
          settings.stepText && workloads[0] ? { steps: { [`back:${workloads[0].id}`]: { text: settings.stepText, wave: 1, was: 'generated' } }, added: [], order: {} } : d.runbookEdits,
        ),
        classification: { unclassifiedProductionAsRestricted: settings.unclassified },
      };
    });
}
