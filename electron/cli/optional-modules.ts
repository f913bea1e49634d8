import { WaveplanError } from '../../shared/errors.js';

// The board pack's PDF printer (electron/backend/services/board-pack/print-pdf.ts) is built in parallel.

/** The board pack as PDF. TODO(lead): call the board pack printer (board-pack/print-pdf.ts) here once merged. */
export async function printBoardPackPdf(): Promise<Buffer> {
  throw new WaveplanError('invalid-input', 'The board pack (PDF) is not in this build of Waveplan.');
}
