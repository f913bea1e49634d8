import type { Bridge, Envelope } from '../../../shared/contract';
import { METHOD_NAMES, type MenuCommand, type MethodName } from '../../../shared/contract-names';
import { WaveplanError, deserializeError } from '../../../shared/errors';
import { downloadBytes, pickBrowserFile } from './browser-files';

// One Bridge, two transports: IPC through the preload (desktop) and HTTP to the web
// host (browser). Both carry envelopes, so an error keeps its code and message.

type Preload = Record<MethodName, (input: unknown) => Promise<Envelope<unknown>>> & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

declare global {
  interface Window {
    waveplan?: Preload;
  }
}

function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw deserializeError(envelope.error);
}

function ipcBridge(preload: Preload): Bridge {
  const bridge = {} as Record<MethodName, (input: unknown) => Promise<unknown>>;
  for (const method of METHOD_NAMES) bridge[method] = async (input) => unwrap(await preload[method](input));
  return bridge as unknown as Bridge;
}

const TOKEN_KEY = 'waveplan.token';

/** A fragment without its token: "#token=abc" → "", "#/print/board-pack/x&token=abc" → "#/print/board-pack/x". */
export function fragmentWithoutToken(hash: string): string {
  const rest = hash.replace(/(^#|&)token=[A-Za-z0-9_-]+/, '$1').replace(/&$/, '');
  return rest === '#' ? '' : rest;
}

/**
 * The web host's token: from the launch URL's fragment the first time, then from this
 * tab's session. The rest of the fragment is kept: the board pack's printer opens the
 * print route with the token after it.
 */
export function takeWebToken(): string | undefined {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search + fragmentWithoutToken(window.location.hash));
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
}

function httpBridge(token: string): Bridge {
  const call = async (method: MethodName, input: unknown): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetch(`./api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Waveplan-Token': token },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      throw new WaveplanError('storage', 'Waveplan’s local server is not answering. Is `npm start` still running?');
    }
    let envelope: Envelope<unknown>;
    try {
      envelope = (await response.json()) as Envelope<unknown>;
    } catch {
      throw new WaveplanError('internal', `The local server answered ${response.status} without a readable body.`);
    }
    return unwrap(envelope);
  };
  const bridge = {} as Record<MethodName, (input: unknown) => Promise<unknown>>;
  for (const method of METHOD_NAMES) bridge[method] = (input) => call(method, input);
  bridge.saveFile = async (input) => {
    const { suggestedName, bytes } = input as { suggestedName: string; bytes: string };
    return downloadBytes(suggestedName, bytes);
  };
  bridge.pickFile = (input) => pickBrowserFile((input as { extensions: string[] }).extensions);
  return bridge as unknown as Bridge;
}

export type HostBridge = { bridge: Bridge; host: 'desktop' | 'web'; onMenuCommand?: Preload['onMenuCommand'] };

/** The bridge for wherever this page runs, or undefined in a browser tab opened without the token. */
export function connectBridge(): HostBridge | undefined {
  if (window.waveplan) return { bridge: ipcBridge(window.waveplan), host: 'desktop', onMenuCommand: window.waveplan.onMenuCommand };
  const token = takeWebToken();
  return token ? { bridge: httpBridge(token), host: 'web' } : undefined;
}
