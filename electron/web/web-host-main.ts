import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createHandlers } from '../backend/handlers.js';
import { headlessBoardPackPrinter } from '../backend/services/board-pack/print-pdf.js';
import { rendererDir } from '../backend/services/app-root.js';
import { defaultLibraryDir } from '../backend/services/library-dir.js';
import { EstateLibrary } from '../backend/services/library.js';
import { startWebHost, type WebHost } from './web-host.js';

// Entry point of the web host: `npm start` runs it when Electron's runtime is missing,
// `npm start -- --web` always. Flags: --port N, --no-open.

function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '""', url] : [url];
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined); // no browser opener: the printed URL is enough
    child.unref();
  } catch {
    // as above
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const portArg = args.indexOf('--port');
  const port = portArg >= 0 ? Number(args[portArg + 1]) : 0;
  const staticDir = rendererDir();
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.error(`The renderer is not built (${staticDir} has no index.html). Run \`npm run build\` first.`);
    process.exit(1);
  }
  const library = new EstateLibrary(defaultLibraryDir());
  // The board pack is printed from this host's own print route, once the server is listening.
  const started: { host?: WebHost } = {};
  const boardPack = headlessBoardPackPrinter(() => {
    if (!started.host) throw new Error('The web host is still starting.');
    return { url: started.host.url, token: started.host.token };
  });
  const host = await startWebHost({ handlers: createHandlers({ host: 'web', library, boardPack }), staticDir, port });
  started.host = host;
  console.log(`Waveplan is running in your browser at:\n\n  ${host.launchUrl}\n`);
  console.log(`Estates library: ${library.dir}`);
  console.log('Only this machine can reach it, and only with that link. Press Ctrl+C to stop.');
  if (!args.includes('--no-open')) openBrowser(host.launchUrl);

  const stop = () => {
    library.closeAll(); // checkpoints every open estate into its file
    void host.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`Waveplan could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
