import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { MENU_CHANNEL, MENU_COMMANDS, METHOD_NAMES, channelOf, type MenuCommand } from '../../shared/contract-names.js';

// Runs sandboxed, with context isolation. Exposes exactly the contract's methods
// (no generic invoke) and one listener for menu commands. Bundled to CommonJS by
// vite.preload.config.ts, since sandboxed preloads cannot load ES modules.

const api: Record<string, unknown> = {};
for (const method of METHOD_NAMES) {
  api[method] = (input: unknown) => ipcRenderer.invoke(channelOf(method), input);
}
api.onMenuCommand = (listener: (command: MenuCommand) => void) => {
  const wrapped = (_event: IpcRendererEvent, command: unknown) => {
    if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
  };
  ipcRenderer.on(MENU_CHANNEL, wrapped);
  return () => ipcRenderer.removeListener(MENU_CHANNEL, wrapped);
};

contextBridge.exposeInMainWorld('waveplan', Object.freeze(api));
