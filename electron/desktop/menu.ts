import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/contract-names.js';

/** The application menu as data; `send` delivers a command to the focused window. */
export function menuTemplate(send: (command: MenuCommand) => void, options: { isMac: boolean; allowReload: boolean }): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { label: 'Estates', accelerator: 'CmdOrCtrl+Shift+H', click: () => send('go-home') },
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (options.allowReload) view.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' });
  return [
    ...(options.isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New estate', accelerator: 'CmdOrCtrl+N', click: () => send('new-estate') },
        { label: 'Open the healthcare sample', click: () => send('open-sample') },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => send('import-estate') },
        { label: 'Import…', click: () => send('import-estate') },
        { type: 'separator' },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => send('export-estate') },
        { label: 'Merge another copy of this estate…', click: () => send('merge-estate') },
        { type: 'separator' },
        options.isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // Undo and redo act on the estate (inverse change sets), not on the text field.
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => send('undo') },
        { label: 'Redo', accelerator: options.isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y', click: () => send('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { label: 'View', submenu: view },
  ];
}
