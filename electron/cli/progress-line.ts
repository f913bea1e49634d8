import type { CliIo } from './command.js';

// Progress of a long run (the workbook's sheets) as one line on stderr, redrawn in place,
// only when stdout is a terminal: a script reading stdout, or a CI log, sees none of it.

export interface ProgressLine {
  update(done: number, total: number, stage: string): void;
  /** Clears the line, so what follows starts on a clean one. */
  end(): void;
}

const WIDTH = 24;

export function progressLine(io: CliIo, label: string): ProgressLine {
  if (!io.isTty) return { update: () => undefined, end: () => undefined };
  let drawn = false;
  return {
    update(done, total, stage) {
      const share = total > 0 ? Math.min(1, done / total) : 0;
      const filled = Math.round(share * WIDTH);
      io.err(`\r\x1b[2K${label} [${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${Math.round(share * 100)}% ${stage}`);
      drawn = true;
    },
    end() {
      if (drawn) io.err('\r\x1b[2K');
      drawn = false;
    },
  };
}
