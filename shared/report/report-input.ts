import type { EstateContent } from '../estate/estate.js';

/**
 * What the report is worked out from: an estate's content without its header, its
 * list positions or its graph positions (none of which change a figure). The store
 * keeps each part as a new object on each change of it, so the identity of a part
 * tells whether a stage that reads it must be worked out again.
 */
export type ReportInput = Pick<EstateContent, 'workloads' | 'dependencies' | 'classification' | 'planSettings' | 'rollbackSettings' | 'rateCard' | 'runbookEdits'>;

/** Every part of the input, in one list: what a cache compares to know it has this estate's report. */
export const REPORT_INPUT_PARTS = ['workloads', 'dependencies', 'classification', 'planSettings', 'rollbackSettings', 'rateCard', 'runbookEdits'] as const satisfies readonly (keyof ReportInput)[];

// A part added to ReportInput and not to the list fails to compile here.
const everyPart: Exclude<keyof ReportInput, (typeof REPORT_INPUT_PARTS)[number]> extends never ? true : false = true;
void everyPart;

/** The parts of the input each stage reads, so a new input reuses every stage whose parts did not change. */
export const STAGE_INPUTS = {
  analysis: ['workloads', 'dependencies', 'classification'],
  // The plan and the runbooks also read the rate card's parallel run alone, compared by value (estate-report.ts): a price edit keeps them.
  plan: ['workloads', 'dependencies', 'planSettings', 'rollbackSettings'],
  runbooks: ['workloads', 'dependencies', 'rollbackSettings'],
  editedRunbooks: ['runbookEdits'],
  costs: ['workloads', 'dependencies', 'rateCard'],
} as const satisfies Record<string, readonly (keyof ReportInput)[]>;

export function sameParts(a: ReportInput, b: ReportInput, parts: readonly (keyof ReportInput)[]): boolean {
  return parts.every((p) => a[p] === b[p]);
}
