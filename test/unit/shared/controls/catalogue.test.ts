import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTROL_BY_LABEL, CONTROLS } from '../../../../shared/controls/catalogue.js';
import { compareControlIds, CONTROL_ID_FORMS, controlLabel, FRAMEWORKS, ISO_THEME_SIZES } from '../../../../shared/controls/control.js';
import { FINDING_CONTROLS } from '../../../../shared/controls/finding-controls.js';
import { READINESS_CHECKS } from '../../../../shared/domain/enums.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../shared/estate/estate-settings.js';
import { FINDING_RULES } from '../../../../shared/findings/rules.js';
import { planFindingRule } from '../../../../shared/planner/plan-findings.js';
import type { PlanIssueKind } from '../../../../shared/planner/plan-types.js';
import { PLAN_ISSUES } from '../../../../shared/planner/wave-conditions.js';
import { EstateReport } from '../../../../shared/report/estate-report.js';
import { FINDING_CHECK_NAMES } from '../../../../shared/report/finding-stage.js';
import { ROLLBACK_FINDING_NAMES } from '../../../../shared/rollback/rollback-findings.js';
import { healthcareSampleEstate } from '../../../../shared/sample/healthcare-estate.js';
import { generateSyntheticEstate } from '../../../../shared/synthetic/generate-estate.js';

// The controls table (docs/domain-rules.md, "Controls"): every kind of finding the app
// can raise is mapped or marked as no control matter, every control it names is
// catalogued, and every catalogued control is named, with ids as each framework writes them.

/** Every kind of finding, from the code that raises them: the estate's checks, the planner's issue kinds, the runbooks'. */
const KINDS = [...FINDING_RULES.map((r) => r.id), ...Object.keys(PLAN_ISSUES).map((k) => planFindingRule(k as PlanIssueKind)), ...Object.keys(ROLLBACK_FINDING_NAMES)];

describe('the controls of each kind of finding', () => {
  it('has an entry for every kind the app can raise, and none for a kind it cannot', () => {
    expect(new Set(KINDS)).toEqual(new Set(FINDING_CHECK_NAMES.keys()));
    expect(Object.keys(FINDING_CONTROLS).sort()).toEqual([...KINDS].sort());
  });

  it('covers the rules of the findings a real report raises (sample and synthetic estates)', () => {
    const estates = [healthcareSampleEstate(), generateSyntheticEstate({ workloads: 300, dependencies: 900, seed: 7 })];
    const raised = new Set<string>();
    for (const e of estates) for (const f of new EstateReport({ ...e, ...DEFAULT_ESTATE_SETTINGS }).findings.all) raised.add(f.rule);
    expect(raised.size).toBeGreaterThan(4);
    for (const rule of raised) expect(FINDING_CONTROLS[rule], rule).toBeDefined();
  });

  it('names only catalogued controls, each once per kind, with a one-line reason and a source', () => {
    for (const [kind, entry] of Object.entries(FINDING_CONTROLS)) {
      if ('notAControlMatter' in entry) {
        expect(entry.notAControlMatter.length, kind).toBeGreaterThan(30);
        continue;
      }
      expect(entry.controls.length, kind).toBeGreaterThan(0);
      expect(new Set(entry.controls.map((m) => m.control)).size, kind).toBe(entry.controls.length);
      for (const m of entry.controls) {
        expect(CONTROL_BY_LABEL.has(m.control), `${kind}: ${m.control}`).toBe(true);
        expect(m.reason, `${kind}: ${m.control}`).toMatch(/^[A-Z].{15,170}\.$/);
        expect(m.reason).not.toContain('\n');
        expect(m.source.length, `${kind}: ${m.control}`).toBeGreaterThan(4);
      }
    }
  });

  it('limits a control to some findings of a kind only by aspects those findings carry (a readiness finding: its missing checks)', () => {
    for (const [kind, entry] of Object.entries(FINDING_CONTROLS)) {
      if (!('controls' in entry)) continue;
      const limited = entry.controls.filter((m) => m.onlyFor);
      if (kind !== 'readiness-missing') {
        expect(limited, kind).toEqual([]);
        continue;
      }
      for (const m of limited) for (const a of m.onlyFor ?? []) expect(READINESS_CHECKS, m.control).toContain(a);
      // Every check it can miss concerns some control of its own.
      for (const check of READINESS_CHECKS)
        expect(
          limited.some((m) => m.onlyFor?.includes(check)),
          check,
        ).toBe(true);
      // And one control holds whatever is missing.
      expect(entry.controls.some((m) => !m.onlyFor)).toBe(true);
    }
  });

  it('names every catalogued control from some kind, so no row of the coverage table can never fill', () => {
    const named = new Set(Object.values(FINDING_CONTROLS).flatMap((e) => ('controls' in e ? e.controls.map((m) => m.control) : [])));
    expect(CONTROLS.map(controlLabel).filter((l) => !named.has(l))).toEqual([]);
  });

  it('cites the reference papers by lines that say what is quoted', () => {
    const dir = '/work/shared/reference';
    const citations = Object.values(FINDING_CONTROLS).flatMap((e) => ('controls' in e ? e.controls.flatMap((m) => [...m.source.matchAll(/([\w-]+\.txt), line (\d+): “([^”]+)”/g)]) : []));
    expect(citations.length).toBeGreaterThan(15);
    if (!existsSync(dir)) return; // the papers sit beside the repository, not in it
    for (const [, file, line, says] of citations) {
      const text = readFileSync(`${dir}/${file}`, 'utf8').split('\n')[Number(line) - 1] ?? '';
      expect(text, `${file}:${line}`).toContain(says);
    }
  });
});

describe('the controls catalogue', () => {
  it('writes each id as its framework does', () => {
    for (const c of CONTROLS) {
      expect(c.id, c.framework).toMatch(CONTROL_ID_FORMS[c.framework]);
      if (c.framework === 'ISO 27001') {
        const [, theme, n] = c.id.split('.');
        expect(Number(n), c.id).toBeLessThanOrEqual(ISO_THEME_SIZES[theme as string] ?? 0);
      }
    }
    expect('164.312(e)1').not.toMatch(CONTROL_ID_FORMS.HIPAA);
    expect('Art 32').not.toMatch(CONTROL_ID_FORMS.GDPR);
    expect('8.31').not.toMatch(CONTROL_ID_FORMS['ISO 27001']);
  });

  it('has one row per control, each with a title, a gist and its official source', () => {
    expect(new Set(CONTROLS.map(controlLabel)).size).toBe(CONTROLS.length);
    const hosts = { HIPAA: 'https://www.ecfr.gov/', GDPR: 'https://eur-lex.europa.eu/', 'ISO 27001': 'https://www.iso.org/' } as const;
    for (const c of CONTROLS) {
      expect(c.title.length, c.id).toBeGreaterThan(3);
      expect(c.gist, c.id).toMatch(/^[A-Z].+\.$/);
      expect(c.source.url.startsWith(hosts[c.framework]), c.id).toBe(true);
      expect(c.source.document.length).toBeGreaterThan(20);
    }
    // The eCFR page is the section's own.
    expect(CONTROL_BY_LABEL.get('HIPAA 164.312(e)(1)')?.source.url).toMatch(/section-164\.312$/);
    expect(CONTROL_BY_LABEL.get('GDPR Art. 32(1)(b)')?.source.section).toBe('Article 32(1), point (b)');
    expect(CONTROL_BY_LABEL.get('ISO 27001 A.8.31')?.title).toBe('Separation of development, test and production environments');
  });

  it('lists the frameworks in order, each by the order its text numbers the controls', () => {
    expect([...new Set(CONTROLS.map((c) => c.framework))]).toEqual([...FRAMEWORKS]);
    for (let i = 1; i < CONTROLS.length; i++) {
      const [a, b] = [CONTROLS[i - 1]!, CONTROLS[i]!];
      if (a.framework === b.framework) expect(compareControlIds(a.id, b.id), `${a.id} before ${b.id}`).toBeLessThan(0);
    }
    expect(['A.8.13', 'A.8.2', 'A.5.30'].sort(compareControlIds)).toEqual(['A.5.30', 'A.8.2', 'A.8.13']);
    expect(['164.308(a)(7)(ii)(A)', '164.308(a)(7)', '164.308(a)(1)(ii)(B)'].sort(compareControlIds)).toEqual(['164.308(a)(1)(ii)(B)', '164.308(a)(7)', '164.308(a)(7)(ii)(A)']);
    expect(['Art. 32(1)(b)', 'Art. 25(2)', 'Art. 9(1)'].sort(compareControlIds)).toEqual(['Art. 9(1)', 'Art. 25(2)', 'Art. 32(1)(b)']);
  });
});
