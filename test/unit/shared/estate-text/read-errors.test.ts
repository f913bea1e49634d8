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

describe('readEstateYaml refuses hostile YAML as a refusal with its line, never as a fault', () => {
  const head = 'format: waveplan-estate/1\nname: Bomb\n';

  it('refuses a "billion laughs" of aliases at the first alias, without expanding it', () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (const [i, name] of [...'bcdefghi'].entries()) levels.push(`${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`);
    const error = refusal(head + levels.join('\n') + '\n');
    expect(error.message).toMatch(/^estate.yaml line 4: its aliases \(\*name\) expand to more than 100 copies/);
    expect(error.message).toContain('Nothing was imported or changed.');
  });

  it('still reads a few aliases', () => {
    const aliased = text.replace(/criticality: (\d)/, 'criticality: &c $1').replace(/(\n\s+)criticality: \d/, '$1criticality: *c');
    expect(aliased).toContain('*c');
    expect(readEstateYaml(aliased, 'estate.yaml').workloads).toHaveLength(workloads.length);
  });

  it('says text nested thousands deep is nested too deeply, not a call stack', () => {
    const message = refusal(`${head}workloads: ${'['.repeat(5000)}${']'.repeat(5000)}\n`).message;
    expect(message).toContain('nested too deeply');
    expect(message).not.toMatch(/call stack/i);
  });

  it('says a second document is a second document, not the library’s advice', () => {
    const message = refusal(`${text}---\n${text}`).message;
    expect(message).toContain('more than one document');
    expect(message).not.toContain('parseAllDocuments');
  });
});

describe('readEstateYaml says what a hostile text holds without repeating it whole', () => {
  it('shows a long id or key cut to 80 characters, without control or direction characters', () => {
    const long = 'x'.repeat(100_000);
    const at = lineOf('- id: hosp-odoo-web');
    const bad = lines.map((l, i) => (i === at - 1 ? `  - id: ${long}\n    "col\\u202eour\\u001b[2J": red` : l)).join('\n');
    const message = refusal(bad).message;
    expect(Math.max(...message.split('\n').map((l) => l.length))).toBeLessThan(300);
    expect(message).toContain(`workload '${'x'.repeat(79)}…': unknown field “colour[2J”`);
  });
});

describe('readEstateYaml says a criticality out of its range in words', () => {
  it('names the values it takes, not only “Invalid input”', () => {
    const at = lineOf('criticality:');
    const bad = lines.map((l, i) => (i === at - 1 ? l.replace(/criticality: .*/, 'criticality: 2.5') : l)).join('\n');
    expect(refusal(bad).message).toContain(`estate.yaml line ${at}, workload 'hosp-odoo-web', field criticality: expected one of 1, 2, 3, 4 (1 the most critical), or blank.`);
  });
});

describe('readEstateYaml refuses YAML types an estate’s text does not have', () => {
  it('refuses !!binary, !!set and !!timestamp at their line, in words rather than as a Buffer, a Set or a Date', () => {
    for (const [tag, value] of [
      ['!!binary', 'aGVsbG8='],
      ['!!set', '{ a, b }'],
      ['!!timestamp', '2027-01-04'],
    ]) {
      const at = lineOf('owner:');
      const bad = lines.map((l, i) => (i === at - 1 ? l.replace(/owner: .*/, `owner: ${tag} ${value}`) : l)).join('\n');
      const message = refusal(bad).message;
      expect(message).toContain(`estate.yaml line ${at}: the tag “${tag}” is not part of an estate’s text; write the value plainly.`);
      expect(message).not.toMatch(/Buffer|Set|Date/);
    }
  });

  it('still reads a core tag such as !!str', () => {
    const at = lineOf('owner:');
    const tagged = lines.map((l, i) => (i === at - 1 ? l.replace(/owner: (.*)/, 'owner: !!str $1') : l)).join('\n');
    expect(readEstateYaml(tagged, 'estate.yaml').workloads).toHaveLength(workloads.length);
  });
});
