import { describe, expect, it } from 'vitest';
import { DependencySchema } from '../../../../shared/domain/dependency.js';
import { WorkloadSchema } from '../../../../shared/domain/workload.js';
import { healthcareSampleEstate } from '../../../../shared/sample/healthcare-estate.js';

describe('the built-in healthcare sample', () => {
  const { workloads, dependencies } = healthcareSampleEstate();

  it('is a valid estate of at least 40 workloads with consistent dependencies', () => {
    expect(workloads.length).toBeGreaterThanOrEqual(40);
    for (const w of workloads) expect(() => WorkloadSchema.parse(w), w.id).not.toThrow();
    for (const d of dependencies) expect(() => DependencySchema.parse(d), d.id).not.toThrow();
    const ids = new Set(workloads.map((w) => w.id));
    expect(ids.size).toBe(workloads.length);
    for (const d of dependencies) {
      expect(ids.has(d.consumerId), `${d.id} consumer`).toBe(true);
      expect(ids.has(d.providerId), `${d.id} provider`).toBe(true);
    }
    expect(new Set(dependencies.map((d) => `${d.consumerId}>${d.providerId}`)).size).toBe(dependencies.length);
  });

  it('covers the reference estate: both tenants, every environment and the named components', () => {
    expect(new Set(workloads.map((w) => w.tenant).filter(Boolean))).toEqual(new Set(["St. Brigid's Hospital", 'Meridian Clinics']));
    for (const env of ['production', 'staging', 'development', 'training'])
      expect(
        workloads.some((w) => w.environment === env),
        env,
      ).toBe(true);
    const names = workloads.map((w) => w.name).join('\n');
    for (const part of [
      'Odoo web',
      'queue workers',
      'scheduled jobs',
      'PostgreSQL primary',
      'replica',
      'Redis',
      'Traefik',
      'object storage',
      'HL7/FHIR',
      'Payroll',
      'Payment gateway',
      'Identity provider',
      'Monitoring',
      'logging',
      'Backup',
      'Analytics',
      'Patient portal',
      'scheduling',
      'Pharmacy',
      'Procurement',
    ]) {
      expect(names, part).toMatch(new RegExp(part, 'i'));
    }
    expect(workloads.some((w) => w.currentHosting.startsWith('Shared'))).toBe(true);
  });

  it('gives fresh copies, so a caller cannot change the sample', () => {
    workloads[0]!.name = 'changed';
    expect(healthcareSampleEstate().workloads[0]?.name).toBe('Odoo web (hospital)');
  });
});
