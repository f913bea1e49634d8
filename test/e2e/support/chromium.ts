import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Browser tests run in the system's Chromium (Playwright's own browser download is
// not reachable from these machines). Set WAVEPLAN_CHROMIUM to use another build.

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

function canInstallWithApt(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/** Finds Chromium, installing Debian's package when running as root on Debian; explains what to do otherwise. */
export function findChromium(): string {
  const override = process.env.WAVEPLAN_CHROMIUM;
  if (override) {
    if (existsSync(override)) return override;
    throw new Error(`WAVEPLAN_CHROMIUM points at ${override}, which does not exist.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  if (canInstallWithApt()) {
    console.log('Chromium not found: installing Debian’s chromium package for the browser tests…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    'The browser tests need Chromium and none was found. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`), ' + 'or set WAVEPLAN_CHROMIUM to the path of a Chromium or Chrome executable.',
  );
}
