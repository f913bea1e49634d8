import { describe, expect, it } from 'vitest';
import { effectiveSensitivities, highestSensitivity } from '../../../../shared/domain/sensitivity.js';
import { blankWorkload, type Workload } from '../../../../shared/domain/workload.js';
import { healthcareSampleEstate } from '../../../../shared/sample/healthcare-estate.js';

const w = (id: string, spec: Partial<Workload>): Workload => ({ ...blankWorkload(id, id), ...spec });

describe('sensitivity', () => {
  it('takes the highest level of the classes', () => {
    expect(highestSensitivity([])).toBe('unclassified');
    expect(highestSensitivity(['operational', 'pii'])).toBe('confidential');
    expect(highestSensitivity(['financial', 'phi'])).toBe('restricted');
  });

  it('raises a workload to what its dependencies carry, and says from where', () => {
    const erp = w('erp', { name: 'Odoo workers', dataClasses: ['financial'] });
    const engine = w('engine', { name: 'EHR HL7 feed', dataClasses: ['phi'] });
    const result = effectiveSensitivities([erp, engine], [{ consumerId: 'erp', providerId: 'engine', dataClasses: ['phi'] }]);
    const describe = (id: string) => ({ level: result.get(id)?.level, reason: result.get(id)?.reason });
    expect(describe('erp')).toEqual({ level: 'restricted', reason: 'restricted: receives PHI from EHR HL7 feed' });
    expect(describe('engine')).toEqual({ level: 'restricted', reason: 'restricted: holds PHI data' });
  });

  it('counts a masked DR copy’s PHI as PHI: its data is production’s', () => {
    const dr = w('dr', { environment: 'dr', masked: true, dataClasses: ['phi'] });
    const result = effectiveSensitivities([dr], []);
    expect(result.get('dr')?.level).not.toBe('internal');
  });

  it('counts a masked non-production copy’s own data as internal, but not production’s', () => {
    const staging = w('stg', { environment: 'staging', masked: true, dataClasses: ['phi'] });
    const prod = w('prd', { environment: 'production', masked: true, dataClasses: ['phi'] });
    const result = effectiveSensitivities([staging, prod], []);
    expect(result.get('stg')?.level).toBe('internal');
    expect(result.get('stg')?.reason).toBe('internal: its own PHI data is masked');
    // Nothing recorded is not public: it is unclassified (issue 14).
    const none = effectiveSensitivities([w('none', {})], []).get('none');
    expect([none?.level, none?.reason]).toEqual(['unclassified', 'unclassified: no data classes recorded, and no dependency carries any']);
    expect(effectiveSensitivities([w('pub', { dataClasses: ['public'] })], []).get('pub')?.level).toBe('public');
    expect(result.get('prd')?.level).toBe('restricted');
  });

  it('marks the sample’s unmasked hospital staging database restricted', () => {
    const { workloads, dependencies } = healthcareSampleEstate();
    const result = effectiveSensitivities(workloads, dependencies);
    expect(result.get('hosp-pg-staging')?.level).toBe('restricted');
    expect(result.get('hosp-odoo-workers')?.reason).toMatch(/^restricted: /);
  });
});

describe('class positions', () => {
  it('tells every data class by its first letters', async () => {
    const { DATA_CLASSES } = await import('../../../../shared/domain/enums.js');
    const { classPosition } = await import('../../../../shared/domain/sensitivity.js');
    DATA_CLASSES.forEach((c, i) => expect(classPosition(c), c).toBe(i));
  });
});
