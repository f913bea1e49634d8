// What a control is, in the three frameworks a healthcare migration answers to
// (docs/domain-rules.md, "Controls"). The catalogue itself is in hipaa.ts, gdpr.ts
// and iso-27001.ts; catalogue.ts puts them in one ordered list.

export const FRAMEWORKS = ['HIPAA', 'GDPR', 'ISO 27001'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

/** Where a control's words are published: the official document, the section, and where to read it. */
export interface ControlSource {
  document: string;
  section: string;
  url: string;
}

export interface Control {
  framework: Framework;
  /** As the framework numbers it: "164.312(e)(1)", "Art. 32(1)(b)", "A.8.31". */
  id: string;
  /** The official title (for a GDPR point, the article's title and the point's own words). */
  title: string;
  /** What it asks, in a plain sentence. */
  gist: string;
  source: ControlSource;
}

/** How a control is named on a finding, in the workbook and in a filter: "HIPAA 164.312(e)(1)". Unique across frameworks. */
export function controlLabel(control: Pick<Control, 'framework' | 'id'>): string {
  return `${control.framework} ${control.id}`;
}

/**
 * The form of an id in each framework, so a typo ("164.312(e)1", "Art 32", "8.31") is
 * caught by a test rather than printed in a client's board pack.
 */
export const CONTROL_ID_FORMS: Readonly<Record<Framework, RegExp>> = {
  // 45 CFR: section, then paragraph (a), (1), (i), (A) levels, outermost first.
  HIPAA: /^164\.3(08|10|12)\([a-e]\)(\(\d{1,2}\))?(\((i|ii|iii|iv|v)\))?(\([A-F]\))?$/,
  // Regulation (EU) 2016/679: article, paragraph, point.
  GDPR: /^Art\. \d{1,2}(\(\d\))?(\([a-f]\))?$/,
  // ISO/IEC 27001:2022 Annex A: theme 5 (organizational) to 8 (technological), then control.
  'ISO 27001': /^A\.[5-8]\.\d{1,2}$/,
};

/** How many controls each theme of ISO/IEC 27001:2022 Annex A has (37, 8, 14 and 34: 93 in all). */
export const ISO_THEME_SIZES: Readonly<Record<string, number>> = { '5': 37, '6': 8, '7': 14, '8': 34 };

/**
 * Controls in the order their text numbers them: digits as numbers, the rest as text, so
 * 164.308(a)(1) comes before 164.308(a)(7), A.8.2 before A.8.13 and Art. 9 before Art. 25.
 */
export function compareControlIds(a: string, b: string): number {
  const ta = a.match(/\d+|\D+/g) ?? [];
  const tb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    const x = ta[i] as string;
    const y = tb[i] as string;
    if (x === y) continue;
    const nx = Number(x);
    const ny = Number(y);
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return ta.length - tb.length;
}
