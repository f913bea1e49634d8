import { BrowserWindow } from 'electron';
import { boardPackHash } from '../../shared/board-pack/print-route.js';
import { EMPTY_HEADER } from '../../shared/board-pack/footer.js';
import { checkPdf, READ_STATE_SCRIPT, waitForPrintRoute, type BoardPackPrinter } from '../backend/services/board-pack/printer.js';
import { APP_ORIGIN, windowOptions } from './window-options.js';

// The desktop's board pack printer: the print route in a hidden window with the app's
// own security settings and preload (it reads the estate through the contract like the
// main window), printed by Chromium's printToPDF. Typechecked here; run where Electron is.

export function desktopBoardPackPrinter(preloadPath: string): BoardPackPrinter {
  return {
    async print({ target, footerTemplate, onStage }) {
      const options = windowOptions(preloadPath);
      const win = new BrowserWindow({ ...options, show: false, webPreferences: { ...options.webPreferences, contextIsolation: true, sandbox: true, nodeIntegration: false } });
      try {
        onStage('Laying out the pages', 1, 3);
        await win.loadURL(`${APP_ORIGIN}/index.html${boardPackHash(target)}`);
        await waitForPrintRoute(() => win.webContents.executeJavaScript(READ_STATE_SCRIPT) as Promise<string>);
        onStage('Printing', 2, 3);
        const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: true, headerTemplate: EMPTY_HEADER, footerTemplate });
        return checkPdf(pdf);
      } finally {
        win.destroy();
      }
    },
  };
}
