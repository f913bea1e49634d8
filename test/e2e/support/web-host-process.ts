import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningHost {
  launchUrl: string;
  baseUrl: string;
  token: string;
  libraryDir: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts the built web host exactly as `npm start -- --web` does, on a temp library. */
export function startWebHostProcess(root: string, libraryDir = mkdtempSync(join(tmpdir(), 'waveplan-e2e-'))): Promise<RunningHost> {
  const child = spawn(process.execPath, [join(root, 'dist-node/electron/web/web-host-main.js'), '--no-open'], {
    cwd: root,
    env: { ...process.env, WAVEPLAN_LIBRARY_DIR: libraryDir, WAVEPLAN_CHECK_OUTPUTS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The web host did not start within 20 s. Output:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/)#token=([A-Za-z0-9_-]+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      const [launchUrl, baseUrl, token] = match as unknown as [string, string, string];
      resolve({
        launchUrl,
        baseUrl,
        token,
        libraryDir,
        child,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The web host exited with ${code} before it was ready. Output:\n${output}`));
    });
  });
}
