import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where estates live. WAVEPLAN_LIBRARY_DIR wins (tests point it at temp folders);
 * otherwise the platform's per-user data folder, the same for both hosts so the
 * desktop app and the browser see one library.
 */
export function defaultLibraryDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.WAVEPLAN_LIBRARY_DIR) return env.WAVEPLAN_LIBRARY_DIR;
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Waveplan', 'Estates');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Waveplan', 'Estates');
  return join(env.XDG_DATA_HOME ?? join(home, '.local', 'share'), 'waveplan', 'estates');
}
