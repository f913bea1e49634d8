import { formatFieldValue } from '../domain/field-text.js';
import { FIELD_BY_KEY } from '../domain/workload-fields.js';
import type { Workload, WorkloadField } from '../domain/workload.js';
import type { ImportPreview, ImportTable } from './import-plan.js';
import type { EnrichmentSpec, SpreadsheetFile } from './formats/types.js';
import { readNumber } from '../domain/read-number.js';
import { toFieldUnit } from './unit-conversion.js';
import type { Unit } from './units.js';

// The other sheets of a discovery export, laid over the workloads its inventory sheet
// gives: RVTools' vDisk adds a VM's disks up into its storage, vNetwork adds every IP
// address its NICs report, vPartition says how full the disks are, vHost what the VM
// runs on. Each sheet joins by the VM's name (or a column both sheets share), and what
// it changes shows in the preview like anything else: a value on a new workload, a diff
// on one already in the estate.

export interface EnrichmentApplied {
  sheet: string;
  kind: EnrichmentSpec['kind'];
  /** Workloads it changed. */
  workloads: number;
}

const norm = (text: string) => text.trim().toLowerCase();
const columnIn = (header: readonly string[], name: string) => header.findIndex((h) => norm(h) === norm(name));

/** One enrichment sheet, indexed by its join column. */
class EnrichmentSheet {
  private readonly byKey = new Map<string, string[][]>();
  private readonly inventoryKey: number;

  constructor(
    readonly spec: EnrichmentSpec,
    private readonly header: readonly string[],
    body: readonly string[][],
    private readonly inventory: ImportTable,
  ) {
    const key = columnIn(header, spec.join.column);
    if (key >= 0) {
      for (const row of body) {
        const k = norm(row[key] ?? '');
        if (!k) continue;
        const list = this.byKey.get(k);
        if (list) list.push(row);
        else this.byKey.set(k, [row]);
      }
    }
    this.inventoryKey = spec.join.by === 'column' ? columnIn(inventory.rows[0] ?? [], spec.join.inventoryColumn) : -1;
  }

  /** The rows about the workload read from inventory sheet row `row` and named `name`. */
  rowsFor(row: number, name: string): string[][] {
    const k = this.spec.join.by === 'column' ? norm(this.inventory.rows[row - 1]?.[this.inventoryKey] ?? '') : norm(name);
    return (k && this.byKey.get(k)) || [];
  }

  /** A column by what it means, with its unit. */
  column(meaning: string): { index: number; unit?: Unit } {
    const c = this.spec.columns.find((x) => x.meaning === meaning);
    return { index: c ? columnIn(this.header, c.header) : -1, ...(c?.unit ? { unit: c.unit } : {}) };
  }

  /** The sum of a size column over rows, in GB (undefined when no row has a value). */
  sizeGb(rows: readonly string[][], meaning: string): number | undefined {
    const { index, unit } = this.column(meaning);
    if (index < 0) return undefined;
    let sum = 0;
    let any = false;
    for (const row of rows) {
      const read = readNumber(row[index] ?? '');
      if (!read.ok) continue;
      const gb = unit ? toFieldUnit(read.value, unit, 'storageGb', '') : { ok: true as const, value: read.value };
      if (gb.ok) [sum, any] = [sum + gb.value, true];
    }
    return any ? Number(sum.toPrecision(12)) : undefined;
  }

  texts(rows: readonly string[][], meaning: string): string[] {
    const { index } = this.column(meaning);
    return index < 0 ? [] : rows.map((r) => (r[index] ?? '').trim()).filter(Boolean);
  }
}

/** What one sheet says about one workload, as changes to its fields. */
function changesFrom(sheet: EnrichmentSheet, rows: readonly string[][], w: Workload): Partial<Workload> {
  switch (sheet.spec.kind) {
    case 'disks': {
      const gb = sheet.sizeGb(rows, 'disk size');
      return gb === undefined ? {} : { storageGb: gb };
    }
    case 'networks': {
      const found = sheet
        .texts(rows, 'IP addresses')
        .flatMap((t) => t.split(/[\s,;]+/))
        .filter((ip) => /^[0-9a-f:.]+$/i.test(ip) && ip.length <= 45);
      const all = [...new Set([...w.ipAddresses, ...found])].slice(0, 32);
      return all.length > w.ipAddresses.length ? { ipAddresses: all } : {};
    }
    case 'partitions': {
      const size = sheet.sizeGb(rows, 'partition size');
      const used = sheet.sizeGb(rows, 'space used');
      if (size === undefined || used === undefined) return {};
      const line = `Disk use (${sheet.spec.sheet}): ${Math.round(used).toLocaleString('en')} of ${Math.round(size).toLocaleString('en')} GB`;
      return w.notes.includes(line) ? {} : { notes: [w.notes, line].filter(Boolean).join('\n').slice(0, 10_000) };
    }
    case 'hosts': {
      const version = sheet.texts(rows, 'ESXi version')[0];
      const cores = sheet.texts(rows, 'physical cores')[0];
      if (!version && !cores) return {};
      const line = `Runs on (${sheet.spec.sheet}): ${[version, cores ? `${cores} cores` : ''].filter(Boolean).join(', ')}`;
      return w.notes.includes(line) ? {} : { notes: [w.notes, line].filter(Boolean).join('\n').slice(0, 10_000) };
    }
    default:
      return {};
  }
}

const shown = (field: WorkloadField, value: unknown) => formatFieldValue(FIELD_BY_KEY[field], value);

/**
 * Lays the export's enrichment sheets over the preview's new and updated workloads.
 * An update gains a diff for each field a sheet changes (its "from" stays the estate's).
 */
export function applyEnrichment(preview: ImportPreview, inventory: ImportTable, file: SpreadsheetFile, specs: readonly EnrichmentSpec[], estate: ReadonlyMap<string, Workload>): EnrichmentApplied[] {
  const applied: EnrichmentApplied[] = [];
  for (const spec of specs) {
    const source = file.sheets.find((s) => s.name === spec.sheet);
    if (!source) continue;
    const [header = [], ...body] = source.rows;
    const sheet = new EnrichmentSheet(spec, header, body, inventory);
    let changed = 0;
    for (const add of preview.adds) {
      const patch = changesFrom(sheet, sheet.rowsFor(add.row, add.workload.name), add.workload);
      if (Object.keys(patch).length === 0) continue;
      add.workload = { ...add.workload, ...patch };
      changed++;
    }
    for (const update of preview.updates) {
      const patch = changesFrom(sheet, sheet.rowsFor(update.row, update.workload.name), update.workload);
      if (Object.keys(patch).length === 0) continue;
      update.workload = { ...update.workload, ...patch };
      const before = estate.get(update.id);
      for (const field of Object.keys(patch) as WorkloadField[]) {
        update.diffs = update.diffs.filter((d) => d.field !== field);
        if (JSON.stringify(before?.[field]) !== JSON.stringify(update.workload[field]))
          update.diffs.push({ field, label: FIELD_BY_KEY[field].label, from: shown(field, before?.[field]), to: shown(field, update.workload[field]) });
      }
      changed++;
    }
    if (changed > 0) applied.push({ sheet: spec.sheet, kind: spec.kind, workloads: changed });
  }
  return applied;
}
