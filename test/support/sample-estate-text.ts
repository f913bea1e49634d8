import { NO_SCENARIOS } from '../../shared/estate-text/scenario-text.js';
import type { EstateText } from '../../shared/estate-text/text-form.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../shared/estate/estate-settings.js';
import { healthcareSampleEstate, SAMPLE_PLAN_SETTINGS } from '../../shared/sample/healthcare-estate.js';

/** The healthcare sample as the text form holds it, named "Hospital" (the diff and merge tests' starting point). */
export function sampleEstateText(): EstateText {
  const { workloads, dependencies } = healthcareSampleEstate();
  return {
    name: 'Hospital',
    workloads,
    dependencies,
    positions: Object.fromEntries(workloads.map((w, i) => [w.id, i + 1])),
    nodePositions: {},
    ...DEFAULT_ESTATE_SETTINGS,
    planSettings: SAMPLE_PLAN_SETTINGS,
    ...NO_SCENARIOS,
  };
}
