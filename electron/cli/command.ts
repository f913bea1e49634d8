// One command of the `waveplan` command line: its name, the one-line summary `waveplan --help` lists,
// its own --help text, and what it does. A command returns its exit code; it writes only through `io`.

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** True when stdout is a terminal: progress may be drawn on stderr. */
  isTty: boolean;
  cwd: string;
}

export interface CliCommand {
  name: string;
  summary: string;
  help: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}
