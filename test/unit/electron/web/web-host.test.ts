import { Agent, request } from 'node:http';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../electron/backend/handlers.js';
import { startWebHost, type WebHost } from '../../../../electron/web/web-host.js';
import { blankWorkload } from '../../../../shared/domain/workload.js';
import { tempLibrary } from '../../../support/temp-library.js';

let host: WebHost;
let cleanup: () => void;

beforeAll(async () => {
  const t = tempLibrary();
  cleanup = t.cleanup;
  const staticDir = mkdtempSync(join(tmpdir(), 'waveplan-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Waveplan</title>');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(tmpdir(), 'secret.txt'), 'secret');
  writeFileSync(join(staticDir, 'assets', 'app.js.map'), '{"sources":["../src/secret-source.ts"]}');
  symlinkSync(join(tmpdir(), 'secret.txt'), join(staticDir, 'assets', 'link.js'));
  host = await startWebHost({ handlers: createHandlers({ host: 'web', library: t.library }), staticDir, maxBodyBytes: 64 * 1024 });
});
afterAll(async () => {
  await host.close();
  cleanup();
});

type Reply = { status: number; body: string; headers: Record<string, string | string[] | undefined> };

function call(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${host.port}`, ...options.headers } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  call(`/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Waveplan-Token': host.token, ...headers }, body: JSON.stringify(body) });

describe('the web host', () => {
  it('listens on loopback only, at the URL it prints, with the token in the fragment', () => {
    const address = host.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
    expect(host.launchUrl).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers API calls that carry the token', async () => {
    const reply = await api('listEstates', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: [] });
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a call without the token or with a wrong one', async () => {
    expect((await call('/api/listEstates', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(401);
    expect((await api('listEstates', {}, { 'X-Waveplan-Token': 'x'.repeat(32) })).status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    expect((await api('listEstates', {}, { Host: `evil.example:${host.port}` })).status).toBe(421);
    expect((await api('listEstates', {}, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await api('listEstates', {}, { Origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('refuses paths outside the API and the built renderer', async () => {
    expect((await call('/../secret.txt')).status).toBe(404);
    expect((await call('/%2e%2e/secret.txt')).status).toBe(404);
    expect((await call('/api/noSuchMethod', { method: 'POST', headers: { 'X-Waveplan-Token': host.token, 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(404);
    expect((await call('/api/listEstates')).status).toBe(405);
    const page = await call('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect((await call('/assets/app.js')).headers['content-type']).toMatch(/javascript/);
  });

  it('answers a malformed percent-escape with 400, serves no source map and follows no link out of the app', async () => {
    const bad = await call('/assets/%E0%A4%A.js');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.message).toMatch(/percent-escape/);
    expect((await call('/assets/app.js.map')).status).toBe(404);
    const link = await call('/assets/link.js');
    expect(link.status).toBe(404);
    expect(link.body).not.toContain('secret');
    expect((await api('listEstates', {})).status).toBe(200);
  });

  it('answers a malformed or oversized body with a 4xx and stays up', async () => {
    const bad = await call('/api/listEstates', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Waveplan-Token': host.token }, body: '{not json' });
    expect(bad.status).toBe(400);
    const huge = await api('createEstate', { name: 'x'.repeat(100 * 1024), from: 'blank' });
    expect(huge.status).toBe(413);
    const invalid = await api('createEstate', { name: '', from: 'blank' });
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body).error.message).toMatch(/^Invalid input to createEstate: name: An estate needs a name/);
    expect((await api('listEstates', {})).status).toBe(200);
  });

  // A short load test, loopback only and bounded in count: every edit answered and kept.
  it('takes 10,000 edit calls in a row without an error, and keeps every one', { timeout: 180_000 }, async () => {
    const created = JSON.parse((await api('createEstate', { name: 'Load test', from: 'blank' })).body).value as { id: string };
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const post = (body: unknown) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const text = JSON.stringify(body);
        const req = request(
          {
            host: '127.0.0.1',
            port: host.port,
            path: '/api/applyChanges',
            method: 'POST',
            agent,
            headers: { Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/json', 'X-Waveplan-Token': host.token, 'Content-Length': Buffer.byteLength(text) },
          },
          (res) => {
            let out = '';
            res.on('data', (c: Buffer) => (out += c.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: out }));
          },
        );
        req.on('error', reject);
        req.end(text);
      });
    const CALLS = 10_000;
    let failures = 0;
    for (let i = 0; i < CALLS; i++) {
      const workload = { ...blankWorkload(`load-${i}`, `Load ${i}`), owner: `edit ${i}` };
      const reply = await post({ estateId: created.id, baseRevision: i, changes: [{ op: 'addWorkload', workload, position: i + 1 }] });
      if (reply.status !== 200) failures++;
    }
    agent.destroy();
    expect(failures).toBe(0);
    const snapshot = JSON.parse((await api('openEstate', { id: created.id })).body).value as { estate: { revision: number }; workloads: { id: string; owner: string }[] };
    expect(snapshot.estate.revision).toBe(CALLS);
    expect(snapshot.workloads).toHaveLength(CALLS);
    expect(snapshot.workloads.every((w, i) => w.id === `load-${i}` && w.owner === `edit ${i}`)).toBe(true);
  });
});
