// npm run workbook:pdf: the sample's plan workbook, printed to PDF by LibreOffice, with a
// PNG per page, to look at the workbook as a client would print it. Needs LibreOffice
// (Debian: apt-get install libreoffice-calc) and, for the PNGs, poppler-utils.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeWorkbook } from '../electron/backend/services/excel/write-workbook.js';
import { DEFAULT_ESTATE_SETTINGS } from '../shared/estate/estate-settings.js';
import { buildWorkbookModel } from '../shared/excel/export-model.js';
import { reportOf } from '../shared/report/estate-report.js';
import { healthcareSampleEstate } from '../shared/sample/healthcare-estate.js';
import { SAMPLE_ESTATE_NAME } from '../shared/sample/sample-name.js';

const out = join(process.cwd(), 'test-results', 'workbook');
const has = (tool: string) => {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const { workloads, dependencies } = healthcareSampleEstate();
const content = { workloads, dependencies, positions: Object.fromEntries(workloads.map((w, i) => [w.id, i + 1])), nodePositions: {}, ...DEFAULT_ESTATE_SETTINGS };
const xlsx = join(out, 'meridian-migration-plan.xlsx');
writeFileSync(xlsx, await writeWorkbook(buildWorkbookModel(SAMPLE_ESTATE_NAME, content, reportOf(content))));
console.log(`Wrote ${xlsx}`);

if (!has('soffice')) {
  console.log('LibreOffice (soffice) is not installed, so no PDF: apt-get install -y --no-install-recommends libreoffice-calc');
  process.exit(0);
}
execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, xlsx], { stdio: 'ignore', timeout: 180_000 });
const pdf = xlsx.replace(/\.xlsx$/, '.pdf');
if (!existsSync(pdf)) throw new Error('LibreOffice did not write the PDF');
console.log(`Wrote ${pdf}`);
if (has('pdftoppm')) {
  execFileSync('pdftoppm', ['-r', '70', '-png', pdf, join(out, 'page')]);
  const pages = readdirSync(out).filter((f) => f.startsWith('page'));
  console.log(`${pages.length} pages as PNG in ${out}`);
} else console.log('poppler-utils (pdftoppm) is not installed, so no page images.');
