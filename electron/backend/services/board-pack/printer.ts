import type { PrintTarget } from '../../../../shared/board-pack/print-route.js';
import { READY_ATTRIBUTE, ERROR_ATTRIBUTE } from '../../../../shared/board-pack/print-route.js';
import { WaveplanError } from '../../../../shared/errors.js';

// What a host gives the back end to print the board pack: the desktop prints its own
// print route in a hidden window, the web host in headless Chromium. Both load the
// same route and wait for the same signal on <html>.

export interface PrintRequest {
  target: PrintTarget;
  footerTemplate: string;
  onStage(stage: string, done: number, total: number): void;
}

export interface BoardPackPrinter {
  print(request: PrintRequest): Promise<Buffer>;
}

/** How long the print route may take to open, plan and lay out an estate (the 10,000-workload one takes seconds). */
export const PRINT_TIMEOUT_MS = 180_000;

/** A script that reads the print route's state: "ready", "failed: <reason>" or "" while it works. */
export const READ_STATE_SCRIPT = `(() => { const h = document.documentElement; const s = h.getAttribute('${READY_ATTRIBUTE}'); return s === 'failed' ? 'failed: ' + (h.getAttribute('${ERROR_ATTRIBUTE}') || 'unknown') : (s || ''); })()`;

/** Polls the print route until it is laid out; a page that says it failed, or takes too long, is an error that says so. */
export async function waitForPrintRoute(readState: () => Promise<string>, timeoutMs = PRINT_TIMEOUT_MS): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const state = await readState();
    if (state === 'ready') return;
    if (state.startsWith('failed: ')) throw new WaveplanError('internal', `The board pack could not be laid out: ${state.slice('failed: '.length)}`);
    if (Date.now() > until) throw new WaveplanError('internal', `The board pack was not laid out within ${Math.round(timeoutMs / 1000)} s.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A printed file is a PDF, or the printer failed without saying so. */
export function checkPdf(bytes: Buffer): Buffer {
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new WaveplanError('internal', 'Chromium did not return a PDF for the board pack.');
  return bytes;
}
