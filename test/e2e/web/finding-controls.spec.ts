import { join } from 'node:path';
import { SCREENSHOTS, expect, openSample, test } from '../support/fixtures.js';

// Issue 18, part 4: each finding names the controls it concerns (HIPAA, GDPR, ISO 27001),
// with the title and the reason reachable by keyboard, and the view filters by them.

const PHI_CARD = 'PHI on a multi-tenant workload: Traefik ingress (clinics, shared)';

test('a finding shows its controls, explains one from the keyboard, and the list filters by framework and control', async ({ app }) => {
  await openSample(app);
  await app.getByRole('tab', { name: /Findings/ }).click();
  const card = app.getByRole('article', { name: PHI_CARD });
  const controls = card.getByRole('group', { name: 'Controls this finding concerns' });
  await expect(controls.getByRole('button')).toHaveText([
    'HIPAA 164.312(a)(1)',
    'HIPAA 164.312(a)(2)(iv)',
    'GDPR Art. 9(1)',
    'GDPR Art. 32(1)(b)',
    'ISO 27001 A.5.23',
    'ISO 27001 A.8.22',
    'ISO 27001 A.5.34',
  ]);

  // Not hover-only: Tab to the chip, Enter opens the note with the title and the reason; Enter again closes it.
  const access = controls.getByRole('button', { name: 'HIPAA 164.312(a)(1)' });
  await expect(access).toHaveAttribute('title', /^Access control: PHI shares compute/);
  await access.focus();
  await app.keyboard.press('Enter');
  await expect(access).toHaveAttribute('aria-expanded', 'true');
  const note = card.getByRole('region', { name: 'Why this control' });
  await expect(note).toBeVisible();
  await expect(note).toContainText('HIPAA 164.312(a)(1) · Access control');
  await expect(note).toContainText('only logical access control keeps them out');
  await expect(note).toContainText('§ 164.312(a)(1), 45 CFR Part 164, Subpart C');
  await app.screenshot({ path: join(SCREENSHOTS, 'finding-controls-1440.png') });
  await app.keyboard.press('Enter');
  await expect(note).toBeHidden();

  // A cycle is no control matter, and says why.
  const cycle = app.locator('.finding-card', { hasText: 'Pharmacy inventory → Procurement and supplier portal' });
  await app.getByLabel('Check').selectOption('cycle-forces-move-group');
  await expect(cycle.locator('.no-control')).toContainText('None: A cycle decides which workloads must move together');
  await app.screenshot({ path: join(SCREENSHOTS, 'finding-controls-none.png') });
  await app.getByLabel('Check').selectOption('');

  // The filter: by one control, then by a framework; the count says how many match.
  const count = app.locator('.view-toolbar .muted').last();
  const total = Number((await count.textContent())?.match(/of ([\d,]+)/)?.[1]?.replace(/,/g, ''));
  await app.getByRole('combobox', { name: 'Control', exact: true }).selectOption('GDPR Art. 9(1)');
  await expect(app.locator('.finding-card')).toHaveCount(2);
  await expect(count).toHaveText(`2 of ${total} findings`);
  await expect(app.getByRole('article', { name: PHI_CARD })).toBeVisible();
  await app.getByRole('combobox', { name: 'Control', exact: true }).selectOption('ISO 27001');
  const iso = Number((await count.textContent())?.match(/^([\d,]+)/)?.[1]);
  expect(iso).toBeGreaterThan(2);
  expect(iso).toBeLessThan(total);
  await app.getByRole('combobox', { name: 'Check', exact: true }).selectOption('readiness-missing');
  await expect(app.locator('.finding-card').first()).toContainText('Not ready to migrate');
  await app.screenshot({ path: join(SCREENSHOTS, 'finding-controls-readiness.png') });
  await app.getByRole('combobox', { name: 'Check', exact: true }).selectOption('');
  await expect(app.locator('.finding-card').first().locator('[data-control^="ISO 27001"]').first()).toBeVisible();

  // The search reads control ids too.
  await app.getByRole('combobox', { name: 'Control', exact: true }).selectOption('');
  await app.getByLabel('Search findings').fill('A.8.11');
  await expect(app.locator('.finding-card')).toHaveCount(1);
  await expect(app.locator('.finding-card')).toContainText('Unmasked patient data');
  await app.getByLabel('Search findings').fill('');
});

for (const [width, height] of [
  [1280, 720],
  [1366, 768],
  [1920, 1080],
] as const) {
  test(`the Findings view with controls at ${width}x${height} keeps its toolbar on one line and its chips in the card`, async ({ app }) => {
    await app.setViewportSize({ width, height });
    await openSample(app);
    await app.getByRole('tab', { name: /Findings/ }).click();
    const card = app.getByRole('article', { name: PHI_CARD });
    await expect(card.locator('.control-chip').first()).toBeVisible();
    await card.getByRole('button', { name: 'GDPR Art. 9(1)' }).click();
    await expect(card.getByRole('region', { name: 'Why this control' })).toBeVisible();
    // Every chip inside its card, none clipped.
    const cardBox = (await card.boundingBox())!;
    for (const chip of await card.locator('.control-chip').all()) {
      const box = (await chip.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(cardBox.x + cardBox.width);
    }
    // The toolbar's controls and its count sit on one row at every size.
    const middles = await app
      .locator('.findings-view .view-toolbar > :is(button, select, input, .muted)')
      .evaluateAll((els) => els.map((e) => Math.round((e.getBoundingClientRect().top + e.getBoundingClientRect().bottom) / 2)));
    expect(Math.max(...middles) - Math.min(...middles)).toBeLessThanOrEqual(2);
    await app.screenshot({ path: join(SCREENSHOTS, `finding-controls-${width}x${height}.png`) });
  });
}
