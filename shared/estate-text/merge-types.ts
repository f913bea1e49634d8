// The words of a three-way merge: what conflicts, and how a person settles it.

export type Side = 'base' | 'ours' | 'theirs';
export const SIDES: readonly Side[] = ['base', 'ours', 'theirs'];

/** What kind of thing the two copies disagree on. */
export type ConflictKind =
  /** Both changed one field (or setting) to different values. */
  | 'field'
  /** One removed it, the other changed it. */
  | 'remove-edit'
  /** Both added one id with different content. */
  | 'add-add'
  /** A dependency kept by the merge whose workload the merge removes. */
  | 'dangling';

export interface MergeConflict {
  /**
   * Stable: "workload:web-1:storageGb", "dependency:dep-3", "setting:planSettings.waveLengthDays", "name",
   * "scenario:cloud-first-1a2b3c" (whole), "scenario:cloud-first-1a2b3c:name", "scenario:cloud-first-1a2b3c:web-1:strategy",
   * "scenario:cloud-first-1a2b3c:setting:planSettings.waveLengthDays", "scenario:baseline:name".
   */
  id: string;
  kind: ConflictKind;
  subject: 'estate' | 'workload' | 'dependency' | 'nodePosition' | 'setting' | 'scenario';
  /** The workload's, dependency's, setting's or scenario's id. */
  subjectId: string;
  /** What it is called in words: "workload 'Odoo web' (hosp-odoo-web)". */
  label: string;
  /** The field or setting path ("storageGb", "planSettings.waveLengthDays"); empty for a whole item. */
  field: string;
  /** Each side's value; undefined where that side has no such item. */
  base: unknown;
  ours: unknown;
  theirs: unknown;
}

/** A choice per conflict id. */
export type Resolutions = Readonly<Record<string, Side>>;
