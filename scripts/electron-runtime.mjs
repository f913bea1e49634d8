// Where Electron's runtime is, if it was downloaded. Reads the electron package's
// path.txt instead of require('electron'), which (since Electron 45) tries to
// download the binary on first use: impossible offline, and slow to fail.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} root the repository root @returns {string | undefined} */
export function findElectronRuntime(root) {
  const pkg = join(root, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const candidate = override ? join(override, relative ?? 'electron') : relative ? join(pkg, 'dist', relative) : undefined;
  return candidate && existsSync(candidate) ? candidate : undefined;
}
