import type { z } from 'zod';
import { contract, type Envelope, type MethodName, type MethodOutput } from '../../shared/contract.js';
import { WaveplanError, serializeError } from '../../shared/errors.js';
import { SAMPLE_PLAN_SETTINGS, healthcareSampleEstate } from '../../shared/sample/healthcare-estate.js';
import { appVersion } from './services/app-root.js';
import { exportBoardPack } from './services/board-pack/export-board-pack.js';
import type { BoardPackPrinter } from './services/board-pack/printer.js';
import { exportPlanCsv, exportPlanWorkbook } from './services/excel/export-plan.js';
import { readSpreadsheet } from './services/excel/read-spreadsheet.js';
import { endJob, progressOf, reportProgress } from './services/progress.js';
import { exportEstateText, importEstateText, readEstateCopy } from './services/estate-text-files.js';
import type { OpenedFileQueue } from './opened-file-queue.js';
import type { EstateLibrary } from './services/library.js';
import { LATEST_SCHEMA_VERSION } from './services/migrations/index.js';

/** What only a host can do: native file dialogs on the desktop. The web host has none. */
export interface HostDialogs {
  saveFile(suggestedName: string, bytes: Buffer): Promise<{ saved: boolean; path?: string }>;
  pickFile(title: string, extensions: string[]): Promise<{ fileName: string; bytes: Buffer } | null>;
}

export interface HostServices {
  host: 'desktop' | 'web';
  library: EstateLibrary;
  dialogs?: HostDialogs;
  /** Prints the board pack from the renderer's print route (a hidden window on the desktop, headless Chromium in the web host). */
  boardPack?: BoardPackPrinter;
  /** Files the desktop was asked to open (electron/desktop/opened-files.ts). */
  openedFiles?: OpenedFileQueue;
  /**
   * Check every answer against the contract's output schema too. On in tests and
   * development (it costs a full parse of a 10,000-workload estate per open), so a value
   * read from disk that the renderer could not draw fails there, loudly, first.
   */
  checkOutputs?: boolean;
}

/** Tests (Vitest), `WAVEPLAN_CHECK_OUTPUTS=1` (the e2e web host) and development builds. */
export const checkOutputsByDefault = (env: NodeJS.ProcessEnv = process.env): boolean => env.VITEST === 'true' || env.WAVEPLAN_CHECK_OUTPUTS === '1' || env.NODE_ENV === 'development';

// A handler sees its input as parsed by the contract (defaults applied, strings trimmed).
type ParsedInput<M extends MethodName> = z.output<(typeof contract)[M]['input']>;
type Implementations = { [M in MethodName]: (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>> };

export type Handler = (rawInput: unknown) => Promise<Envelope<unknown>>;
export type HandlerTable = Record<MethodName, Handler>;

function implementations({ host, library, dialogs, openedFiles, boardPack }: HostServices): Implementations {
  const noDialogs = (): never => {
    throw new WaveplanError('invalid-input', 'This host has no file dialogs; the browser saves and opens files itself.');
  };
  return {
    getAppInfo: () => ({ version: appVersion(), host, libraryDir: library.dir, schemaVersion: LATEST_SCHEMA_VERSION }),
    listEstates: () => library.list(),
    createEstate: ({ name, from }) => (from === 'sample' ? library.create(name, healthcareSampleEstate(), { planSettings: SAMPLE_PLAN_SETTINGS }) : library.create(name)),
    renameEstate: ({ id, name }) => library.rename(id, name),
    duplicateEstate: ({ id, name }) => library.duplicate(id, name),
    deleteEstate: ({ id }) => library.remove(id),
    importEstateFile: ({ fileName, bytes }) => library.importFile(fileName, Buffer.from(bytes, 'base64')),
    exportEstateFile: ({ id }) => {
      const { fileName, bytes } = library.exportFile(id);
      return { fileName, bytes: bytes.toString('base64') };
    },
    importEstateText: ({ fileName, bytes }) => importEstateText(library, fileName, Buffer.from(bytes, 'base64')),
    exportEstateText: ({ id }) => {
      const { fileName, bytes } = exportEstateText(library, id);
      return { fileName, bytes: bytes.toString('base64') };
    },
    readEstateCopy: ({ fileName, bytes }) => readEstateCopy(library, fileName, Buffer.from(bytes, 'base64')),
    exportPlanWorkbook: async ({ id, job }) => {
      try {
        const progress = (done: number, total: number, stage: string) => reportProgress(job, { done, total, stage });
        // Every scenario is read as openScenario reads it, for the Scenarios sheet.
        const { fileName, bytes } = await exportPlanWorkbook(library.snapshot(id), progress, (scenarioId) => library.scenarioSnapshot(id, scenarioId));
        return { fileName, bytes: bytes.toString('base64') };
      } finally {
        endJob(job);
      }
    },
    exportBoardPack: async ({ id, scenarioId, compareWith, job }) => {
      try {
        const { fileName, bytes } = await exportBoardPack(library, boardPack, { id, scenarioId, compareWith }, (done, total, stage) => reportProgress(job, { done, total, stage }));
        return { fileName, bytes: bytes.toString('base64') };
      } finally {
        endJob(job);
      }
    },
    getProgress: ({ job }) => progressOf(job),
    exportPlanCsv: ({ id, sheet }) => {
      const { fileName, bytes } = exportPlanCsv(library.snapshot(id), sheet);
      return { fileName, bytes: bytes.toString('base64') };
    },
    readSpreadsheet: ({ fileName, bytes }) => readSpreadsheet(fileName, Buffer.from(bytes, 'base64')),
    openEstate: ({ id }) => library.snapshot(id),
    openEstateText: ({ id }) => library.estateText(id),
    applyChanges: ({ estateId, baseRevision, changes }) => library.applyChanges(estateId, baseRevision, changes),
    openScenario: ({ id, scenarioId }) => library.scenarioSnapshot(id, scenarioId),
    createScenario: ({ id, name, from }) => library.createScenario(id, name, from),
    duplicateScenario: ({ id, scenarioId, name }) => library.duplicateScenario(id, scenarioId, name),
    renameScenario: ({ id, scenarioId, name }) => library.renameScenario(id, scenarioId, name),
    deleteScenario: ({ id, scenarioId }) => library.deleteScenario(id, scenarioId),
    setActiveScenario: ({ id, scenarioId }) => library.setActiveScenario(id, scenarioId),
    saveFile: ({ suggestedName, bytes }) => (dialogs ?? noDialogs()).saveFile(suggestedName, Buffer.from(bytes, 'base64')),
    pickFile: async ({ title, extensions }) => {
      const picked = await (dialogs ?? noDialogs()).pickFile(title, extensions);
      return picked && { fileName: picked.fileName, bytes: picked.bytes.toString('base64') };
    },
    takeOpenedFiles: async () => (await openedFiles?.take(library)) ?? { opened: [], refused: [] },
  };
}

/** Says where a payload is wrong, e.g. "changes.0.workload.rtoMinutes: Expected number". */
function describeIssues(method: string, issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const shown = issues.slice(0, 5).map((i) => `${i.path.length ? i.path.map(String).join('.') : 'input'}: ${i.message}`);
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return `Invalid input to ${method}: ${shown.join('; ')}${more}`;
}

/**
 * The contract as a table of handlers. Each validates its input against the
 * contract's schema before the service sees it, and answers with an envelope.
 * Both hosts (IPC and HTTP) serve exactly this table.
 */
export function createHandlers(services: HostServices): HandlerTable {
  const impl = implementations(services);
  const checkOutputs = services.checkOutputs ?? checkOutputsByDefault();
  const table = {} as HandlerTable;
  for (const name of Object.keys(contract) as MethodName[]) {
    table[name] = async (rawInput: unknown) => {
      const parsed = contract[name].input.safeParse(rawInput ?? {});
      if (!parsed.success) {
        return { ok: false, error: { code: 'invalid-input', message: describeIssues(name, parsed.error.issues) } };
      }
      try {
        const run = impl[name] as (input: unknown) => unknown;
        const value = await run(parsed.data);
        if (checkOutputs) {
          const checked = contract[name].output.safeParse(value);
          if (!checked.success)
            return {
              ok: false,
              error: { code: 'internal', message: describeIssues(name, checked.error.issues).replace(/^Invalid input to/, 'Waveplan answered with a value outside its contract, from') },
            };
        }
        return { ok: true, value };
      } catch (error) {
        return { ok: false, error: serializeError(error) };
      }
    };
  }
  return table;
}
