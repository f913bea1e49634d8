import type { Control } from './control.js';

// GDPR controls the findings concern: Regulation (EU) 2016/679, Articles 9, 25 and 32.
// An article's title is the Regulation's; for a paragraph or point the title adds that
// provision's own words, so two rows of one article are told apart.

const REGULATION = 'Regulation (EU) 2016/679 (General Data Protection Regulation), OJ L 119, 4.5.2016';
const EUR_LEX = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';

function gdpr(id: string, title: string, gist: string): Control {
  const [, article, paragraph, point] = /^Art\. (\d+)(?:\((\d)\))?(?:\(([a-f])\))?$/.exec(id) ?? [];
  const section = `Article ${article}${paragraph ? `(${paragraph})` : ''}${point ? `, point (${point})` : ''}`;
  return { framework: 'GDPR', id, title, gist, source: { document: REGULATION, section, url: EUR_LEX } };
}

const SECURITY = 'Security of processing';
const BY_DESIGN = 'Data protection by design and by default';

export const GDPR_CONTROLS: readonly Control[] = [
  gdpr(
    'Art. 9(1)',
    'Processing of special categories of personal data',
    'Data concerning health is a special category: processing it is prohibited unless an exception in Art. 9(2) applies, so it needs the strongest care.',
  ),
  gdpr(
    'Art. 25(1)',
    `${BY_DESIGN}: measures designed to implement data-protection principles`,
    'Build data protection (such as pseudonymisation and data minimisation) into how the processing is designed, from the start.',
  ),
  gdpr(
    'Art. 25(2)',
    `${BY_DESIGN}: by default only the personal data necessary for each purpose`,
    'By default, process only the personal data each purpose needs, and keep it from being open to people who do not need it.',
  ),
  gdpr('Art. 32(1)(a)', `${SECURITY}: the pseudonymisation and encryption of personal data`, 'Pseudonymise and encrypt personal data where the risk calls for it.'),
  gdpr(
    'Art. 32(1)(b)',
    `${SECURITY}: the ongoing confidentiality, integrity, availability and resilience of processing systems and services`,
    'Keep the systems that process personal data confidential, intact, available and resilient, as the risk calls for.',
  ),
  gdpr(
    'Art. 32(1)(c)',
    `${SECURITY}: the ability to restore the availability and access to personal data in a timely manner`,
    'Be able to bring personal data back in good time after a physical or technical incident.',
  ),
  gdpr(
    'Art. 32(1)(d)',
    `${SECURITY}: a process for regularly testing, assessing and evaluating the effectiveness of the measures`,
    'Test, assess and evaluate regularly whether the security measures work.',
  ),
];
