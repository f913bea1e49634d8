// How the tier rules treat what nobody has classified yet. In a healthcare estate the
// most dangerous default is to read "no data classes" as "public": until a production
// workload is classified, it is treated as restricted. A setting of the estate can relax
// this (for an estate whose unclassified workloads are known to be harmless), and the
// Tiers view says which way it is set. (Kept apart from its zod schema,
// classification-settings.ts, so the analysis does not bring zod into the renderer.)

export interface ClassificationSettings {
  unclassifiedProductionAsRestricted: boolean;
}

export const DEFAULT_CLASSIFICATION_SETTINGS: ClassificationSettings = { unclassifiedProductionAsRestricted: true };
