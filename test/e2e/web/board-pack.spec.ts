import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_PLAN_SETTINGS, healthcareSampleEstate } from '../../../shared/sample/healthcare-estate.js';
import { writeEstateFileAt } from '../../support/estate-file-at.js';
import { SCREENSHOTS, api, expect, openSample, test } from '../support/fixtures.js';

// The board pack, exported through the app as an architect would, read back with
// poppler-utils (pdfinfo, pdftotext, pdftoppm): a PDF of a bounded number of pages with
// the cover, every section, the page numbers, and an executive summary of one page.

const poppler = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
const SECTIONS = [
  '1 Executive summary',
  '2 The wave plan',
  '3 Tenancy tiers',
  '4 Findings by severity',
  'Control coverage',
  '5 Costs',
  '6 Rollback readiness per wave',
  '7 Data completeness and assumptions',
];

test.describe('the board pack', () => {
  test.skip(!existsSync('/usr/bin/pdftotext'), 'poppler-utils is not installed (apt-get install poppler-utils)');
  test.setTimeout(120_000);

  test('Export › Board pack gives a PDF with the cover, every section and numbered pages', async ({ app }) => {
    await openSample(app);
    await app.getByRole('button', { name: 'Export ▾' }).click();
    await expect(app.getByRole('menuitem', { name: /Board pack \(PDF\)/ })).toBeVisible();
    await app.screenshot({ path: join(SCREENSHOTS, 'export-menu-board-pack.png') });
    const download = app.waitForEvent('download');
    await app.getByRole('menuitem', { name: /Board pack \(PDF\)/ }).click();
    // The progress shows while Chromium prints.
    await expect(app.getByRole('status').filter({ hasText: /board pack/i })).toBeVisible();
    await app.screenshot({ path: join(SCREENSHOTS, 'board-pack-printing.png') });
    const file = await download;
    expect(file.suggestedFilename()).toBe('meridian-health-group-sample-board-pack.pdf');
    const pdf = join(tmpdir(), `board-pack-${Date.now()}.pdf`);
    await file.saveAs(pdf);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', [pdf]))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(9);
    expect(pages).toBeLessThanOrEqual(16);
    expect(poppler('pdfinfo', [pdf])).toMatch(/Page size:.*\(A4\)/);

    const text = poppler('pdftotext', ['-layout', pdf, '-']).replace(/[ \t]+/g, ' ');
    for (const words of ['Meridian Health Group (sample)', 'Scenario: Baseline', 'Waveplan 0.1.0', ...SECTIONS]) expect(text).toContain(words);
    for (let n = 1; n <= pages; n++) expect(text).toContain(`Page ${n} of ${pages}`);
    // Euro amounts written the Irish way (the sample's holidays are Ireland's).
    expect(text).toMatch(/€\d{1,3}(,\d{3})+/);

    // The executive summary is one page: page 2 holds it whole, page 3 is the wave plan.
    const page = (n: number) => poppler('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-']).replace(/[ \t]+/g, ' ');
    for (const part of ['1 Executive summary', 'Headline figures', 'Timeline', 'Top risks and what to do', 'What to do:', 'Decisions needed']) expect(page(2)).toContain(part);
    expect(page(3)).toContain('2 The wave plan');

    mkdirSync(SCREENSHOTS, { recursive: true });
    poppler('pdftoppm', ['-f', '2', '-l', '2', '-r', '80', '-png', '-singlefile', pdf, join(SCREENSHOTS, 'board-pack-summary')]);
    expect(existsSync(join(SCREENSHOTS, 'board-pack-summary.png'))).toBe(true);
  });

  test('Ctrl+P prints the board pack; its print preview opens in a tab, with Print and a Download PDF that works', async ({ app }) => {
    await openSample(app);
    const download = app.waitForEvent('download');
    await app.keyboard.press('Control+P');
    expect((await download).suggestedFilename()).toBe('meridian-health-group-sample-board-pack.pdf');

    // Export › Board pack, print preview: a tab of its own, on the same session.
    await app.getByRole('button', { name: 'Export ▾' }).click();
    const opened = app.context().waitForEvent('page');
    await app.getByRole('menuitem', { name: /Board pack, print preview/ }).click();
    const preview = await opened;
    await expect(preview.locator('html[data-board-pack="ready"]')).toBeAttached();
    await expect(preview.getByRole('heading', { name: 'Meridian Health Group (sample)' })).toBeVisible();
    await expect(preview.getByRole('button', { name: 'Download PDF' })).toBeVisible();
    await expect(preview.getByRole('heading', { name: /Executive summary/ })).toBeVisible();
    await preview.setViewportSize({ width: 1440, height: 900 });
    await preview.screenshot({ path: join(SCREENSHOTS, 'board-pack-preview.png') });
    // Download PDF in the preview: the same export, saved as a download.
    const fromPreview = preview.waitForEvent('download');
    await preview.getByRole('button', { name: 'Download PDF' }).click();
    expect((await fromPreview).suggestedFilename()).toBe('meridian-health-group-sample-board-pack.pdf');
  });

  test('an estate that is not there is refused by name, before Chromium starts', async ({ app }) => {
    await openSample(app);
    await expect(api(app, 'exportBoardPack', { id: 'no-such-estate' })).rejects.toThrow(/no-such-estate|not found|No estate/i);
    await expect(api(app, 'exportBoardPack', { id: 'x', scenarioId: '../etc' })).rejects.toThrow(/scenarioId/);
  });
  test('waveplan export --pdf prints the same pack from an estate file, as a process', () => {
    const dir = join(tmpdir(), `board-pack-cli-${Date.now()}`);
    mkdirSync(dir, { recursive: true });
    const estate = join(dir, 'meridian.waveplan');
    writeEstateFileAt(estate, 'Meridian Health Group', healthcareSampleEstate(), { planSettings: SAMPLE_PLAN_SETTINGS });
    const out = execFileSync(process.execPath, [join(process.cwd(), 'bin', 'waveplan.mjs'), 'export', estate, '--pdf', '-o', join(dir, 'pack.pdf')], {
      encoding: 'utf8',
      env: { ...process.env, WAVEPLAN_CLI_FROM: 'source' },
      timeout: 110_000,
    });
    expect(out).toMatch(/^Wrote .*pack\.pdf/);
    const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', [join(dir, 'pack.pdf')]))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(9);
    const text = poppler('pdftotext', ['-layout', join(dir, 'pack.pdf'), '-']);
    for (const section of SECTIONS) expect(text).toContain(section);
    expect(text).toContain('Meridian Health Group');
  });
});
