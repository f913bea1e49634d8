import type { z } from 'zod';
import { DEFAULT_RATE_CARD, RateCardSchema } from '../costs/rate-card.js';
import { DEFAULT_PLAN_SETTINGS, PlanSettingsSchema, upgradeStoredPlanSettings } from '../planner/settings.js';
import { RunbookEditsSchema } from '../rollback/runbook-edit-schema.js';
import { NO_RUNBOOK_EDITS } from '../rollback/runbook-edits.js';
import { ClassificationSettingsSchema, DEFAULT_CLASSIFICATION_SETTINGS } from '../tiers/classification-settings.js';
import { DEFAULT_ROLLBACK_SETTINGS, RollbackSettingsSchema } from '../rollback/rollback-settings.js';
import { SETTING_STORED_AS } from './setting-keys.js';

// Settings of the estate as a whole: each a small JSON object in the estate file's
// estate_setting table, under `storedAs`, replaced whole by one change (so undo puts
// back exactly what was there). An estate without one uses the defaults.

export const ESTATE_SETTINGS = {
  planSettings: { storedAs: SETTING_STORED_AS.planSettings, schema: PlanSettingsSchema, defaults: DEFAULT_PLAN_SETTINGS, upgrade: upgradeStoredPlanSettings },
  rollbackSettings: { storedAs: SETTING_STORED_AS.rollbackSettings, schema: RollbackSettingsSchema, defaults: DEFAULT_ROLLBACK_SETTINGS },
  rateCard: { storedAs: SETTING_STORED_AS.rateCard, schema: RateCardSchema, defaults: DEFAULT_RATE_CARD },
  runbookEdits: { storedAs: SETTING_STORED_AS.runbookEdits, schema: RunbookEditsSchema, defaults: NO_RUNBOOK_EDITS },
  classification: { storedAs: SETTING_STORED_AS.classification, schema: ClassificationSettingsSchema, defaults: DEFAULT_CLASSIFICATION_SETTINGS },
} as const;

export type SettingName = keyof typeof ESTATE_SETTINGS;
export const SETTING_NAMES = Object.keys(ESTATE_SETTINGS) as SettingName[];
export type EstateSettings = { [K in SettingName]: z.infer<(typeof ESTATE_SETTINGS)[K]['schema']> };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * A stored setting over its defaults, one level deep: a field (or a rate per kind)
 * added in a later version takes its default. A value that no longer validates gives
 * the defaults rather than an estate that cannot open.
 */
export function readSetting<K extends SettingName>(name: K, stored: string | undefined): EstateSettings[K] {
  const { schema, defaults } = ESTATE_SETTINGS[name];
  if (!stored) return defaults as EstateSettings[K];
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return defaults as EstateSettings[K];
  }
  if (!isRecord(value)) return defaults as EstateSettings[K];
  // A setting stored by an older version, in words it no longer uses, says the same in today's.
  const entry = ESTATE_SETTINGS[name];
  const record = 'upgrade' in entry ? entry.upgrade(value) : value;
  const merged: Record<string, unknown> = { ...defaults, ...record };
  for (const [key, fallback] of Object.entries(defaults)) {
    if (isRecord(fallback) && isRecord(record[key])) merged[key] = { ...fallback, ...record[key] };
  }
  const parsed = schema.safeParse(merged);
  return (parsed.success ? parsed.data : defaults) as EstateSettings[K];
}

/** Every setting at its default: a new estate's. */
export const DEFAULT_ESTATE_SETTINGS = Object.fromEntries(SETTING_NAMES.map((name) => [name, ESTATE_SETTINGS[name].defaults])) as EstateSettings;
