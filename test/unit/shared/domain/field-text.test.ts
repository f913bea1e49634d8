import { describe, expect, it } from 'vitest';
import { formatFieldValue, parseFieldText } from '../../../../shared/domain/field-text.js';
import { FIELD_BY_KEY, GRID_FIELDS, WORKLOAD_FIELDS } from '../../../../shared/domain/workload-fields.js';
import { WorkloadSchema } from '../../../../shared/domain/workload.js';
import { healthcareSampleEstate } from '../../../../shared/sample/healthcare-estate.js';

const parse = (key: keyof typeof FIELD_BY_KEY, text: string) => parseFieldText(FIELD_BY_KEY[key], text);

describe('parseFieldText', () => {
  it('understands the words people use for environments, kinds and criticality', () => {
    expect(parse('environment', 'PRD')).toEqual({ ok: true, value: 'production' });
    expect(parse('environment', 'Prod')).toEqual({ ok: true, value: 'production' });
    expect(parse('environment', 'UAT')).toEqual({ ok: true, value: 'test' });
    expect(parse('environment', 'Disaster recovery')).toEqual({ ok: true, value: 'dr' });
    expect(parse('kind', 'Scheduled job')).toEqual({ ok: true, value: 'scheduled-job' });
    expect(parse('kind', 'postgres')).toEqual({ ok: true, value: 'database' });
    expect(parse('criticality', '1 · Mission critical')).toEqual({ ok: true, value: 1 });
    expect(parse('criticality', 'high')).toEqual({ ok: true, value: 2 });
    expect(parse('criticality', '')).toEqual({ ok: true, value: null });
  });

  it('says what is wrong and what was expected', () => {
    expect(parse('environment', 'somewhere')).toEqual({ ok: false, error: 'Unknown environment “somewhere”; expected one of production, staging, test, development, training, dr' });
    expect(parse('environment', '')).toMatchObject({ ok: false, error: expect.stringMatching(/^Environment is required/) });
    expect(parse('rtoMinutes', 'soon')).toEqual({ ok: false, error: 'RTO must be a number of minutes (or 4h, 1d); got “soon”' });
    expect(parse('vcpu', '-2')).toEqual({ ok: false, error: 'vCPU cannot be negative; got -2' });
    expect(parse('users', '12.5')).toMatchObject({ ok: false, error: 'Users must be a whole number; got “12.5”' });
    expect(parse('dataClasses', 'PHI, secret')).toMatchObject({ ok: false, error: expect.stringMatching(/Unknown data classes “secret”/) });
    expect(parse('masked', 'maybe')).toMatchObject({ ok: false });
    expect(parse('name', '  ')).toEqual({ ok: false, error: 'A workload needs a name' });
  });

  it('reads durations, units and thousands separators', () => {
    expect(parse('rpoMinutes', '4h')).toEqual({ ok: true, value: 240 });
    expect(parse('rtoMinutes', '1.5 hours')).toEqual({ ok: true, value: 90 });
    expect(parse('rtoMinutes', '2d')).toEqual({ ok: true, value: 2880 });
    expect(parse('memoryGb', '64 GB')).toEqual({ ok: true, value: 64 });
    expect(parse('currentMonthlyCost', '12,500')).toEqual({ ok: true, value: 12500 });
    expect(parse('currentMonthlyCost', '1 200')).toEqual({ ok: true, value: 1200 });
    expect(parse('currentMonthlyCost', '12\u00a0500')).toEqual({ ok: true, value: 12500 });
    expect(parse('currentMonthlyCost', '€ 900')).toEqual({ ok: true, value: 900 });
  });

  it('reads a peak use with or without its percent sign, within 0 to 100, and licensing in the words clients use', () => {
    expect(parse('cpuUtilisationPct', '35%')).toEqual({ ok: true, value: 35 });
    expect(parse('memoryUtilisationPct', '62.5')).toEqual({ ok: true, value: 62.5 });
    expect(parse('cpuUtilisationPct', '140')).toMatchObject({ ok: false });
    expect(parse('vcpu', '35%')).toMatchObject({ ok: false });
    expect(parse('licensing', 'BYOL')).toEqual({ ok: true, value: 'byol' });
    expect(parse('licensing', 'Open source')).toEqual({ ok: true, value: 'open-source' });
  });

  it('reads sets in any order and separator, and keeps them in canonical order', () => {
    expect(parse('dataClasses', 'financial; PHI | pii')).toEqual({ ok: true, value: ['phi', 'pii', 'financial'] });
    expect(parse('readiness', 'Runbook ready, backup restore tested')).toEqual({ ok: true, value: ['backup-restore-tested', 'runbook-ready'] });
    expect(parse('complianceTags', 'HIPAA, data residency')).toEqual({ ok: true, value: ['hipaa', 'data-residency'] });
  });

  it('round-trips every field of every sample workload through its text', () => {
    for (const w of healthcareSampleEstate().workloads) {
      for (const field of WORKLOAD_FIELDS) {
        const text = formatFieldValue(field, w[field.key]);
        const parsed = parseFieldText(field, text);
        expect(parsed, `${w.id}.${field.key} from “${text}”`).toEqual({ ok: true, value: w[field.key] });
      }
    }
  });
});

describe('the field registry', () => {
  it('describes every workload field and nothing else', () => {
    const schemaKeys = Object.keys(WorkloadSchema.shape)
      .filter((k) => k !== 'id')
      .sort();
    expect(WORKLOAD_FIELDS.map((f) => f.key).sort()).toEqual(schemaKeys);
  });

  it('puts only fields with a width in the grid', () => {
    expect(GRID_FIELDS.every((f) => f.gridWidth !== undefined)).toBe(true);
    expect(GRID_FIELDS[0]?.key).toBe('name');
  });
});
