#!/usr/bin/env node
// The `waveplan` command (package.json "bin"). It runs the bundle of electron/cli/main.ts
// that `npm run build` leaves in dist-cli/ (scripts/bundle-cli.mjs) when that bundle is
// newer than every source file under electron/ and shared/: plain Node starts it in a
// fraction of a second, which `waveplan plan` in a CI job feels. Otherwise (a fresh clone, or a source edited since
// the build) it runs the sources through tsx, so no build step is ever needed and a
// stale build is never run. WAVEPLAN_CLI_FROM=source|build forces one or the other.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist-cli', 'main.js');

/** True when a .ts file under `dir` was changed after `since` (milliseconds). */
function changedSince(dir, since) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() ? changedSince(path, since) : entry.name.endsWith('.ts') && statSync(path).mtimeMs > since) return true;
  }
  return false;
}

function buildIsCurrent() {
  if (!existsSync(built)) return false;
  const since = statSync(built).mtimeMs;
  return !['electron', 'shared'].some((dir) => existsSync(join(root, dir)) && changedSince(join(root, dir), since));
}

const from = process.env.WAVEPLAN_CLI_FROM ?? (buildIsCurrent() ? 'build' : 'source');
if (from === 'build') {
  await import(pathToFileURL(built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join(root, 'electron', 'cli', 'main.ts')).href);
}
