import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lyingZip } from '../../../scripts/bad-spreadsheets.js';
import type { Page } from '@playwright/test';
import { ROOT, SCREENSHOTS, expect, openSample, test } from '../support/fixtures.js';

// A rate card set from a price list (issue 17): a client's German CSV and a cloud vendor's
// workbook are imported from the Costs view, each previewed against the card, applied as
// one change and undone. At a laptop's 1366×768, where the preview must still read well.

test.use({ viewport: { width: 1366, height: 768 } });

const fixture = (name: string) => join(ROOT, 'test', 'fixtures', 'price-lists', name);

async function importPriceList(app: Page, path: string) {
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: 'Import a price list…' }).click();
  await (await chooser).setFiles(path);
}

const runAfter = (app: Page) => app.getByRole('button', { name: /^Run rate after, likely: / });

test('a client’s price list sets the rate card in one undoable change, after a preview', async ({ app }) => {
  await openSample(app);
  await app.getByRole('tab', { name: 'Costs' }).click();
  const vcpu = app.getByRole('textbox', { name: 'vCPU, per month' });
  await expect(vcpu).toHaveValue('22');
  const runAfterBefore = (await runAfter(app).getAttribute('aria-label')) as string;

  await importPriceList(app, fixture('kliniken-rate-sheet-de.csv'));
  const dialog = app.getByRole('dialog', { name: 'Price list kliniken-rate-sheet-de.csv' });
  await expect(dialog.getByRole('list', { name: 'What the price list does' })).toContainText('6 to change');
  const rates = dialog.getByRole('region', { name: 'Rates to change' });
  // Per hour into per month at 730 h, and "1.234,56" read as the German sheet writes it.
  await expect(rates.getByRole('row', { name: 'vCPU, per month' })).toContainText('€22.00€30.003“vCPU” 0,0411 per hour × 730 h');
  await expect(rates.getByRole('row', { name: 'Dedicated environment premium' })).toContainText('€1,600.00€1,234.56');
  await expect(dialog.getByRole('region', { name: 'Not understood' })).toContainText('Firewall appliance');
  await app.screenshot({ path: join(SCREENSHOTS, 'price-list-preview.png') });

  await dialog.getByRole('button', { name: 'Apply 6 rates' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(app.getByText(/Set 6 rates from kliniken-rate-sheet-de\.csv/)).toBeVisible();
  await expect(vcpu).toHaveValue('30.003');
  await expect(app.getByRole('textbox', { name: 'Effort day rate' })).toHaveValue('1050');
  await expect(runAfter(app)).not.toHaveAttribute('aria-label', runAfterBefore);

  // One undo takes every rate back.
  await app.getByRole('button', { name: '↶ Undo' }).click();
  await expect(vcpu).toHaveValue('22');
  await expect(app.getByRole('textbox', { name: 'Effort day rate' })).toHaveValue('900');
  await expect(runAfter(app)).toHaveAttribute('aria-label', runAfterBefore);
});

test('a vendor workbook: a row in dollars blocks until it is left out; what is not a spreadsheet changes nothing', async ({ app }) => {
  test.setTimeout(150_000); // the zip bomb is inflated up to the budget before it is refused
  await openSample(app);
  await app.getByRole('tab', { name: 'Costs' }).click();
  await importPriceList(app, fixture('northwind-cloud-2027.xlsx'));
  const dialog = app.getByRole('dialog', { name: 'Price list northwind-cloud-2027.xlsx' });
  const problems = dialog.getByRole('region', { name: 'Problems' });
  await expect(problems).toContainText('Priced in USD; this estate’s rate card is in EUR');
  await expect(problems.getByRole('row', { name: /Dedicated database/ })).toContainText('Compute7D (Unit price)');
  await expect(dialog.getByRole('region', { name: 'Rates to change' }).getByRole('row', { name: 'GB storage, per month' })).toContainText('per TB ÷ 1,000');
  await app.screenshot({ path: join(SCREENSHOTS, 'price-list-vendor-preview.png') });
  // Egress per GB in the sheet's "Monthly" column: the price of one GB, billed monthly.
  await expect(dialog.getByRole('region', { name: 'Rates to change' }).getByRole('row', { name: 'Egress, per GB' })).toBeVisible();
  const apply = dialog.getByRole('button', { name: 'Apply 6 rates' });
  await expect(apply).toBeDisabled();
  await dialog.getByLabel(/Leave out the row with problems/).check();
  await apply.click();
  await expect(app.getByRole('textbox', { name: 'vCPU, per month' })).toHaveValue('28.105');
  await expect(app.getByRole('textbox', { name: 'Dedicated database premium' })).toHaveValue('450');

  // A file that is not a spreadsheet is refused by the back end, and the card stays as it is.
  const notASheet = join(tmpdir(), `price-list-${Date.now()}.xlsx`);
  // A PDF's start and binary stream, as a mis-saved attachment would be.
  writeFileSync(
    notASheet,
    Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj << /Length 512 /Filter /FlateDecode >> stream\n', 'latin1'), Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256))]),
  );
  await importPriceList(app, notASheet);
  await expect(app.getByText(/Could not read the price list “price-list-\d+\.xlsx”/)).toBeVisible();
  await expect(app.getByRole('dialog')).toHaveCount(0);
  await expect(app.getByRole('textbox', { name: 'vCPU, per month' })).toHaveValue('28.105');

  // A zip bomb (a sheet that claims 2 KB and inflates past 300 MB) is refused at the worker's inflate budget, as an inventory is.
  const bomb = join(tmpdir(), `bomb-${Date.now()}.xlsx`);
  writeFileSync(bomb, lyingZip(320));
  await importPriceList(app, bomb);
  await expect(app.getByText(/Could not read the price list “bomb-\d+\.xlsx”: .* would expand past 300 MB/)).toBeVisible({ timeout: 60_000 });
  await expect(app.getByRole('dialog')).toHaveCount(0);
  await expect(app.getByRole('textbox', { name: 'vCPU, per month' })).toHaveValue('28.105');

  // A spreadsheet with no price table says what it looked for, and offers nothing to apply.
  const people = join(tmpdir(), `people-${Date.now()}.csv`);
  writeFileSync(people, 'Name,Email\nAda,ada@example.org\n');
  await importPriceList(app, people);
  const refused = app.getByRole('dialog', { name: /^Price list people-/ });
  await expect(refused.getByRole('alert')).toContainText('has no table of items and prices');
  await expect(refused.getByRole('button', { name: 'Nothing to change' })).toBeDisabled();
  await app.screenshot({ path: join(SCREENSHOTS, 'price-list-no-table.png') });
  await refused.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.getByRole('textbox', { name: 'vCPU, per month' })).toHaveValue('28.105');
});
