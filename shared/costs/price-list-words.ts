import { RATE_CARD_LINES, type RateCardLine } from './rate-card-lines.js';

// How a price list's words name a rate-card entry and the unit its price is in. Vendors
// fold the unit into the item ("vCPU hour", "Storage GB-month", "Backup per TB per
// month") or give it in a column of its own ("per hour", "GB/month"), so the unit words
// are taken out of the text first, and what is left is compared, without case or
// punctuation, with each line's label and aliases.

export type TimeUnit = 'hour' | 'day' | 'week' | 'month' | 'year';
export type SizeUnit = 'MB' | 'GB' | 'TB' | 'GiB' | 'TiB';

export interface UnitWords {
  per?: TimeUnit;
  each?: SizeUnit;
  percent?: boolean;
}

const TIME_WORDS: Record<string, TimeUnit> = {
  hour: 'hour',
  hours: 'hour',
  hourly: 'hour',
  hr: 'hour',
  hrs: 'hour',
  daily: 'day',
  weekly: 'week',
  month: 'month',
  months: 'month',
  monthly: 'month',
  mo: 'month',
  mth: 'month',
  year: 'year',
  years: 'year',
  yearly: 'year',
  annual: 'year',
  annually: 'year',
  yr: 'year',
};
/** Words that are a time unit only after "per" or "/", or in a unit column: "day rate" and "effort days" name things. */
const TIME_WORDS_AFTER_PER: Record<string, TimeUnit> = { h: 'hour', day: 'day', days: 'day', d: 'day', week: 'week', weeks: 'week', wk: 'week' };
const SIZE_WORDS: Record<string, SizeUnit> = { mb: 'MB', gb: 'GB', tb: 'TB', gib: 'GiB', tib: 'TiB' };
/** Words that say nothing about which entry is meant. */
const FILLER = new Set(['per', 'a', 'an', 'the', 'of', 'for', 'in', 'price', 'cost', 'unit', 'list']);

/** Lower-case words, split at anything that is not a letter, a digit or "%" ("GB-month" is two words, "/h" one). */
function words(text: string): { word: string; afterPer: boolean }[] {
  const out: { word: string; afterPer: boolean }[] = [];
  const re = /(\/)?\s*([\p{L}\p{N}%]+)/gu;
  let previous = '';
  for (const m of text.toLowerCase().matchAll(re)) {
    const word = m[2] ?? '';
    out.push({ word, afterPer: m[1] === '/' || previous === 'per' || previous === 'a' || previous === 'an' });
    previous = word;
  }
  return out;
}

export interface ReadWords extends UnitWords {
  /** What is left once the unit words are out: the name to look up. */
  name: string;
}

/** The unit words in a text and the name left over; `unitColumn` when every word is meant as a unit ("h", "days"). */
export function readWords(text: string, unitColumn = false): ReadWords {
  const read: ReadWords = { name: '' };
  const kept: string[] = [];
  for (const { word, afterPer } of words(text)) {
    const time = TIME_WORDS[word] ?? (afterPer || unitColumn ? TIME_WORDS_AFTER_PER[word] : undefined);
    const size = SIZE_WORDS[word];
    if (time && !read.per) read.per = time;
    else if (size && !read.each) read.each = size;
    else if (word === '%' || word === 'percent' || word === 'pct') read.percent = true;
    else if (!FILLER.has(word)) kept.push(word);
  }
  read.name = kept.join(' ');
  return read;
}

/** The text compared whole, without case or punctuation. */
const whole = (text: string) =>
  words(text)
    .map((w) => w.word)
    .join(' ');

/** A name left over that names nothing on its own. */
const GENERIC = new Set(['', 'rate', 'fee', 'charge', 'amount', 'base', 'total']);

interface Index {
  whole: Map<string, RateCardLine>;
  named: Map<string, RateCardLine>;
}

function buildIndex(lines: readonly RateCardLine[]): Index {
  const index: Index = { whole: new Map(), named: new Map() };
  for (const line of lines) {
    for (const text of [line.label, line.path, ...line.aliases]) {
      if (!index.whole.has(whole(text))) index.whole.set(whole(text), line);
      const { name } = readWords(text);
      if (!GENERIC.has(name) && !index.named.has(name)) index.named.set(name, line);
    }
  }
  return index;
}

let cardIndex: Index | undefined;

/** The rate-card line an item names, matched whole first ("Day rate"), then without its unit words ("vCPU per hour" is "vCPU"). */
export function lineNamed(text: string): RateCardLine | undefined {
  cardIndex ??= buildIndex(RATE_CARD_LINES);
  const exact = cardIndex.whole.get(whole(text));
  if (exact) return exact;
  const { name } = readWords(text);
  return GENERIC.has(name) ? undefined : cardIndex.named.get(name);
}
