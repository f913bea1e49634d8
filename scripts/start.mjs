#!/usr/bin/env node
// `npm start`: Electron where its runtime is installed, the web host otherwise.
// `npm start -- --web` forces the web host. Builds first when the build is missing
// or older than the sources. Other flags (--port N, --no-open) go to the web host.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronRuntime } from './electron-runtime.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const forceWeb = args.includes('--web');
const passThrough = args.filter((a) => a !== '--web');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function buildIsStale() {
  const outputs = [join(root, 'dist/renderer/index.html'), join(root, 'dist-node/electron/web/web-host-main.js'), join(root, 'dist-node/electron/desktop/preload.cjs')];
  if (!outputs.every(existsSync)) return true;
  const built = Math.min(...outputs.map((o) => statSync(o).mtimeMs));
  const sources = Math.max(...['renderer', 'shared', 'electron'].map((d) => newestMtime(join(root, d))));
  return sources > built;
}

if (buildIsStale()) {
  console.log('Building Waveplan (first start, or the sources changed)…');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const electron = forceWeb ? undefined : findElectronRuntime(root);
if (!forceWeb && !electron) {
  console.log('The Electron runtime is not installed here, so Waveplan starts in your browser instead.');
}
const child = electron
  ? spawn(electron, [root], { cwd: root, stdio: 'inherit' })
  : spawn(process.execPath, [join(root, 'dist-node/electron/web/web-host-main.js'), ...passThrough], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
