import { boardPackFooter } from '../../../../shared/board-pack/footer.js';
import { scenarioName } from '../../../../shared/board-pack/scenario-name.js';
import { WaveplanError } from '../../../../shared/errors.js';
import { fileNameSlug } from '../excel/export-plan.js';
import type { EstateLibrary } from '../library.js';
import type { BoardPackPrinter } from './printer.js';

/** The board pack of an estate as a file: printed by the host's printer from the renderer's print route. */
export async function exportBoardPack(
  library: Pick<EstateLibrary, 'snapshot'>,
  printer: BoardPackPrinter | undefined,
  request: { id: string; scenarioId?: string | undefined; compareWith?: readonly string[] | undefined },
  onProgress: (done: number, total: number, stage: string) => void,
): Promise<{ fileName: string; bytes: Buffer }> {
  if (!printer) throw new WaveplanError('invalid-input', 'This host cannot print the board pack: open it in the app and print it to PDF from there.');
  // Read first: an unknown estate is refused by name before Chromium starts.
  const snapshot = library.snapshot(request.id);
  const scenario = scenarioName(snapshot, request.scenarioId);
  const bytes = await printer.print({
    target: { estateId: request.id, scenarioId: request.scenarioId, compareWith: request.compareWith },
    footerTemplate: boardPackFooter(snapshot.estate.name, scenario),
    onStage: (stage, done, total) => onProgress(done, total, stage),
  });
  return { fileName: `${fileNameSlug(snapshot.estate.name)}-board-pack.pdf`, bytes };
}
