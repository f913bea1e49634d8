import { z } from 'zod';
import { ChangeSetSchema } from './changes/change-set.js';
import { EstateIdSchema, EstateNameSchema, EstateSnapshotSchema, EstateSummarySchema, ScenarioIdSchema } from './estate/estate.js';
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
  exportPlanWorkbook: method(
    z.object({ id: EstateIdSchema, job: JobIdSchema.optional() }).strict(),
    FileBytesSchema,
    'The plan as the client workbook (.xlsx): Summary, Scenarios (with more than one), Inventory, Dependencies, Waves, Cutover, Rollback, Costs, Findings.',
  ),
  exportPlanCsv: method(z.object({ id: EstateIdSchema, sheet: z.enum(['Inventory', 'Waves']) }).strict(), FileBytesSchema, 'One sheet of the plan as CSV (UTF-8).'),
  readSpreadsheet: method(
    FileBytesSchema.strict(),
    z.object({ fileName: z.string(), kind: z.enum(['xlsx', 'csv']), encoding: z.string().optional(), sheets: z.array(z.object({ name: z.string(), rows: z.array(z.array(z.string())) })) }),
    'Reads an .xlsx or CSV inventory or price list into rows of text per sheet (refusing what is not one, too large, protected or a zip bomb); writes nothing.',
  ),
  getProgress: method(
    z.object({ job: JobIdSchema }).strict(),
    z.object({ done: z.number(), total: z.number(), stage: z.string() }).nullable(),
    'How far a long job (the plan workbook) has got, for its progress indicator.',
  ),
  openEstate: method(z.object({ id: EstateIdSchema }).strict(), EstateSnapshotSchema, 'Loads an estate, migrating it if it is from an older version.'),
  openScenario: method(
    z.object({ id: EstateIdSchema, scenarioId: ScenarioIdSchema }).strict(),
    EstateSnapshotSchema,
    'The estate as one scenario sees it (its decisions and settings over the shared inventory), without changing which scenario is active.',
  ),
  applyChanges: method(
    z.object({ estateId: EstateIdSchema, baseRevision: z.number().int().min(0), changes: ChangeSetSchema }).strict(),
    z.object({ revision: z.number().int(), updatedAt: z.string() }),
    'Applies a change set in one transaction if the estate is still at baseRevision.',
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
