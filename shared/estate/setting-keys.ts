// Where each estate setting is kept in an estate file: its key in the estate_setting and
// scenario_setting tables. Apart from the settings' schemas (estate-settings.ts) so that
// a file's rows can be checked without loading the planner and its holiday calendar
// (megabytes of code a worker thread would compile only to check a key).
export const SETTING_STORED_AS = {
  planSettings: 'plan',
  rollbackSettings: 'rollback',
  rateCard: 'rate-card',
  runbookEdits: 'runbook-edits',
  classification: 'classification',
} as const;
