import { join } from 'node:path';
import { SCREENSHOTS, cell, expect, openSample, test } from '../support/fixtures.js';

// Workshop constraints said in the detail panel: "the EHR interface cannot move in
// December" (its own blackout) and "payroll is done before the January month-end close"
// (done by). With the plan starting in November, the EHR interface engine's unit would
// cut over on 2026-12-13; the plan honours both, and the wave card and timeline show them.

const EHR = 'EHR HL7/FHIR interface engine';
const PAYROLL = 'Payroll export connector';

test('a workload’s own December blackout and another’s done-by date are set in the detail panel, honoured by the plan and shown on the timeline', async ({ app }) => {
  await openSample(app);
  await app.getByRole('tab', { name: 'Waves' }).click();
  await app.getByLabel('Start date').fill('2026-11-02');
  const waveOf = (name: string) => app.locator('article.wave-card', { has: app.locator('.member-chip', { hasText: name }) });
  // Without a limit the EHR interface engine cuts over in December.
  await expect(waveOf(EHR)).toHaveAttribute('data-cutover', '2026-12-13');

  await app.getByRole('tab', { name: 'Inventory' }).click();
  await cell(app, EHR, 'system').click();
  const details = app.getByRole('complementary', { name: 'Workload details' });
  await expect(details.getByRole('heading', { name: EHR })).toBeVisible();
  // A window that ends before it starts cannot be added, and says why.
  await details.getByLabel('Own blackout from').fill('2026-12-31');
  await details.getByLabel('Own blackout to').fill('2026-12-01');
  await expect(details.getByText('The end is before the start.')).toBeVisible();
  await expect(details.getByRole('button', { name: 'Add window' })).toBeDisabled();
  await details.getByLabel('Own blackout from').fill('2026-12-01');
  await details.getByLabel('Own blackout to').fill('2026-12-31');
  await details.getByLabel('Own blackout label').fill('December freeze');
  await details.getByRole('button', { name: 'Add window' }).click();
  await expect(details.getByRole('list', { name: 'Own blackout windows' })).toContainText('December 2026 · December freeze');
  await expect(cell(app, EHR, 'blackouts')).toHaveText('2026-12-01..2026-12-31 December freeze');
  await details.getByRole('group', { name: 'Date limits' }).screenshot({ path: join(SCREENSHOTS, 'workload-date-limits.png') });

  await cell(app, PAYROLL, 'system').click();
  await expect(details.getByRole('heading', { name: PAYROLL })).toBeVisible();
  await details.getByLabel('Done by').fill('2027-01-27');
  await expect(cell(app, PAYROLL, 'doneBy')).toHaveText('2027-01-27');
  await expect(app.getByText('✓ Saved')).toBeVisible();
  await cell(app, EHR, 'blackouts').scrollIntoViewIfNeeded();
  await app.getByRole('grid', { name: 'Workload inventory' }).screenshot({ path: join(SCREENSHOTS, 'inventory-date-columns.png') });

  // The plan honours both: the EHR interface engine cuts over after December, and the payroll connector's wave has ended by 2027-01-27.
  await app.getByRole('tab', { name: 'Waves' }).click();
  const ehrWave = waveOf(EHR);
  await expect(ehrWave).toHaveAttribute('data-cutover', /^2027-01-/);
  const cutover = (await ehrWave.getAttribute('data-cutover')) as string;
  expect(cutover > '2026-12-31').toBe(true);
  const payrollEnd = (await waveOf(PAYROLL).getAttribute('data-end')) as string;
  expect(payrollEnd <= '2027-01-27').toBe(true);
  await expect(ehrWave.getByRole('list', { name: /Date limits in wave/ })).toContainText(`${EHR}: not in December 2026 (December freeze, own blackout)`);
  await expect(ehrWave.locator(`.wave-date-limits li[data-kept="false"]`)).toHaveCount(0);
  await expect(app.getByRole('region', { name: 'Plan issues' })).not.toContainText('Workload date');

  // The timeline shows each limit on the row of the wave that keeps it.
  const timeline = app.getByRole('region', { name: 'Wave timeline' });
  const legend = timeline.getByRole('list', { name: 'Workload date limits' });
  await expect(legend.locator('li[data-kept="true"]', { hasText: `${EHR}: not in December 2026 (December freeze, own blackout)` })).toBeVisible();
  await expect(legend.locator('li[data-kept="true"]', { hasText: `${PAYROLL}: done by 2027-01-27` })).toBeVisible();
  await expect(legend.locator('li[data-kept="false"]')).toHaveCount(0);
  await expect(timeline.locator('.date-mark.limit-blackout.kept')).toHaveCount(1);
  // A done-by day after the last wave still gets its tick: the timeline runs to it.
  await expect(timeline.locator('.date-mark.limit-done-by.kept')).toHaveCount(1);
  await timeline.screenshot({ path: join(SCREENSHOTS, 'timeline-date-limits.png') });
  await ehrWave.screenshot({ path: join(SCREENSHOTS, 'wave-card-date-limits.png') });
});
