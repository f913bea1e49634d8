import { NO_SCENARIOS } from '../../../../shared/estate-text/scenario-text.js';
import { describe, expect, it } from 'vitest';
import { readEstateYaml } from '../../../../shared/estate-text/read-text.js';
import { EstateTextError } from '../../../../shared/estate-text/text-problems.js';
import { writeEstateYaml } from '../../../../shared/estate-text/write-text.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../shared/estate/estate-settings.js';
import { healthcareSampleEstate } from '../../../../shared/sample/healthcare-estate.js';

const { workloads, dependencies } = healthcareSampleEstate();
const estate = { name: 'Hospital', workloads, dependencies, positions: Object.fromEntries(workloads.map((w, i) => [w.id, i + 1])), nodePositions: {}, ...DEFAULT_ESTATE_SETTINGS, ...NO_SCENARIOS };
const text = writeEstateYaml(estate);
const lines = text.split('\n');
/** The 1-based line of the first line that starts (after its indent) with `start`, from line `from`. */
const lineOf = (start: string, from = 0) => lines.findIndex((l, i) => i >= from && l.trimStart().startsWith(start)) + 1;

function refusal(yaml: string): EstateTextError {
  try {
    readEstateYaml(yaml, 'estate.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(EstateTextError);
    return error as EstateTextError;
  }
  throw new Error('the text was read');
}

describe('readEstateYaml refuses bad content with its line and field', () => {
  it('names the line, the workload and the field of a value of the wrong type', () => {
    const line = lineOf('storageGb:');
    const bad = lines.map((l, i) => (i === line - 1 ? l.replace(/storageGb: .*/, 'storageGb: lots') : l)).join('\n');
    expect(refusal(bad).message).toMatch(new RegExp(`^estate.yaml line ${line}, workload 'hosp-odoo-web', field storageGb: expected number, received string`));
  });

  it('refuses an unknown key on its own line', () => {
    const at = lineOf('owner:');
    const bad = [...lines.slice(0, at - 1), '    colour: red', ...lines.slice(at - 1)].join('\n');
    expect(refusal(bad).message).toContain(`estate.yaml line ${at}, workload 'hosp-odoo-web': unknown field “colour”`);
  });

  it('refuses an unknown setting field, and an unknown section', () => {
    const at = lineOf('waveLengthDays:');
    const bad = [...lines.slice(0, at - 1), '    waveLenghtDays: 21', ...lines.slice(at - 1), 'scenarioz: []'].join('\n');
    const message = refusal(bad).message;
    expect(message).toContain(`estate.yaml line ${at}, settings.planSettings.waveLenghtDays: unknown field “waveLenghtDays”`);
    expect(message).toContain(`line ${lines.length + 2}, the estate: unknown field “scenarioz”`);
  });

  it('refuses an id used twice', () => {
    const second = lineOf('- id: hosp-odoo-workers');
    const bad = lines.map((l, i) => (i === second - 1 ? '  - id: hosp-odoo-web' : l)).join('\n');
    expect(refusal(bad).message).toContain(`estate.yaml line ${second}, workload 'hosp-odoo-web': the id is already used by workload 1`);
  });

  it('refuses a dependency on a workload that is not there', () => {
    const at = lineOf('consumerId:');
    const bad = lines.map((l, i) => (i === at - 1 ? '    consumerId: nowhere' : l)).join('\n');
    expect(refusal(bad).message).toMatch(new RegExp(`estate.yaml line ${at}, dependency '[^']+', field consumerId: there is no workload 'nowhere' in this estate`));
  });

  it('refuses a setting out of range at its field', () => {
    const at = lineOf('waveLengthDays:');
    const bad = lines.map((l, i) => (i === at - 1 ? '    waveLengthDays: 0' : l)).join('\n');
    expect(refusal(bad).message).toContain(`estate.yaml line ${at}, settings.planSettings.waveLengthDays: Too small`);
  });

  it('refuses text that is not YAML, a missing format and a duplicate key, with lines', () => {
    expect(refusal('name: [unclosed\n').message).toMatch(/^estate.yaml line \d+: /);
    expect(refusal('name: Hospital\n').message).toContain('estate.yaml line 1, field format: no format line; this version of Waveplan reads “waveplan-estate/1”');
    const at = lineOf('owner:');
    expect(refusal([...lines.slice(0, at), '    owner: Twice', ...lines.slice(at)].join('\n')).message).toMatch(new RegExp(`^estate.yaml line ${at + 1}: “owner” is written twice in one block`));
  });

  it('reads an estate whose blank fields and default settings are left out', () => {
    const small = ['format: waveplan-estate/1', 'name: Small', 'workloads:', '  - id: a', '    name: A', '    kind: database', '    environment: test'].join('\n');
    const read = readEstateYaml(small, 'small.yaml');
    expect(read.workloads[0]).toMatchObject({ id: 'a', name: 'A', owner: '', vcpu: null, dataClasses: [] });
    expect(read.planSettings).toEqual(DEFAULT_ESTATE_SETTINGS.planSettings);
  });
});
