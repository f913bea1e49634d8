import { compareControlIds, controlLabel, FRAMEWORKS, type Control } from './control.js';
import { GDPR_CONTROLS } from './gdpr.js';
import { HIPAA_CONTROLS } from './hipaa.js';
import { ISO_27001_CONTROLS } from './iso-27001.js';

/** Every control a finding can concern, by framework (HIPAA, GDPR, ISO 27001) and then as each numbers them. */
export const CONTROLS: readonly Control[] = [...HIPAA_CONTROLS, ...GDPR_CONTROLS, ...ISO_27001_CONTROLS].sort(
  (a, b) => FRAMEWORKS.indexOf(a.framework) - FRAMEWORKS.indexOf(b.framework) || compareControlIds(a.id, b.id),
);

/** A control by its label ("HIPAA 164.312(e)(1)"). */
export const CONTROL_BY_LABEL: ReadonlyMap<string, Control> = new Map(CONTROLS.map((c) => [controlLabel(c), c]));
