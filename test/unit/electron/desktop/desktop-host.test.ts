import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { registerIpc } from '../../../../electron/desktop/ipc.js';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/backend/security-policy.js';
import { APP_ORIGIN, isTrustedSender, windowOptions } from '../../../../electron/desktop/window-options.js';
import { METHOD_NAMES, channelOf } from '../../../../shared/contract-names.js';
import type { HandlerTable } from '../../../../electron/backend/handlers.js';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');

describe('the desktop window (Electron security checklist)', () => {
  const prefs = windowOptions('/app/preload.cjs').webPreferences ?? {};

  it('isolates and sandboxes the renderer', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('trusts only the app’s own top-level page', () => {
    expect(isTrustedSender({ url: `${APP_ORIGIN}/index.html`, parent: null })).toBe(true);
    expect(isTrustedSender({ url: `${APP_ORIGIN}/index.html`, parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'file:///etc/passwd', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'app://waveplan.evil/', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });

  it('serves the same CSP in the page as in the headers, with no remote source', () => {
    const html = readFileSync(join(ROOT, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    // frame-ancestors only works as a header, so the meta tag leaves it out.
    expect(meta).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|unsafe-eval|unsafe-inline|\*/);
  });

  it('main.ts denies navigation, new windows, webviews and permissions', () => {
    const main = readFileSync(join(ROOT, 'electron', 'desktop', 'main.ts'), 'utf8');
    for (const guard of [
      "on('will-navigate'",
      "on('will-redirect'",
      "on('will-attach-webview'",
      "setWindowOpenHandler(() => ({ action: 'deny' }))",
      'setPermissionRequestHandler',
      'setPermissionCheckHandler(() => false)',
    ]) {
      expect(main, guard).toContain(guard);
    }
  });

  it('main.ts builds the window from the tested options, restating the isolation settings where static checkers look', () => {
    const main = readFileSync(join(ROOT, 'electron', 'desktop', 'main.ts'), 'utf8');
    expect(main).toContain('const options = windowOptions(preload);');
    expect(main).toContain('new BrowserWindow({ ...options, webPreferences: { ...options.webPreferences, contextIsolation: true, sandbox: true, nodeIntegration: false } })');
  });
});

describe('files opened from the operating system', () => {
  it('main.ts takes a double-clicked estate from argv, a second instance and macOS open-file, into the checked queue', () => {
    const main = readFileSync(join(ROOT, 'electron', 'desktop', 'main.ts'), 'utf8');
    for (const step of [
      'estatePathsInArgv(process.argv.slice(1), process.cwd())',
      'app.requestSingleInstanceLock()',
      "app.on('second-instance'",
      "app.on('open-file'",
      'openedFiles }));',
      "send('files-opened')",
    ]) {
      expect(main, step).toContain(step);
    }
  });
});

describe('IPC registration', () => {
  it('registers one channel per method, checks the sender before the handler runs', async () => {
    const handle = vi.fn();
    const handler = vi.fn(async () => ({ ok: true, value: 1 }));
    const handlers = Object.fromEntries(METHOD_NAMES.map((m) => [m, handler])) as unknown as HandlerTable;
    registerIpc({ handle }, handlers);
    expect(handle.mock.calls.map((c) => c[0]).sort()).toEqual(METHOD_NAMES.map(channelOf).sort());
    const listener = handle.mock.calls.find((c) => c[0] === channelOf('openEstate'))?.[1] as (event: unknown, input: unknown) => Promise<unknown>;
    const refused = await listener({ senderFrame: { url: 'https://evil.example', parent: null } }, { id: 'x' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(handler).not.toHaveBeenCalled();
    await listener({ senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: null } }, { id: 'x' });
    expect(handler).toHaveBeenCalledWith({ id: 'x' });
  });
});

describe('the preload', () => {
  it('exposes exactly the contract’s methods and the menu listener, frozen', async () => {
    const exposeInMainWorld = vi.fn();
    const invoke = vi.fn(async () => ({ ok: true, value: null }));
    vi.doMock('electron', () => ({ contextBridge: { exposeInMainWorld }, ipcRenderer: { invoke, on: vi.fn(), removeListener: vi.fn() } }));
    await import('../../../../electron/desktop/preload.js');
    const [name, api] = exposeInMainWorld.mock.calls[0] as [string, Record<string, (input: unknown) => unknown>];
    expect(name).toBe('waveplan');
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES, 'onMenuCommand'].sort());
    await api.openEstate?.({ id: 'a' });
    expect(invoke).toHaveBeenCalledWith('waveplan:openEstate', { id: 'a' });
    expect('invoke' in api).toBe(false);
  });
});

describe('the packaged app (electron-builder.yml)', () => {
  it('sets the Electron fuses: no RunAsNode, cookie encryption, no NODE_OPTIONS or inspector arguments, asar integrity, no file:// privileges', () => {
    const config = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
    const fuses = Object.fromEntries([...config.matchAll(/^ {2}(\w+): (true|false)$/gm)].map((m) => [m[1], m[2] === 'true']));
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config).toMatch(/^electronFuses:$/m);
  });
});
