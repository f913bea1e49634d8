// npm run board-pack:pages: board packs as PNG pages, to look at every page as the board
// will. With PDF files as arguments, converts those; without, prints the sample's board
// pack (and with --large the 10,000-workload estate's) through the web host's printer
// first. Needs a built renderer (npm run build), Chromium and poppler-utils (pdftoppm).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { healthcareSampleEstate, SAMPLE_PLAN_SETTINGS } from '../shared/sample/healthcare-estate.js';
import { SAMPLE_ESTATE_NAME } from '../shared/sample/sample-name.js';
import { generateSyntheticEstate } from '../shared/synthetic/generate-estate.js';
import { pdfPageCount, startPackHost } from '../test/support/board-pack-host.js';

const out = join(process.cwd(), 'test-results', 'board-pack');
const args = process.argv.slice(2);
const given = args.filter((a) => a.endsWith('.pdf'));

function hasPdftoppm(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** One PNG per page, in a folder named after the PDF; returns the folder. */
export function toPages(pdf: string, resolution = 70): string {
  const folder = join(out, basename(pdf, '.pdf'));
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  execFileSync('pdftoppm', ['-r', String(resolution), '-png', pdf, join(folder, 'page')]);
  return folder;
}

async function printPacks(): Promise<string[]> {
  const host = await startPackHost();
  const pdfs: string[] = [];
  try {
    const packs = [{ name: SAMPLE_ESTATE_NAME, estate: healthcareSampleEstate(), settings: SAMPLE_PLAN_SETTINGS }];
    // The large one with a blackout, so its Gantt shows the shading and the cutovers that move past it.
    const freeze = { label: 'Winter pressures freeze', from: '2027-02-01', to: '2027-02-14' };
    if (args.includes('--large'))
      packs.push({ name: 'Synthetic group (10k)', estate: generateSyntheticEstate({ workloads: 10_000, dependencies: 50_000 }), settings: { ...SAMPLE_PLAN_SETTINGS, blackouts: [freeze] } });
    for (const { name, estate, settings } of packs) {
      const id = host.add(name, estate, settings);
      const started = performance.now();
      const { fileName, bytes } = await host.print(id);
      const path = join(out, fileName);
      writeFileSync(path, bytes);
      console.log(`${name}: ${pdfPageCount(bytes)} pages in ${((performance.now() - started) / 1000).toFixed(1)} s → ${path}`);
      pdfs.push(path);
    }
  } finally {
    await host.close();
  }
  return pdfs;
}

mkdirSync(out, { recursive: true });
const pdfs = given.length ? given : await printPacks();
if (!hasPdftoppm()) {
  console.log('poppler-utils (pdftoppm) is not installed, so no page images: apt-get install -y poppler-utils');
  process.exit(0);
}
for (const pdf of pdfs) {
  const folder = toPages(pdf);
  const pages = readdirSync(folder).filter((f) => f.endsWith('.png'));
  console.log(`${basename(pdf)}: ${pages.length} pages as PNG in ${folder} (${pdfPageCount(readFileSync(pdf))} in the PDF)`);
}
