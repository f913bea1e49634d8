import { boardPackHash, type PrintTarget } from '../../../../shared/board-pack/print-route.js';
import { EMPTY_HEADER } from '../../../../shared/board-pack/footer.js';
import { CHROMIUM_PRINT_ARGS, findChromium } from './find-chromium.js';
import { checkPdf, PRINT_TIMEOUT_MS, READ_STATE_SCRIPT, waitForPrintRoute, type BoardPackPrinter } from './printer.js';

// The board pack printed by headless Chromium (playwright-core) from a running web
// host: the web host's printer, and the command line's. Chromium is loaded only when a
// pack is printed, so the host starts without it.

/** The print route of an estate on a web host, with the host's token (taken by the page, then dropped from its URL). */
export function boardPackUrl(baseUrl: string, token: string, target: PrintTarget): string {
  return `${baseUrl.replace(/\/?$/, '/')}${boardPackHash(target)}&token=${encodeURIComponent(token)}`;
}

export interface PrintPdfOptions {
  /** The print route's full URL (boardPackUrl). */
  url: string;
  footerTemplate: string;
  onStage?: (stage: string, done: number, total: number) => void;
  timeoutMs?: number;
  /** A Chromium or Chrome executable; found on the system when not given. */
  executablePath?: string;
}

/** Loads the print route in headless Chromium, waits until it is laid out, and returns the PDF's bytes. */
export async function printPageToPdf({ url, footerTemplate, onStage = () => undefined, timeoutMs = PRINT_TIMEOUT_MS, executablePath }: PrintPdfOptions): Promise<Buffer> {
  const chromium = executablePath ?? findChromium();
  onStage('Starting Chromium', 0, 3);
  const { chromium: launcher } = await import('playwright-core');
  const browser = await launcher.launch({ executablePath: chromium, args: CHROMIUM_PRINT_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    onStage('Laying out the pages', 1, 3);
    await page.goto(url, { timeout: timeoutMs });
    await waitForPrintRoute(() => page.evaluate(READ_STATE_SCRIPT) as Promise<string>, timeoutMs);
    onStage('Printing', 2, 3);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: true, headerTemplate: EMPTY_HEADER, footerTemplate });
    onStage('Printed', 3, 3);
    return checkPdf(pdf);
  } finally {
    await browser.close();
  }
}

/** The web host's printer: its own print route, on its own server. `host` is read when a pack is printed (the server starts after the handlers are made). */
export function headlessBoardPackPrinter(host: () => { url: string; token: string }): BoardPackPrinter {
  return {
    print: ({ target, footerTemplate, onStage }) => {
      const { url, token } = host();
      return printPageToPdf({ url: boardPackUrl(url, token, target), footerTemplate, onStage });
    },
  };
}
