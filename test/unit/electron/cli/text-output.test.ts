import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../electron/cli/command.js';
import { progressLine } from '../../../../electron/cli/progress-line.js';
import { textTable, truncate } from '../../../../electron/cli/text-table.js';

// What the command line draws: tables that keep a row on one line, and progress only on a terminal.

const io = (isTty: boolean) => {
  const drawn: string[] = [];
  return { io: { out: () => undefined, err: (t: string) => void drawn.push(t), isTty, cwd: '/' } satisfies CliIo, drawn };
};

describe('textTable', () => {
  it('pads columns to their widest cell, right-aligns numbers and cuts long text with an ellipsis', () => {
    const table = textTable(
      [
        { n: 1, name: 'EHR' },
        { n: 12, name: 'A very long workload name indeed' },
      ],
      [
        { header: 'Wave', cell: (r) => String(r.n), align: 'right' },
        { header: 'Name', cell: (r) => r.name, max: 12 },
      ],
    );
    expect(table).toBe(['Wave  Name', '────  ────────────', '   1  EHR', '  12  A very long…', ''].join('\n'));
  });

  it('flattens line breaks so a cell never breaks its row', () => {
    expect(truncate('two\nlines', 20)).toBe('two lines');
  });
});

describe('progressLine', () => {
  it('draws nothing when stdout is not a terminal (a pipe, a CI log)', () => {
    const { io: piped, drawn } = io(false);
    const line = progressLine(piped, 'Writing');
    line.update(1, 2, 'the Summary sheet');
    line.end();
    expect(drawn).toEqual([]);
  });

  it('redraws one line on a terminal and clears it at the end', () => {
    const { io: tty, drawn } = io(true);
    const line = progressLine(tty, 'Writing');
    line.update(1, 4, 'the Summary sheet');
    line.update(4, 4, 'packing the file');
    line.end();
    expect(drawn[0]).toBe(`\r\x1b[2KWriting [${'█'.repeat(6)}${'░'.repeat(18)}] 25% the Summary sheet`);
    expect(drawn[1]).toMatch(/100% packing the file$/);
    expect(drawn[2]).toBe('\r\x1b[2K');
  });
});
