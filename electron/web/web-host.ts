import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { ErrorCode } from '../../shared/errors.js';
import type { HandlerTable } from '../backend/handlers.js';
import { SECURITY_HEADERS } from '../backend/security-policy.js';

// The same contract as the desktop host, over HTTP on loopback, for machines where
// the Electron runtime is not installed. Only this machine's user can reach it, and
// only with the per-launch token; other sites open in the same browser cannot
// (no CORS headers, Host and Origin checked).

export const TOKEN_HEADER = 'x-waveplan-token';
export const MAX_BODY_BYTES = 768 * 1024 * 1024; // a large estate file as base64

const STATUS_OF: Record<ErrorCode, number> = {
  'invalid-input': 400,
  'not-found': 404,
  conflict: 409,
  'refused-file': 422,
  storage: 507,
  internal: 500,
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface WebHostOptions {
  handlers: HandlerTable;
  staticDir: string;
  port?: number;
  token?: string;
  maxBodyBytes?: number;
}

export interface WebHost {
  url: string;
  /** The URL to open: the token rides in the fragment, which browsers never send to the server. */
  launchUrl: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...SECURITY_HEADERS, ...extra });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function refuse(res: ServerResponse, status: number, message: string): void {
  if (status === 413) res.setHeader('Connection', 'close');
  sendJson(res, status, { ok: false, error: { code: status >= 400 && status < 500 ? 'invalid-input' : 'internal', message } });
}

function tokensEqual(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Answer 413 at once; the rest of the body is read and dropped so the reply gets through.
        if (chunks.length > 0) chunks.length = 0;
        reject(Object.assign(new Error('too large'), { status: 413 }));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const staticRoot = normalize(options.staticDir + sep);
  const realStaticRoot = realpath(options.staticDir).then(
    (dir) => normalize(dir + sep),
    () => staticRoot,
  );
  let allowedHosts: Set<string> = new Set();
  let allowedOrigins: Set<string> = new Set();

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') return refuse(res, 405, 'API calls are POST requests.');
    const header = req.headers[TOKEN_HEADER];
    if (!tokensEqual(Array.isArray(header) ? header[0] : header, token)) {
      return refuse(res, 401, 'Missing or wrong Waveplan token. Open the URL that `npm start` printed.');
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, 'API calls send JSON.');
    const handler = Object.hasOwn(options.handlers, method) ? options.handlers[method as keyof HandlerTable] : undefined;
    if (!handler) return refuse(res, 404, `There is no API method “${method}”.`);
    let input: unknown;
    try {
      const body = await readBody(req, limit);
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch (error) {
      const status = (error as { status?: number }).status ?? 400;
      return refuse(res, status, status === 413 ? `The request is larger than ${Math.round(limit / 1024 / 1024)} MB.` : 'The request body is not valid JSON.');
    }
    const envelope = await handler(input);
    sendJson(res, envelope.ok ? 200 : STATUS_OF[envelope.error.code], envelope);
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Only GET is served here.');
    let relative: string;
    try {
      relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname.slice(1));
    } catch {
      return refuse(res, 400, 'Bad URL: a percent-escape in the path is malformed.');
    }
    // Source maps would hand the app's source to any local process without the token.
    if (relative.includes('\0') || relative.endsWith('.map')) return refuse(res, 404, 'Not found.');
    const file = normalize(join(staticRoot, relative));
    if (!file.startsWith(staticRoot)) return refuse(res, 404, 'Not found.');
    try {
      // A link inside the built app must not lead out of it.
      if (!(await realpath(file)).startsWith(await realStaticRoot)) return refuse(res, 404, 'Not found.');
      const body = await readFile(file);
      send(res, 200, body, MIME[extname(file)] ?? 'application/octet-stream');
    } catch {
      refuse(res, 404, 'Not found.');
    }
  }

  const server = createServer((req, res) => {
    // DNS rebinding: only our own host names. Cross-site requests: only our own origin.
    if (!allowedHosts.has(req.headers.host ?? '')) return refuse(res, 421, 'Unexpected Host header.');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin)) return refuse(res, 403, 'Requests from other sites are refused.');
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      return refuse(res, 400, 'Bad URL.');
    }
    const api = /^\/api\/([A-Za-z]+)$/.exec(pathname);
    const work = api ? handleApi(req, res, api[1] ?? '') : pathname.startsWith('/api/') ? Promise.resolve(refuse(res, 404, 'Not found.')) : handleStatic(req, res, pathname);
    work.catch((error: unknown) => {
      if (!res.headersSent) refuse(res, 500, `The web host failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  server.requestTimeout = 10 * 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    launchUrl: `${url}#token=${token}`,
    port,
    token,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
