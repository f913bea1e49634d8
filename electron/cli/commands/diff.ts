import { diffEstates, isSameEstate } from '../../../shared/estate-text/diff.js';
import { diffText } from '../../../shared/estate-text/diff-words.js';
import { planMoves } from '../../../shared/estate-text/plan-moves.js';
import type { CliCommand } from '../command.js';
import { parseArgs, pathIn, progressLine, reporting, UsageError } from '../command-support.js';
import { readEstateAt } from '../estate-text-at-path.js';

const USAGE = `Usage: waveplan diff <a> <b> [--json] [--no-plan]

What changed from estate <a> to estate <b>, by ids and field by field: workloads and
dependencies added, removed and changed, decisions (tier, strategy, pinned wave) called
out, settings by field, scenarios added, removed and renamed with each decision and
setting a scenario changed, and how the plan moved (both baselines are planned: the
workloads whose wave or cutover date changed, and the waves, end date and one-time cost).

<a> and <b> are .waveplan estate files or their text form (YAML), in any mix.

  --json      the differences as JSON, for scripts
  --no-plan   leave out how the plan moved (faster on large estates)

Exit codes: 0 when the estates are the same, 1 when they differ, 2 on trouble
(a file that cannot be read is named with its line and field), 3 a fault inside Waveplan.
`;

export const diffCommand: CliCommand = {
  name: 'diff',
  help: USAGE,
  run: (args, io) =>
    reporting(io, USAGE, async () => {
      const parsed = parseArgs(args, ['--json', '--no-plan'], []);
      if (parsed.positional.length !== 2) throw new UsageError('waveplan diff compares two estates.');
      const [a, b] = parsed.positional as [string, string];
      const progress = progressLine(io);
      try {
        progress.stage(`reading ${a}`);
        const before = (await readEstateAt(pathIn(io, a), a)).estate;
        progress.stage(`reading ${b}`);
        const after = (await readEstateAt(pathIn(io, b), b)).estate;
        progress.stage('comparing');
        const diff = diffEstates(before, after);
        const same = isSameEstate(diff);
        const moves = parsed.flags.has('--no-plan') || same ? undefined : planMoves(before, after, (stage) => progress.stage(stage));
        progress.done();
        if (parsed.flags.has('--json')) io.out(JSON.stringify({ same, ...diff, plan: moves ?? null }, null, 2) + '\n');
        else io.out(diffText(diff, moves));
        return same ? 0 : 1;
      } finally {
        progress.done();
      }
    }),
};
