import { SAMPLE_ESTATE_NAME } from '../../shared/sample/sample-name';
import { bridge } from './bridge/current';
import { useAppStore } from './store/app-store';

// Library actions shared by the start screen, the top bar and the desktop menu.
// Each reports its outcome in words; none leaves the user guessing.

function failed(what: string, error: unknown): void {
  useAppStore.getState().notify('error', `${what}: ${error instanceof Error ? error.message : String(error)}`);
}

export async function createEstate(name: string, from: 'blank' | 'sample'): Promise<void> {
  try {
    const summary = await bridge().createEstate({ name, from });
    useAppStore.getState().go({ screen: 'estate', id: summary.id });
  } catch (error) {
    failed('Could not create the estate', error);
  }
}

export const openSample = () => createEstate(SAMPLE_ESTATE_NAME, 'sample');

export async function importEstateFile(): Promise<void> {
  let fileName = 'the file';
  try {
    const picked = await bridge().pickFile({ title: 'Open a Waveplan estate (.waveplan, or its text form .yaml)', extensions: ['waveplan', 'yaml', 'yml'] });
    if (!picked) return;
    fileName = `“${picked.fileName}”`;
    // The text form is read by its own reader (refusals name the line and field); an estate file is checked as a file.
    const asText = /\.ya?ml$/i.test(picked.fileName);
    const summary = await (asText ? bridge().importEstateText(picked) : bridge().importEstateFile(picked));
    useAppStore.getState().notify('info', `Added “${summary.name}” to your library (${summary.workloadCount} workloads).`);
    useAppStore.getState().go({ screen: 'estate', id: summary.id });
  } catch (error) {
    failed(`Could not open ${fileName}`, error);
    void useAppStore.getState().refreshLibrary();
  }
}

/** Estate files the desktop was asked to open (a double-click, the command line): each checked, the last one shown. */
export async function openFilesFromSystem(): Promise<void> {
  try {
    const { opened, refused } = await bridge().takeOpenedFiles({});
    for (const r of refused) useAppStore.getState().notify('error', `Could not open “${r.fileName}”: ${r.message}`);
    const last = opened.at(-1);
    if (last) useAppStore.getState().go({ screen: 'estate', id: last.id });
    if (opened.length + refused.length > 0) void useAppStore.getState().refreshLibrary();
  } catch (error) {
    failed('Could not open the files you chose', error);
  }
}

export type ExportKind = 'estate' | 'estate-text' | 'workbook' | 'board-pack' | 'inventory-csv' | 'waves-csv';

const EXPORTS: Record<ExportKind, { doing: string; make(id: string): Promise<{ fileName: string; bytes: string }> }> = {
  estate: { doing: 'Exporting the estate file…', make: (id) => bridge().exportEstateFile({ id }) },
  'estate-text': { doing: 'Writing the estate as text…', make: (id) => bridge().exportEstateText({ id }) },
  workbook: { doing: 'Writing the plan workbook (eight sheets)…', make: (id) => withProgress('Writing the plan workbook', (job) => bridge().exportPlanWorkbook({ id, job })) },
  'board-pack': { doing: 'Printing the board pack…', make: (id) => withProgress('Printing the board pack', (job) => bridge().exportBoardPack({ id, job })) },
  'inventory-csv': { doing: 'Writing the inventory as CSV…', make: (id) => bridge().exportPlanCsv({ id, sheet: 'Inventory' }) },
  'waves-csv': { doing: 'Writing the waves as CSV…', make: (id) => bridge().exportPlanCsv({ id, sheet: 'Waves' }) },
};

let jobs = 0;

/** Runs a long back-end job with its progress shown in the busy indicator (polled; the back end answers between steps). */
async function withProgress<T>(what: string, run: (job: string) => Promise<T>): Promise<T> {
  const job = `job-${Date.now().toString(36)}-${jobs++}`;
  const timer = setInterval(() => {
    void bridge()
      .getProgress({ job })
      .then((p) => p && useAppStore.getState().busy && useAppStore.getState().setBusy(`${what}: ${p.stage} (${p.done} of ${p.total})…`))
      .catch(() => undefined);
  }, 150);
  try {
    return await run(job);
  } finally {
    clearInterval(timer);
  }
}

/** Makes a file in the back end (with the busy indicator up) and saves it: a native dialog on the desktop, a download in the browser. */
export function exportAs(kind: ExportKind, id: string): Promise<void> {
  return exportMade(EXPORTS[kind].doing, () => EXPORTS[kind].make(id));
}

/** The board pack of a comparison: the first scenario's pack, the others compared with it. */
export function exportComparisonPack(id: string, scenarioIds: readonly string[]): Promise<void> {
  const [scenarioId, ...compareWith] = scenarioIds;
  return exportMade('Printing the board pack of the comparison…', () => withProgress('Printing the board pack', (job) => bridge().exportBoardPack({ id, scenarioId, compareWith, job })));
}

async function exportMade(doing: string, make: () => Promise<{ fileName: string; bytes: string }>): Promise<void> {
  const app = useAppStore.getState();
  try {
    app.setBusy(doing);
    const file = await make();
    app.setBusy(null);
    const result = await bridge().saveFile({ suggestedName: file.fileName, bytes: file.bytes });
    if (result.saved) app.notify('info', result.path ? `Saved ${result.path}` : `Downloaded ${file.fileName}`);
  } catch (error) {
    failed('Could not export', error);
  } finally {
    app.setBusy(null);
  }
}

export const exportEstateFile = (id: string) => exportAs('estate', id);

/** Picks an .xlsx or CSV inventory and reads it in the back end; the import dialog takes it from there. */
export async function importSpreadsheet(): Promise<void> {
  const app = useAppStore.getState();
  let fileName = 'the file';
  try {
    const picked = await bridge().pickFile({ title: 'Import an inventory (.xlsx or .csv)', extensions: ['xlsx', 'csv', 'txt', 'tsv'] });
    if (!picked) return;
    fileName = `“${picked.fileName}”`;
    app.setBusy(`Reading ${picked.fileName}…`);
    app.setImporting(await bridge().readSpreadsheet(picked));
  } catch (error) {
    failed(`Could not import ${fileName}`, error);
  } finally {
    app.setBusy(null);
  }
}

export async function renameEstate(id: string, name: string): Promise<void> {
  try {
    await bridge().renameEstate({ id, name });
    await useAppStore.getState().refreshLibrary();
  } catch (error) {
    failed('Could not rename the estate', error);
  }
}

export async function duplicateEstate(id: string): Promise<void> {
  try {
    const copy = await bridge().duplicateEstate({ id });
    useAppStore.getState().notify('info', `Created “${copy.name}”.`);
    await useAppStore.getState().refreshLibrary();
  } catch (error) {
    failed('Could not duplicate the estate', error);
  }
}

export async function deleteEstate(id: string, name: string): Promise<void> {
  try {
    const { movedTo } = await bridge().deleteEstate({ id });
    useAppStore.getState().notify('info', `Moved “${name}” to ${movedTo}.`);
    await useAppStore.getState().refreshLibrary();
  } catch (error) {
    failed('Could not delete the estate', error);
  }
}
