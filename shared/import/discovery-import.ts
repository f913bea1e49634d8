import type { Environment } from '../domain/enums.js';
import type { Mapping } from './header-mapping.js';
import type { ImportPreview, ImportTable } from './import-plan.js';
import type { EnvironmentHint, FieldTotal, FormatMatch, NoiseKind } from './formats/types.js';
import { NOISE_KINDS } from './formats/noise.js';
import { readNumber } from '../domain/read-number.js';
import { decideNumberStyle } from './number-style-guess.js';
import type { NumberStyle } from '../domain/number-style.js';

// What recognising a discovery export changes about an import, between the file and the
// preview: fields a vendor spreads over several columns added into one (Azure Migrate's
// disks), the rows that are not workloads (another record type, discovery noise) left
// out or marked, and the environments the names suggest, applied only when the person
// says so. Everything here is shown in the import dialog before it is used.

export type NoiseChoice = 'leave-out' | 'import' | 'retire';

export const NOISE_CHOICES: Record<NoiseChoice, string> = {
  'leave-out': 'Leave them out',
  import: 'Import them as they are',
  retire: 'Import them with the strategy Retire',
};

export interface DiscoveryChoices {
  noise: NoiseChoice;
  useEnvironmentHints: boolean;
}

export const DEFAULT_DISCOVERY_CHOICES: DiscoveryChoices = { noise: 'leave-out', useEnvironmentHints: false };

/**
 * A field the export spreads over several columns ("Disk 1 size" … "Disk 8 size") as one
 * more column holding their sum, mapped in place of the first; the others are left out.
 */
export function withTotals(table: ImportTable, mapping: Mapping, totals: readonly FieldTotal[] = []): { table: ImportTable; mapping: Mapping } {
  const [header = [], ...body] = table.rows;
  // Each total's columns read with their own separators, decided from all their values
  // ("1.024" beside "127,5" is thousands-dotted). Where the evidence is ambiguous the
  // columns are not added up: the first stays mapped, and the mapping step asks.
  const planned = totals
    .filter((t) => t.columns.length > 0)
    .map((t) => ({ total: t, verdict: decideNumberStyle(body.flatMap((cells) => t.columns.map((c) => cells[c] ?? ''))) }))
    .filter((p) => p.verdict.kind !== 'ambiguous');
  if (planned.length === 0) return { table, mapping };
  const width = header.length;
  const base: Mapping = Array.from({ length: width }, (_, c) => mapping[c] ?? { to: 'ignore' });
  const added: Mapping = [];
  for (const { total } of planned) {
    const first = base[total.columns[0] as number];
    added.push(first?.to === 'field' ? { ...first, ...(total.unit ? { unit: total.unit } : {}) } : { to: 'field', field: total.field, ...(total.unit ? { unit: total.unit } : {}) });
    for (const c of total.columns) base[c] = { to: 'ignore' };
  }
  const sumOf = (cells: readonly string[], columns: readonly number[], style: NumberStyle | undefined) => {
    let sum = 0;
    let any = false;
    for (const c of columns) {
      const read = readNumber(cells[c] ?? '', style);
      if (read.ok) [sum, any] = [sum + read.value, true];
    }
    return any ? String(sum) : '';
  };
  const styleOf = (v: (typeof planned)[number]['verdict']) => (v.kind === 'decided' ? v.style : undefined);
  const widen = (cells: readonly string[]) => Array.from({ length: width }, (_, c) => cells[c] ?? '');
  const totalHeader = (t: FieldTotal) =>
    t.columns
      .map((c) => header[c] ?? '')
      .filter(Boolean)
      .join(' + ')
      .slice(0, 200);
  return {
    table: {
      ...table,
      rows: [[...widen(header), ...planned.map((p) => totalHeader(p.total))], ...body.map((cells) => [...widen(cells), ...planned.map((p) => sumOf(cells, p.total.columns, styleOf(p.verdict)))])],
    },
    mapping: [...base, ...added],
  };
}

export interface DiscoveryFacts {
  /** Noise rows by kind, and which kind each body row (1-based sheet row number) is. */
  noise: Record<NoiseKind, number>;
  noiseOf: Map<number, NoiseKind>;
  /** Suggested environments by sheet row number. */
  hints: Map<number, EnvironmentHint>;
}

/** The noise and environment suggestions of the inventory sheet, by sheet row number. */
export function discoveryFacts(match: FormatMatch | null, table: ImportTable): DiscoveryFacts {
  const noise = Object.fromEntries(NOISE_KINDS.map((k) => [k, 0])) as Record<NoiseKind, number>;
  const noiseOf = new Map<number, NoiseKind>();
  const hints = new Map<number, EnvironmentHint>();
  if (!match?.inventory || match.inventory.sheet !== table.sheet) return { noise, noiseOf, hints };
  const classify = match.noise?.sheet === table.sheet ? match.noise.classify : undefined;
  table.rows.forEach((cells, r) => {
    if (r === 0 || cells.every((c) => (c ?? '').trim() === '')) return;
    if (match.inventory?.rows && !match.inventory.rows(cells)) return;
    const kind = classify?.(cells);
    if (kind) {
      noise[kind]++;
      noiseOf.set(r + 1, kind);
    }
    const hint = match.environmentHints?.(cells);
    if (hint) hints.set(r + 1, hint);
  });
  return { noise, noiseOf, hints };
}

/** The rows the preview reads as workloads: the export's own record type, and noise unless it is imported. */
export function workloadRows(match: FormatMatch | null, table: ImportTable, choices: DiscoveryChoices): ((cells: string[]) => boolean) | undefined {
  const inventory = match?.inventory?.sheet === table.sheet ? match.inventory : undefined;
  const classify = choices.noise === 'leave-out' && match?.noise?.sheet === table.sheet ? match.noise.classify : undefined;
  if (!inventory?.rows && !classify) return undefined;
  // previewImport's skipRow: true leaves the row out.
  return (cells) => (inventory?.rows ? !inventory.rows(cells) : false) || (classify ? classify(cells) !== null : false);
}

/** Lays the person's choices over the preview: noise imported as Retire, suggested environments where the file names none. */
export function applyDiscoveryChoices(preview: ImportPreview, facts: DiscoveryFacts, choices: DiscoveryChoices, environmentMapped: boolean): void {
  for (const add of preview.adds) {
    if (choices.noise === 'retire' && facts.noiseOf.has(add.row)) add.workload = { ...add.workload, strategy: 'retire' };
    const hint = facts.hints.get(add.row);
    if (choices.useEnvironmentHints && hint && !environmentMapped) add.workload = { ...add.workload, environment: hint.environment as Environment };
  }
}

/** Columns that also identify a machine, most specific first: a row whose name is blank takes its name from one of these. */
const NAME_FALLBACKS = [/^(server\.)?(vmware\.)?vm ?name$/i, /host ?name$/i, /^(server|computer|machine) ?name$/i, /fqdn|dns ?name/i, /^(server\.)?external ?id$/i];

/**
 * A row with a blank name, where another column still names the machine (AWS's template
 * allows HostName or VMware.VMName), takes its name from that column. Returns the rows it
 * filled, by sheet row number, so the preview can say so.
 */
export function withNameFallback(table: ImportTable, mapping: Mapping): { table: ImportTable; filled: Map<number, string> } {
  const filled = new Map<number, string>();
  const nameColumn = mapping.findIndex((t) => t.to === 'field' && t.field === 'name');
  const header = table.rows[0] ?? [];
  if (nameColumn < 0) return { table, filled };
  const fallbacks = NAME_FALLBACKS.flatMap((pattern) => header.flatMap((h, c) => (c !== nameColumn && pattern.test(h.trim()) ? [c] : [])));
  if (fallbacks.length === 0) return { table, filled };
  const rows = table.rows.map((cells, r) => {
    if (r === 0 || (cells[nameColumn] ?? '').trim() !== '' || cells.every((c) => (c ?? '').trim() === '')) return cells;
    const from = fallbacks.find((c) => (cells[c] ?? '').trim() !== '');
    if (from === undefined) return cells;
    filled.set(r + 1, header[from] ?? '');
    const copy = [...cells];
    while (copy.length <= nameColumn) copy.push('');
    copy[nameColumn] = (cells[from] ?? '').trim();
    return copy;
  });
  return { table: { ...table, rows }, filled };
}
