import { z } from 'zod';
import { ChangeSetSchema } from './changes/change-set.js';
import { WorkloadSchema } from './domain/workload.js';
import { ESTATE_SETTINGS } from './estate/estate-settings.js';
import { EstateIdSchema, EstateNameSchema, EstateSnapshotSchema, EstateSummarySchema, ScenarioIdSchema, ScenarioNameSchema, ScenarioSummarySchema } from './estate/estate.js';

/** A scenario as the text form holds it (shared/estate-text/scenario-text.ts): what it decides differently from the baseline. */
const ScenarioTextSchema = z.object({
  id: ScenarioIdSchema,
  name: z.string(),
  decisions: z.record(
    z.string(),
    WorkloadSchema.pick({ strategy: true, chosenTier: true, tierOverrideReason: true, pinnedWave: true, notBefore: true, notAfter: true, doneBy: true, blackouts: true }).partial(),
  ),
  settings: z.object({
    planSettings: ESTATE_SETTINGS.planSettings.schema.optional(),
    rollbackSettings: ESTATE_SETTINGS.rollbackSettings.schema.optional(),
    rateCard: ESTATE_SETTINGS.rateCard.schema.optional(),
    runbookEdits: ESTATE_SETTINGS.runbookEdits.schema.optional(),
  }),
});
/** Another copy of an estate, read but not added to the library: what a merge compares the open estate with. As its text holds it: the baseline, then every other scenario. */
export const EstateCopySchema = EstateSnapshotSchema.omit({ estate: true, scenarios: true, activeScenarioId: true }).extend({
  name: z.string(),
  fileName: z.string(),
  baselineName: z.string(),
  scenarios: z.array(ScenarioTextSchema),
});
export type EstateCopy = z.infer<typeof EstateCopySchema>;
/** The open estate as its text form holds it: the baseline and every other scenario (what a merge changes), whichever scenario is active. */
export const OpenEstateTextSchema = EstateCopySchema.omit({ fileName: true });
export type OpenEstateText = z.infer<typeof OpenEstateTextSchema>;
import type { MethodName } from './contract-names.js';
import type { SerializedError } from './errors.js';

export { METHOD_NAMES, MENU_COMMANDS, type MenuCommand, type MethodName } from './contract-names.js';

// The one way between the renderer and the back end. Every method has a zod input
// and output schema; the preload exposes exactly these names, and both hosts
// validate the input before a service sees it. Files travel as base64 bytes.

const Base64Schema = z
  .string()
  .max(700_000_000)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Expected base64 bytes');
const FileNameSchema = z.string().min(1).max(255);
const JobIdSchema = z.string().regex(/^[a-z0-9-]{1,64}$/);
const Empty = z.object({}).strict();

export const FileBytesSchema = z.object({ fileName: FileNameSchema, bytes: Base64Schema });
export type FileBytes = z.infer<typeof FileBytesSchema>;

function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, doc: string) {
  return { input, output, doc };
}

export const contract = {
  getAppInfo: method(
    Empty,
    z.object({
      version: z.string(),
      host: z.enum(['desktop', 'web']),
      libraryDir: z.string(),
      schemaVersion: z.number().int(),
    }),
    'Version, host kind and where the estates library lives.',
  ),
  listEstates: method(Empty, z.array(EstateSummarySchema), 'The estates in the library, last edited first.'),
  createEstate: method(
    z.object({ name: EstateNameSchema, from: z.enum(['blank', 'sample']) }).strict(),
    EstateSummarySchema,
    'A new estate file in the library: blank, or a copy of the built-in healthcare sample.',
  ),
  renameEstate: method(z.object({ id: EstateIdSchema, name: EstateNameSchema }).strict(), EstateSummarySchema, 'Renames an estate (its file keeps its id).'),
  duplicateEstate: method(z.object({ id: EstateIdSchema, name: EstateNameSchema.optional() }).strict(), EstateSummarySchema, 'A self-contained copy of an estate, written with VACUUM INTO.'),
  deleteEstate: method(
    z.object({ id: EstateIdSchema }).strict(),
    z.object({ movedTo: z.string(), path: z.string().optional() }),
    'Moves an estate to the trash (the OS trash on the desktop, the library trash folder otherwise).',
  ),
  importEstateFile: method(FileBytesSchema.strict(), EstateSummarySchema, 'Checks an estate file and adds a copy of it to the library.'),
  exportEstateFile: method(z.object({ id: EstateIdSchema }).strict(), FileBytesSchema, 'One self-contained .waveplan file of the estate.'),
  importEstateText: method(
    FileBytesSchema.strict(),
    EstateSummarySchema,
    'Reads an estate’s text form (YAML) and adds it to the library as a new estate; bad content is refused with its line and field, and nothing is added.',
  ),
  exportEstateText: method(z.object({ id: EstateIdSchema }).strict(), FileBytesSchema, 'The estate’s canonical text form (YAML): one workload and one dependency per block, settings last.'),
  readEstateCopy: method(
    FileBytesSchema.strict(),
    EstateCopySchema,
    'Reads another copy of an estate (a .waveplan file or its YAML) without adding it to the library, checked like an import: for a merge.',
  ),
  exportPlanWorkbook: method(
    z.object({ id: EstateIdSchema, job: JobIdSchema.optional() }).strict(),
    FileBytesSchema,
    'The plan as the client workbook (.xlsx): Summary, Scenarios (with more than one), Inventory, Dependencies, Waves, Cutover, Rollback, Costs, Findings.',
  ),
  exportPlanCsv: method(z.object({ id: EstateIdSchema, sheet: z.enum(['Inventory', 'Waves']) }).strict(), FileBytesSchema, 'One sheet of the plan as CSV (UTF-8).'),
  exportBoardPack: method(
    z
      .object({
        id: EstateIdSchema,
        scenarioId: z
          .string()
          .regex(/^[A-Za-z0-9_-]{1,64}$/, 'A scenario id: letters, digits, - and _')
          .optional(),
        /** Scenarios compared with it (the pack's own the reference): the pack adds the comparison. */
        compareWith: z.array(ScenarioIdSchema).min(1).max(3).optional(),
        job: JobIdSchema.optional(),
      })
      .strict(),
    FileBytesSchema,
    'The board pack (PDF): cover, executive summary, wave plan, tiers, findings, costs, rollback readiness, data completeness and assumptions, printed from the renderer’s print route.',
  ),
  readSpreadsheet: method(
    FileBytesSchema.strict(),
    z.object({ fileName: z.string(), kind: z.enum(['xlsx', 'csv']), encoding: z.string().optional(), sheets: z.array(z.object({ name: z.string(), rows: z.array(z.array(z.string())) })) }),
    'Reads an .xlsx or CSV inventory or price list into rows of text per sheet (refusing what is not one, too large, protected or a zip bomb); writes nothing.',
  ),
  getProgress: method(
    z.object({ job: JobIdSchema }).strict(),
    z.object({ done: z.number(), total: z.number(), stage: z.string() }).nullable(),
    'How far a long job (the plan workbook, the board pack) has got, for its progress indicator.',
  ),
  openEstate: method(z.object({ id: EstateIdSchema }).strict(), EstateSnapshotSchema, 'Loads an estate, migrating it if it is from an older version.'),
  openEstateText: method(
    z.object({ id: EstateIdSchema }).strict(),
    OpenEstateTextSchema,
    'The open estate as its text form holds it (the baseline, then every other scenario over it), whichever scenario is active: what the merge dialog merges.',
  ),
  applyChanges: method(
    z.object({ estateId: EstateIdSchema, baseRevision: z.number().int().min(0), changes: ChangeSetSchema }).strict(),
    z.object({ revision: z.number().int(), updatedAt: z.string() }),
    'Applies a change set in one transaction if the estate is still at baseRevision.',
  ),
  openScenario: method(
    z.object({ id: EstateIdSchema, scenarioId: ScenarioIdSchema }).strict(),
    EstateSnapshotSchema,
    'The estate as one scenario sees it (its decisions and settings over the shared inventory), without changing which scenario is active.',
  ),
  createScenario: method(
    z.object({ id: EstateIdSchema, name: ScenarioNameSchema, from: ScenarioIdSchema }).strict(),
    EstateSnapshotSchema,
    'A new scenario with a copy of the decisions and settings of `from`, made the active one; answers the estate as it sees it.',
  ),
  duplicateScenario: method(
    z.object({ id: EstateIdSchema, scenarioId: ScenarioIdSchema, name: ScenarioNameSchema.optional() }).strict(),
    EstateSnapshotSchema,
    'A copy of a scenario (named “… (copy)” unless a name is given), made the active one; answers the estate as it sees it.',
  ),
  renameScenario: method(
    z.object({ id: EstateIdSchema, scenarioId: ScenarioIdSchema, name: ScenarioNameSchema }).strict(),
    z.array(ScenarioSummarySchema),
    "Renames a scenario (names are unique in an estate, in any case); answers the estate's scenarios.",
  ),
  deleteScenario: method(
    z.object({ id: EstateIdSchema, scenarioId: ScenarioIdSchema }).strict(),
    EstateSnapshotSchema,
    'Deletes a scenario and its decisions (never the baseline); deleting the active one makes the baseline active. Answers the estate as the active scenario sees it.',
  ),
  setActiveScenario: method(
    z.object({ id: EstateIdSchema, scenarioId: ScenarioIdSchema }).strict(),
    EstateSnapshotSchema,
    'Makes a scenario the one every edit, undo and view applies to, and answers the estate as it sees it.',
  ),
  saveFile: method(
    z.object({ suggestedName: FileNameSchema, bytes: Base64Schema }).strict(),
    z.object({ saved: z.boolean(), path: z.string().optional() }),
    'Saves bytes where the user chooses: a native dialog on the desktop, a download in the browser.',
  ),
  pickFile: method(
    z.object({ title: z.string().max(200), extensions: z.array(z.string().regex(/^[a-z0-9]+$/)).max(20) }).strict(),
    FileBytesSchema.nullable(),
    'Lets the user choose a file and returns its bytes, or null if they cancelled.',
  ),
  takeOpenedFiles: method(
    Empty,
    z.object({ opened: z.array(EstateSummarySchema), refused: z.array(z.object({ fileName: z.string(), message: z.string() })) }),
    'Estate files the operating system asked the desktop app to open (a double-click, the command line), each checked and added to the library like an imported file. Always empty in the browser.',
  ),
} as const satisfies Record<MethodName, { input: z.ZodType; output: z.ZodType; doc: string }>;

export type Contract = typeof contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

/** What every transport returns: errors are values, so their code and message survive IPC. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: SerializedError };

/** The renderer's view of the back end: one async function per contract method. */
export type Bridge = { [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>> };

/** Methods a transport may fulfil on its own side (the browser saves and picks files itself). */
export const CLIENT_SIDE_IN_BROWSER: readonly MethodName[] = ['saveFile', 'pickFile'];
