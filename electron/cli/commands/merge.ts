import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { z } from 'zod';
import { shownValue } from '../../../shared/estate-text/diff-words.js';
import { mergeEstates, type MergeResult } from '../../../shared/estate-text/merge.js';
import { SIDES } from '../../../shared/estate-text/merge-types.js';
import { writeEstateYaml } from '../../../shared/estate-text/write-text.js';
import { WaveplanError } from '../../../shared/errors.js';
import type { CliCommand, CliIo } from '../command.js';
import { parseArgs, pathIn, progressLine, reporting, UsageError } from '../command-support.js';
import { readEstateAt, writeEstateFile, type EstateFormat } from '../estate-text-at-path.js';
import { writeOutput } from '../write-output.js';

const USAGE = `Usage: waveplan merge <base> <ours> <theirs> [-o <out>] [--resolve <resolutions.json>] [--json]

Merges two copies of one estate, <ours> and <theirs>, made from <base>: by ids, field
by field. A field changed on one side takes that side; changed alike on both is fine;
changed differently is a conflict, as are a removal against an edit and two different
additions of one id. Scenarios are merged by id, each decision and setting field by the
value the scenario sees. Conflicts are listed, never settled silently.

Each file is a .waveplan estate file or its text form (YAML), in any mix.

  -o <out>              where the merged estate goes: .yaml or .yml for the text form,
                        .waveplan for an estate file, any other name takes <ours>' form
                        (as git's merge driver %A does). Without -o the merged text is
                        written to standard output. Nothing is written while a conflict
                        is unresolved.
  --resolve <file>      a JSON object of conflict id to "ours", "theirs" or "base",
                        e.g. {"workload:web-1:storageGb": "theirs"} or
                        {"scenario:lean-start-1a2b3c:web-1:pinnedWave": "ours"} (ids as listed)
  --json                the conflicts (and what was written) as JSON

Exit codes: 0 merged, 1 conflicts left unresolved, 2 on trouble, 3 a fault inside Waveplan.
`;

const ResolutionsSchema = z.record(z.string(), z.enum(SIDES as [string, ...string[]]));

function readResolutions(io: CliIo, path: string): Record<string, 'base' | 'ours' | 'theirs'> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(pathIn(io, path), 'utf8'));
  } catch (error) {
    throw new WaveplanError('invalid-input', `${path}: not readable JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  const parsed = ResolutionsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new WaveplanError('invalid-input', `${path}, ${issue.path.length ? `conflict “${issue.path.join('.')}”` : 'the file'}: expected "ours", "theirs" or "base" for each conflict id.`);
  }
  // zod's record leaves out a key it will not set, "__proto__": said like any other key that names no conflict, not passed over.
  const dropped = Object.keys(raw as object).filter((id) => !Object.hasOwn(parsed.data, id));
  if (dropped.length) throw new WaveplanError('invalid-input', `${path}: no conflict ${dropped.map((id) => `“${id}”`).join(', ')} in this merge.`);
  return parsed.data as Record<string, 'base' | 'ours' | 'theirs'>;
}

function conflictLines(result: MergeResult): string {
  const lines = [`${result.unresolved.length} of ${result.conflicts.length} conflicts unresolved:`];
  const open = new Set(result.unresolved);
  for (const c of result.conflicts) {
    if (!open.has(c.id)) continue;
    lines.push(`  ${c.id}  (${c.kind}) ${c.label}${c.field ? `, ${c.field}` : ''}`);
    lines.push(`      base: ${shownValue(c.base)}`, `      ours: ${shownValue(c.ours)}`, `      theirs: ${shownValue(c.theirs)}`);
  }
  lines.push('Settle them with --resolve <file>: {"<conflict id>": "ours" | "theirs" | "base"}.');
  return lines.join('\n') + '\n';
}

function outputFormat(out: string, ours: EstateFormat): EstateFormat {
  const ext = extname(out).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  if (ext === '.waveplan') return 'waveplan';
  return ours;
}

export const mergeCommand: CliCommand = {
  name: 'merge',
  help: USAGE,
  run: (args, io) =>
    reporting(io, USAGE, async () => {
      const parsed = parseArgs(args, ['--json'], ['-o', '--output', '--resolve']);
      if (parsed.positional.length !== 3) throw new UsageError('waveplan merge takes three estates: base, ours and theirs.');
      const [basePath, oursPath, theirsPath] = parsed.positional as [string, string, string];
      const out = parsed.options.get('-o') ?? parsed.options.get('--output');
      const resolutions = parsed.options.has('--resolve') ? readResolutions(io, parsed.options.get('--resolve')!) : {};
      const progress = progressLine(io);
      try {
        const read = (path: string) => {
          progress.stage(`reading ${path}`);
          return readEstateAt(pathIn(io, path), path);
        };
        const [base, ours, theirs] = [await read(basePath), await read(oursPath), await read(theirsPath)];
        progress.stage('merging');
        const result = mergeEstates(base.estate, ours.estate, theirs.estate, resolutions);
        const known = new Set(result.conflicts.map((c) => c.id));
        const stray = Object.keys(resolutions).filter((id) => !known.has(id));
        if (stray.length) throw new WaveplanError('invalid-input', `${parsed.options.get('--resolve')}: no conflict ${stray.map((id) => `“${id}”`).join(', ')} in this merge.`);
        const clean = result.unresolved.length === 0 && result.problems.length === 0;
        let written: string | null = null;
        if (clean && out) {
          progress.stage(`writing ${out}`);
          const format = outputFormat(out, ours.format);
          if (format === 'yaml') writeOutput(io, out, writeEstateYaml(result.merged));
          else writeEstateFile(pathIn(io, out), result.merged);
          written = out;
        }
        progress.done();
        if (parsed.flags.has('--json')) {
          io.out(JSON.stringify({ merged: clean, written, conflicts: result.conflicts, unresolved: result.unresolved, problems: result.problems }, null, 2) + '\n');
        } else {
          if (!clean) {
            if (result.unresolved.length) io.out(conflictLines(result));
            for (const p of result.problems) io.out(`${p}\n`);
            io.err('Not merged: nothing was written.\n');
          } else if (out) io.err(`Merged ${result.conflicts.length ? `(${result.conflicts.length} conflicts resolved) ` : ''}into ${out}.\n`);
          else io.out(writeEstateYaml(result.merged));
        }
        return clean ? 0 : 1;
      } finally {
        progress.done();
      }
    }),
};
