import type { MethodOutput } from '../../../shared/contract';
import { bridge } from '../bridge/current';
import { useAppStore } from '../store/app-store';

export type Spreadsheet = MethodOutput<'readSpreadsheet'>;

/**
 * Picks a price list (.xlsx or CSV) and has the back end read it, as the inventory import
 * does (in a worker, refusing what is not a spreadsheet, too large or a zip bomb); null
 * when the user cancelled or the file was refused, which the notice then says.
 */
export async function pickPriceList(): Promise<Spreadsheet | null> {
  const app = useAppStore.getState();
  let fileName = 'the file';
  try {
    const picked = await bridge().pickFile({ title: 'Import a price list (.xlsx or .csv)', extensions: ['xlsx', 'csv', 'txt', 'tsv'] });
    if (!picked) return null;
    fileName = `“${picked.fileName}”`;
    app.setBusy(`Reading ${picked.fileName}…`);
    return await bridge().readSpreadsheet(picked);
  } catch (error) {
    app.notify('error', `Could not read the price list ${fileName}: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  } finally {
    app.setBusy(null);
  }
}
