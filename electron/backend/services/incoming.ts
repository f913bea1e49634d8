import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

// The library's `.incoming` folder holds files while they are written or checked
// (imports, new estates, exports, duplicates); it is on the same disk as the library, so
// a finished file is renamed in atomically. Each temporary name starts with the process
// id, so that a later start can tell what a killed process left behind from what
// another running Waveplan (the desktop app and the web host can share a library) is
// still writing.

/** A name no other process or call will take: `<pid>-<random>.<what>`. */
export function tempName(what: string): string {
  return `${process.pid}-${randomBytes(6).toString('hex')}.${what}`;
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM'; // alive, but someone else's
  }
}

const OLD_ENOUGH_MS = 10 * 60_000;

/** Removes what processes that are no longer running left in the folder. */
export function cleanStaleTempFiles(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const pid = /^(\d+)-[0-9a-f]+\./.exec(name)?.[1];
    try {
      // A name from before process ids were used, or not ours: removed once it is old enough not to be in use.
      const stale = pid ? !alive(Number(pid)) : Date.now() - statSync(path).mtimeMs > OLD_ENOUGH_MS;
      if (stale) rmSync(path, { force: true, recursive: true });
    } catch {
      // gone already, or not ours to remove: leave it
    }
  }
}
