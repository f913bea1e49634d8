// npm run security:electron: Doyensec's Electronegativity over the desktop host's code
// and the page it loads, failing on any high-severity finding (CI runs it in npm test).
// Medium and low findings are printed; those reviewed are listed below with why.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from '../shared/excel/csv-read.js';

const REVIEWED: Record<string, string> = {
  AUXCLICK_JS_CHECK: 'new windows are denied in main.ts (setWindowOpenHandler → deny), so a middle-click opens nothing',
};

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'waveplan-electronegativity-'));
try {
  // The host's code and the page with its CSP, without node_modules.
  cpSync(join(root, 'electron'), join(work, 'electron'), { recursive: true });
  cpSync(join(root, 'renderer', 'index.html'), join(work, 'index.html'));
  const version = (createRequire(import.meta.url)('electron/package.json') as { version: string }).version;
  const out = join(work, 'findings.csv');
  const bin = join(root, 'node_modules', '.bin', 'electronegativity');
  execFileSync(bin, ['-i', work, '-r', '-v', 'false', '-e', version, '-o', out], { stdio: 'ignore', timeout: 120_000 });
  const [, ...rows] = parseCsv(readFileSync(out, 'utf8'));
  const findings = rows
    .filter((r) => r.length >= 5)
    .map(([check = '', severity = '', confidence = '', file = '', at = '']) => ({ check, severity: severity.trim(), confidence: confidence.trim(), file, at }));
  const high = findings.filter((f) => f.severity === 'HIGH');
  for (const f of findings) console.log(`${f.severity.padEnd(8)} ${f.check} (${f.confidence.toLowerCase()}) ${f.file}:${f.at}${REVIEWED[f.check] ? `: reviewed, ${REVIEWED[f.check]}` : ''}`);
  console.log(`Electronegativity ${version ? `for Electron ${version}` : ''}: ${findings.length} findings, ${high.length} high.`);
  if (high.length) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
