import { existsSync } from 'node:fs';
import { WaveplanError } from '../../../../shared/errors.js';

// The Chromium that prints the board pack in the web host (and from the command line):
// the system's, since nothing is downloaded. WAVEPLAN_CHROMIUM names another one.

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string {
  const override = env.WAVEPLAN_CHROMIUM;
  if (override) {
    if (exists(override)) return override;
    throw new WaveplanError('internal', `WAVEPLAN_CHROMIUM points at ${override}, which does not exist: point it at a Chromium or Chrome executable, or unset it.`);
  }
  const found = CANDIDATES.find((path) => exists(path));
  if (found) return found;
  throw new WaveplanError(
    'internal',
    'The board pack is printed by Chromium, and none was found. Install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or Google Chrome, or set WAVEPLAN_CHROMIUM to its executable. Meanwhile, open the board pack in your browser and print it to PDF.',
  );
}

/** Flags for a headless print: no sandbox (containers), no GPU, nothing fetched from the network. */
export const CHROMIUM_PRINT_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
