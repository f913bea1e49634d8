// One command of the `waveplan` command line: its name, its own --help text, and what it
// does. A command returns its exit code; it writes only through `io`.

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** True when stdout is a terminal: progress may be drawn on stderr. */
  isTty: boolean;
  cwd: string;
}

export interface CliCommand {
  name: string;
  help: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/**
 * A command as `waveplan --help` lists it: its name, its one-line summary, and its module,
 * loaded only when it runs. `waveplan plan` then loads the planner and not the workbook
 * writer, the PDF printer or the importers: Node compiles every module a process loads,
 * and a CI job that plans pays for that start-up on every run.
 */
export interface CliCommandEntry {
  name: string;
  summary: string;
  load(): Promise<CliCommand>;
}
