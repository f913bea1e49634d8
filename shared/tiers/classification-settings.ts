import { z } from 'zod';
import type { ClassificationSettings } from './classification.js';

/** The stored form of the estate's classification setting (classification.ts says what it means). */
export const ClassificationSettingsSchema = z.object({
  unclassifiedProductionAsRestricted: z.boolean(),
}) satisfies z.ZodType<ClassificationSettings>;

export { DEFAULT_CLASSIFICATION_SETTINGS, type ClassificationSettings } from './classification.js';
