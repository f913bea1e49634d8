import { currencyUnit, unitFamily, type SizeUnit, type Unit } from './units.js';

// The unit a column's header states: "Memory (MiB)", "Provisioned MB", "RTO (hrs)",
// "RPO hours", "CPU %", "Monthly cost €", "Kosten (EUR)". A unit is read in brackets, or
// as the header's last or first word ("in GB" too); what remains names the field.
//
// This says what the header SAYS, nothing more. Some tools say it wrongly: RVTools'
// older exports head MiB columns "MB" ("Provisioned MB", and "Memory" with no unit at
// all is MiB too). The format presets (formats/) know their tools and set the unit on
// the mapping themselves (`unit: 'MiB'`); the preview warns when a value looks like
// MiB read as GB, whatever the header said.

/** Words that are a unit wherever they stand. */
const WORDS: Record<string, Unit> = {
  byte: 'B',
  bytes: 'B',
  kb: 'KB',
  mb: 'MB',
  gb: 'GB',
  tb: 'TB',
  kib: 'KiB',
  mib: 'MiB',
  gib: 'GiB',
  tib: 'TiB',
  sec: 's',
  secs: 's',
  second: 's',
  seconds: 's',
  sekunden: 's',
  min: 'min',
  mins: 'min',
  minute: 'min',
  minutes: 'min',
  minuten: 'min',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  std: 'h',
  stunden: 'h',
  heures: 'h',
  day: 'd',
  days: 'd',
  tage: 'd',
  tagen: 'd',
  jours: 'd',
  '%': '%',
  pct: '%',
  percent: '%',
  prozent: '%',
  '€': currencyUnit('EUR'),
  euro: currencyUnit('EUR'),
  euros: currencyUnit('EUR'),
  $: currencyUnit('USD'),
  '£': currencyUnit('GBP'),
};

/** Currency codes read as a unit (ISO 4217, the ones European and US inventories use). */
const CODES = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'JPY', 'CAD', 'AUD', 'NZD', 'INR', 'SGD', 'ZAR'];
for (const code of CODES) WORDS[code.toLowerCase()] = currencyUnit(code);

/** Single letters are too common as words to trust outside brackets: "(h)", "(d)", "(s)", "(m)", "(b)". */
const IN_BRACKETS: Record<string, Unit> = { b: 'B', s: 's', m: 'min', h: 'h', d: 'd' };

function unitWord(word: string, bracketed: boolean): Unit | undefined {
  const w = word
    .trim()
    .toLowerCase()
    .replace(/^in\s+/, '')
    .replace(/\.$/, '');
  return WORDS[w] ?? (bracketed ? IN_BRACKETS[w] : undefined);
}

export interface HeaderUnit {
  unit: Unit;
  /** The header without its unit: "Memory (MiB)" → "Memory". */
  rest: string;
}

/** The unit the header states, if any, and the header without it. */
export function unitOfHeader(header: string): HeaderUnit | undefined {
  // In brackets: the whole content ("(MiB)", "[in GB]"), or its first part ("(€/month)").
  for (const m of header.matchAll(/[([]([^)\]]*)[)\]]/g)) {
    const content = m[1] ?? '';
    const unit = unitWord(content, true) ?? unitWord(content.split(/[/,;]/)[0] ?? '', true);
    if (unit) return { unit, rest: tidy(header.replace(m[0], ' ')) };
  }
  // A word at the end or the start; symbols stand apart ("Monthly cost€", "CPU%").
  const words = header
    .replace(/([€$£%])/g, ' $1 ')
    .split(/[\s_]+/)
    .filter(Boolean);
  if (words.length < 2) return undefined;
  const last = unitWord(words[words.length - 1] ?? '', false);
  if (last)
    return {
      unit: last,
      rest: tidy(
        words
          .slice(0, -1)
          .join(' ')
          .replace(/\s+in$/i, ''),
      ),
    };
  const first = unitWord(words[0] ?? '', false);
  if (first) return { unit: first, rest: tidy(words.slice(1).join(' ')) };
  return undefined;
}

const tidy = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/[\s\-–:/]+$/, '')
    .trim();

/** The size unit a header states ("Provisioned MB" → 'MB', "Memory (MiB)" → 'MiB'), as written. */
export function sizeUnitOf(header: string): SizeUnit | undefined {
  const found = unitOfHeader(header);
  return found && unitFamily(found.unit) === 'size' ? (found.unit as SizeUnit) : undefined;
}
