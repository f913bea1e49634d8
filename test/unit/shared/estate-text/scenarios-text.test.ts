import { describe, expect, it } from 'vitest';
import { diffEstates } from '../../../../shared/estate-text/diff.js';
import { diffText } from '../../../../shared/estate-text/diff-words.js';
import { readEstateYaml } from '../../../../shared/estate-text/read-text.js';
import { type ScenarioText } from '../../../../shared/estate-text/scenario-text.js';
import { scenarioView } from '../../../../shared/estate-text/scenario-view.js';
import type { EstateText } from '../../../../shared/estate-text/text-form.js';
import { EstateTextError } from '../../../../shared/estate-text/text-problems.js';
import { writeEstateYaml } from '../../../../shared/estate-text/write-text.js';
import { sampleEstateText } from '../../../support/sample-estate-text.js';

// The text form's scenarios section: what it holds, how a one-field edit shows, and what
// the reader refuses (each at its line and field, nothing read).

const WEB = 'hosp-odoo-web';
const PG = 'hosp-pg-primary';

const lean: ScenarioText = {
  id: 'lean-start-1a2b3c',
  name: 'Lean start',
  decisions: { [WEB]: { strategy: 'rehost', pinnedWave: 2 } },
  settings: {},
};

/** The sample with one scenario (and, when asked, a runbook edit in the baseline that the scenario does not have). */
function withScenario(scenario: ScenarioText = lean, runbookEdit = false): EstateText {
  const e = sampleEstateText();
  const runbookEdits = runbookEdit ? { steps: { [`back:${WEB}`]: { text: 'Restore from the nightly dump', wave: 1, was: 'generated' } }, added: [], order: {} } : e.runbookEdits;
  return { ...e, runbookEdits, scenarios: [scenario] };
}

const section = (text: string) => text.slice(text.indexOf('\nscenarios:\n') + 1);

function refusal(text: string): EstateTextError {
  try {
    readEstateYaml(text, 'estate.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(EstateTextError);
    return error as EstateTextError;
  }
  throw new Error('the text was read');
}

/** The 1-based line of the first line of `text` that is `line` (trimmed), from line `from`. */
const lineOf = (text: string, line: string, from = 0) => text.split('\n').findIndex((l, i) => i >= from && l.trim() === line) + 1;

describe('the scenarios section of the text form', () => {
  it('comes last, with only what each scenario decides differently, and reads back the same', () => {
    const estate = withScenario({ ...lean, settings: { planSettings: { ...sampleEstateText().planSettings, waveLengthDays: 21 } } });
    const text = writeEstateYaml(estate);
    expect(section(text)).toBe(
      [
        'scenarios:',
        '  - id: lean-start-1a2b3c',
        '    name: Lean start',
        '    decisions:',
        `      ${WEB}:`,
        '        strategy: rehost',
        '        pinnedWave: 2',
        '    settings:',
        '      planSettings:',
        '        waveLengthDays: 21',
        '',
      ].join('\n'),
    );
    expect(readEstateYaml(text, 'estate.yaml')).toEqual(estate);
  });

  it('turns a one-field edit of a scenario into a one-line diff', () => {
    const before = writeEstateYaml(withScenario());
    const after = writeEstateYaml(withScenario({ ...lean, decisions: { [WEB]: { strategy: 'rehost', pinnedWave: 3 } } }));
    const [x, y] = [before.split('\n'), after.split('\n')];
    const changed = x.map((line, i) => [line, y[i]]).filter(([a, b]) => a !== b);
    expect(x.length).toBe(y.length);
    expect(changed).toEqual([['        pinnedWave: 2', '        pinnedWave: 3']]);
  });

  it('writes a runbook edit the baseline has and the scenario does not as one line, and reads it back', () => {
    const e = withScenario(undefined, true);
    const estate = { ...e, scenarios: [{ ...lean, settings: { runbookEdits: sampleEstateText().runbookEdits } }] };
    const text = writeEstateYaml(estate);
    expect(section(text)).toContain(`    removedSettings:\n      - [runbookEdits, steps, "back:${WEB}"]\n`);
    expect(readEstateYaml(text, 'estate.yaml')).toEqual(estate);
  });

  it('names a renamed baseline, and reads a text without scenarios (an older one) as the baseline alone', () => {
    const text = writeEstateYaml({ ...withScenario(), baselineName: 'As contracted' });
    expect(text).toContain('\nbaselineName: As contracted\n# Each scenario holds only what it decides differently from the baseline;');
    const old = writeEstateYaml(sampleEstateText());
    expect(old).not.toContain('scenarios');
    expect(readEstateYaml(old, 'estate.yaml')).toMatchObject({ baselineName: 'Baseline', scenarios: [] });
  });

  it('reads a decision equal to the baseline’s as following the baseline', () => {
    const text = writeEstateYaml(withScenario()).replace('        strategy: rehost\n', '        strategy: replatform\n');
    expect(readEstateYaml(text, 'estate.yaml').scenarios[0]!.decisions).toEqual({ [WEB]: { pinnedWave: 2 } });
  });

  it('refuses what a scenario cannot hold at its line and field', () => {
    const text = writeEstateYaml(withScenario());
    const at = lineOf(text, 'scenarios:');
    const cases: [string, string][] = [
      [text.replace('    name: Lean start\n', '    name: Lean start\n    colour: blue\n'), `line ${at + 3}, scenario 'lean-start-1a2b3c': unknown field “colour”`],
      [text.replace(`      ${WEB}:\n`, '      ghost:\n'), `line ${at + 4}, scenario 'lean-start-1a2b3c', decisions of workload 'ghost': there is no workload 'ghost' in this estate`],
      [
        text.replace('        strategy: rehost\n', '        storageGb: 10\n'),
        `line ${at + 5}, scenario 'lean-start-1a2b3c', decisions of workload '${WEB}': unknown field “storageGb”: a scenario decides strategy, chosenTier`,
      ],
      [
        text.replace('        pinnedWave: 2\n', '        pinnedWave: lots\n'),
        `line ${at + 6}, scenario 'lean-start-1a2b3c', decisions of workload '${WEB}', field pinnedWave: expected number, received string`,
      ],
      [text.replace('  - id: lean-start-1a2b3c\n', '  - id: baseline\n'), `line ${at + 1}, scenario 'baseline', field id: the baseline is not listed here`],
      [text.replace('  - id: lean-start-1a2b3c\n', '  - id: Lean Start!\n'), `line ${at + 1}, scenario 'Lean Start!', field id: A scenario id is lower-case letters, digits and dashes`],
      [text.replace('    name: Lean start\n', '    name: " baseline"\n'), `line ${at + 2}, scenario 'lean-start-1a2b3c', field name: This estate already has a scenario called “Baseline”`],
      [`${text}  - id: other\n    name: LEAN START\n`, `line ${at + 8}, scenario 'other', field name: This estate already has a scenario called “Lean start”`],
      [`${text}  - id: lean-start-1a2b3c\n    name: Other\n`, `line ${at + 7}, scenario 'lean-start-1a2b3c', field id: the id is already used by another scenario`],
      [
        `${text}    settings:\n      classification:\n        unclassifiedProductionAsRestricted: true\n`,
        `line ${at + 8}, scenario 'lean-start-1a2b3c', settings: unknown field “classification”: a scenario holds planSettings`,
      ],
      [`${text}    settings:\n      planSettings:\n        waveLengthDays: 0\n`, `line ${at + 9}, scenario 'lean-start-1a2b3c', settings.planSettings.waveLengthDays: Too small`],
      [`${text}    settings:\n      planSettings:\n        waveLenghtDays: 21\n`, `line ${at + 9}, scenario 'lean-start-1a2b3c', settings.planSettings.waveLenghtDays: unknown field “waveLenghtDays”`],
      [
        `${text}    settings:\n      planSettings:\n        __proto__:\n          waveLengthDays: 30\n`,
        `line ${at + 9}, scenario 'lean-start-1a2b3c', settings.planSettings.__proto__: unknown field “__proto__”`,
      ],
      [
        `${text}    removedSettings:\n      - [runbookEdits, steps, nothing]\n`,
        `line ${at + 8}, scenario 'lean-start-1a2b3c', removedSettings: the baseline's runbookEdits.steps.nothing is not there to leave out`,
      ],
      [`${text.slice(0, text.indexOf('\nscenarios:\n'))}\nscenarios: none\n`, `line ${at}, scenarios: expected a list of scenarios`],
    ];
    for (const [bad, said] of cases) {
      const error = refusal(bad);
      expect(error.message, said).toContain(`estate.yaml ${said}`);
      expect(error.message).toMatch(/Nothing was imported or changed\.$/);
    }
  });
});

describe('the scenarios in a diff', () => {
  it('names scenarios added, removed and renamed, and each decision and setting a scenario changed', () => {
    const a = withScenario({ ...lean, settings: { rateCard: { ...sampleEstateText().rateCard, currency: 'GBP' } } });
    const b: EstateText = {
      ...a,
      baselineName: 'As contracted',
      scenarios: [
        {
          ...lean,
          name: 'Lean start, revised',
          decisions: { [WEB]: { strategy: 'rehost', pinnedWave: 4 }, [PG]: { chosenTier: 'dedicated-database' } },
          settings: { rateCard: { ...a.rateCard, currency: 'USD' } },
        },
        { id: 'dedicated-9f8e7d', name: 'Dedicated', decisions: {}, settings: {} },
      ],
    };
    const diff = diffEstates(a, b);
    expect(diff.scenarios.added).toEqual([{ id: 'dedicated-9f8e7d', label: 'Dedicated' }]);
    expect(diff.scenarios.renamed.map((r) => [r.id, r.before, r.after])).toEqual([
      ['baseline', 'Baseline', 'As contracted'],
      ['lean-start-1a2b3c', 'Lean start', 'Lean start, revised'],
    ]);
    expect(diffText(diff)).toBe(
      [
        'Scenarios: 1 added, 0 removed, 2 changed',
        '  + dedicated-9f8e7d  Dedicated',
        '  ~ baseline  name: Baseline → As contracted',
        '  ~ lean-start-1a2b3c  name: Lean start → Lean start, revised',
        `  ! lean-start-1a2b3c  Lean start, revised, ${WEB}  Odoo web (hospital): pinnedWave: 2 → 4`,
        `  ! lean-start-1a2b3c  Lean start, revised, ${PG}  PostgreSQL primary (hospital): chosenTier: dedicated-environment → dedicated-database`,
        '  ~ lean-start-1a2b3c  Lean start, revised, setting rateCard.currency: GBP → USD',
        '',
      ].join('\n'),
    );
    expect(diffEstates(b, a).scenarios.removed).toEqual([{ id: 'dedicated-9f8e7d', label: 'Dedicated' }]);
  });

  it('does not list a scenario again when it only follows a change of the baseline', () => {
    const a = withScenario({ ...lean, decisions: { [WEB]: { pinnedWave: 2 } } });
    const b: EstateText = { ...a, workloads: a.workloads.map((w) => (w.id === WEB ? { ...w, strategy: 'refactor' } : w)) };
    const diff = diffEstates(a, b);
    expect(diff.decisions.map((d) => d.field)).toEqual(['strategy']);
    expect(diff.scenarios.decisions).toEqual([]);
  });
});

describe('a scenario’s view of a text (what the app’s merge compares)', () => {
  it('lays the scenario’s decisions and settings over the baseline, and names what it leaves out', () => {
    const e = withScenario({ ...lean, settings: { planSettings: { ...sampleEstateText().planSettings, waveLengthDays: 21 } } });
    const { view, matched, leftOut } = scenarioView(e, lean.id);
    expect(matched).toBe(true);
    expect(leftOut).toEqual(['Baseline']);
    expect(view.scenarios).toEqual([]);
    expect(view.workloads.find((w) => w.id === WEB)).toMatchObject({ strategy: 'rehost', pinnedWave: 2 });
    expect(view.planSettings.waveLengthDays).toBe(21);
    expect(scenarioView(e, 'baseline')).toMatchObject({ matched: true, leftOut: ['Lean start'] });
    const missing = scenarioView(e, 'elsewhere-000000');
    expect(missing.matched).toBe(false);
    expect(missing.view.workloads).toEqual(e.workloads);
  });
});
