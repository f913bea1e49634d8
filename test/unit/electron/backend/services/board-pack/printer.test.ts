import { describe, expect, it } from 'vitest';
import { CHROMIUM_PRINT_ARGS, findChromium } from '../../../../../../electron/backend/services/board-pack/find-chromium.js';
import { boardPackUrl } from '../../../../../../electron/backend/services/board-pack/print-pdf.js';
import { checkPdf, waitForPrintRoute } from '../../../../../../electron/backend/services/board-pack/printer.js';
import { exportBoardPack } from '../../../../../../electron/backend/services/board-pack/export-board-pack.js';
import { WaveplanError } from '../../../../../../shared/errors.js';

describe('finding Chromium to print with', () => {
  it('takes WAVEPLAN_CHROMIUM, else the first one installed', () => {
    expect(findChromium({ WAVEPLAN_CHROMIUM: '/opt/chrome' }, (p) => p === '/opt/chrome')).toBe('/opt/chrome');
    expect(findChromium({}, (p) => p === '/usr/bin/chromium-browser')).toBe('/usr/bin/chromium-browser');
  });

  it('says what to install when there is none, and what is wrong with a bad override', () => {
    expect(() => findChromium({}, () => false)).toThrow(/none was found\. Install Chromium \(Debian\/Ubuntu: sudo apt-get install chromium\)/);
    expect(() => findChromium({ WAVEPLAN_CHROMIUM: '/nope' }, () => false)).toThrow(/WAVEPLAN_CHROMIUM points at \/nope/);
  });

  it('prints with nothing fetched from the network', () => {
    expect(CHROMIUM_PRINT_ARGS).toEqual(expect.arrayContaining(['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']));
  });
});

describe('waiting for the print route', () => {
  it('returns once the page is laid out', async () => {
    const states = ['', '', 'ready'];
    await expect(waitForPrintRoute(async () => states.shift() ?? 'ready', 5_000)).resolves.toBeUndefined();
  });

  it('passes on why the page failed, and gives up after its time', async () => {
    await expect(waitForPrintRoute(async () => 'failed: Could not open the estate: gone', 5_000)).rejects.toThrow('The board pack could not be laid out: Could not open the estate: gone');
    await expect(waitForPrintRoute(async () => '', 150)).rejects.toThrow(/not laid out within/);
  });

  it('takes only a PDF back', () => {
    expect(() => checkPdf(Buffer.from('<html>'))).toThrow(/did not return a PDF/);
    expect(checkPdf(Buffer.from('%PDF-1.4')).length).toBe(8);
  });
});

describe('exporting the board pack', () => {
  const snapshot = { estate: { name: 'St. Brigid’s Hospital' } } as never;

  it('builds the print route with the token after it', () => {
    expect(boardPackUrl('http://127.0.0.1:5000/', 'tok_1', { estateId: 'st-brigids' })).toBe('http://127.0.0.1:5000/#/print/board-pack/st-brigids&token=tok_1');
  });

  it('names the file after the estate and gives the printer the footer and the target', async () => {
    let asked: unknown;
    const file = await exportBoardPack(
      { snapshot: () => snapshot },
      {
        print: async (request) => {
          asked = request;
          return Buffer.from('%PDF-1.4');
        },
      },
      { id: 'st-brigids' },
      () => undefined,
    );
    expect(file.fileName).toBe('st-brigids-hospital-board-pack.pdf');
    expect(asked).toMatchObject({ target: { estateId: 'st-brigids' }, footerTemplate: expect.stringContaining('St. Brigid’s Hospital · Baseline') });
  });

  it('refuses, saying why, on a host that cannot print, and an unknown estate before printing', async () => {
    await expect(exportBoardPack({ snapshot: () => snapshot }, undefined, { id: 'x' }, () => undefined)).rejects.toThrow(/cannot print the board pack/);
    let printed = false;
    const missing = () => {
      throw new WaveplanError('not-found', 'No estate “gone”.');
    };
    const printer = { print: async () => ((printed = true), Buffer.from('%PDF-')) };
    await expect(exportBoardPack({ snapshot: missing }, printer, { id: 'gone' }, () => undefined)).rejects.toThrow('No estate “gone”.');
    expect(printed).toBe(false);
  });
});
