import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The folder holding Waveplan's package.json, found by walking up from this file:
 * it is three levels up from source (electron/backend/services) and four from dist-node.
 */
export function appRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate) && (JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string }).name === 'waveplan') {
      root = dir;
      return dir;
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('Cannot find the Waveplan package.json above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

export function appVersion(): string {
  return (JSON.parse(readFileSync(join(appRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** The built renderer (vite build output). */
export function rendererDir(): string {
  return join(appRoot(), 'dist', 'renderer');
}
