import { dialog, type BrowserWindow } from 'electron';
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { readPickedFile } from '../backend/services/read-picked-file.js';
import type { HostDialogs } from '../backend/handlers.js';

/** Native open and save dialogs for the desktop host. */
export function electronDialogs(window: () => BrowserWindow | undefined): HostDialogs {
  return {
    async saveFile(suggestedName, bytes) {
      const win = window();
      const ext = extname(suggestedName).slice(1);
      const options = { defaultPath: suggestedName, filters: ext ? [{ name: ext.toUpperCase(), extensions: [ext] }] : [] };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return { saved: false };
      await writeFile(result.filePath, bytes);
      return { saved: true, path: result.filePath };
    },
    async pickFile(title, extensions) {
      const win = window();
      const options = { title, properties: ['openFile' as const], filters: [{ name: 'Waveplan files', extensions }] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      const path = result.filePaths[0];
      if (result.canceled || !path) return null;
      return readPickedFile(path);
    },
  };
}
