import { BrowserWindow, Menu, app, ipcMain, session, shell } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MENU_CHANNEL, type MenuCommand } from '../../shared/contract-names.js';
import { registerAppScheme, serveRenderer } from './app-protocol.js';
import { desktopBoardPackPrinter } from './board-pack-window.js';
import { OpenedFileQueue, estatePathsInArgv } from './opened-files.js';
import { electronDialogs } from './dialogs.js';
import { createHandlers } from '../backend/handlers.js';
import { registerIpc } from './ipc.js';
import { menuTemplate } from './menu.js';
import { rendererDir } from '../backend/services/app-root.js';
import { defaultLibraryDir } from '../backend/services/library-dir.js';
import { EstateLibrary } from '../backend/services/library.js';
import { APP_ORIGIN, windowOptions } from './window-options.js';

// The desktop host: a window, a menu and dialogs. Everything else is behind the contract.

let mainWindow: BrowserWindow | undefined;
registerAppScheme();

// Estate files the OS asks us to open: argv on Windows and Linux (a second instance
// hands its argv to this one and quits), open-file on macOS (which may come before ready).
const openedFiles = new OpenedFileQueue();
openedFiles.add(estatePathsInArgv(process.argv.slice(1), process.cwd()));
if (!app.requestSingleInstanceLock()) app.quit();
function filesArrived(paths: string[]): void {
  openedFiles.add(paths);
  if (mainWindow) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    send('files-opened');
  }
}
app.on('second-instance', (_event, argv, cwd) => filesArrived(estatePathsInArgv(argv.slice(1), cwd)));
app.on('open-file', (event, path) => {
  event.preventDefault();
  filesArrived([path]);
});

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

function send(command: MenuCommand): void {
  (BrowserWindow.getFocusedWindow() ?? mainWindow)?.webContents.send(MENU_CHANNEL, command);
}

const preload = join(fileURLToPath(new URL('.', import.meta.url)), 'preload.cjs');

function createWindow(): void {
  const options = windowOptions(preload);
  // window-options.ts is the tested source of these; the three that matter most are
  // restated here, in the constructor call, where static checkers (Electronegativity) look.
  const win = new BrowserWindow({ ...options, webPreferences: { ...options.webPreferences, contextIsolation: true, sandbox: true, nodeIntegration: false } });
  mainWindow = win;
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => (mainWindow = undefined));
  void win.loadURL(`${APP_ORIGIN}/index.html`);
}

void app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  serveRenderer(rendererDir());
  const library = new EstateLibrary(defaultLibraryDir(), async (path) => {
    await shell.trashItem(path);
    return 'the system trash';
  });
  registerIpc(ipcMain, createHandlers({ host: 'desktop', library, dialogs: electronDialogs(() => mainWindow), boardPack: desktopBoardPackPrinter(preload), openedFiles }));
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(send, { isMac: process.platform === 'darwin', allowReload: !app.isPackaged })));
  createWindow();
  app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && createWindow());
  app.on('before-quit', () => library.closeAll());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
