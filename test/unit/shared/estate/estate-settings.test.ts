import { describe, expect, it } from 'vitest';
import { DEFAULT_ESTATE_SETTINGS, readSetting } from '../../../../shared/estate/estate-settings.js';

describe('estate settings as stored', () => {
  it('gives the defaults when nothing is stored, or what is stored cannot be read', () => {
    expect(readSetting('rateCard', undefined)).toEqual(DEFAULT_ESTATE_SETTINGS.rateCard);
    expect(readSetting('rateCard', '{not json')).toEqual(DEFAULT_ESTATE_SETTINGS.rateCard);
    expect(readSetting('rollbackSettings', JSON.stringify({ restoreGbPerHour: -4 }))).toEqual(DEFAULT_ESTATE_SETTINGS.rollbackSettings);
  });

  it('lays a stored value over the defaults one level deep, so a rate added later takes its default', () => {
    const stored = JSON.stringify({ currency: 'GBP', effortDaysByKind: { database: 9 } });
    const card = readSetting('rateCard', stored);
    expect(card.currency).toBe('GBP');
    expect(card.effortDaysByKind.database).toBe(9);
    expect(card.effortDaysByKind.cache).toBe(DEFAULT_ESTATE_SETTINGS.rateCard.effortDaysByKind.cache);
    expect(card.vcpuMonth).toBe(DEFAULT_ESTATE_SETTINGS.rateCard.vcpuMonth);
  });

  it('keeps runbook edits as they were written', () => {
    const edits = {
      steps: { 'backup:db': { text: 'Snapshot with pgBackRest.', wave: 2, was: 'Back up PostgreSQL' } },
      added: [{ id: 'custom:1', wave: 2, phase: 'validation', text: 'Ask the ward clerk to book an appointment.' }],
      order: { '2': ['backup:db', 'custom:1'] },
    };
    expect(readSetting('runbookEdits', JSON.stringify(edits))).toEqual(edits);
  });
});
