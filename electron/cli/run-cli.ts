import type { CliCommand, CliCommandEntry, CliIo } from './command.js';
import { describeError, EXIT, UsageError } from './cli-error.js';

// What `waveplan <command> …` does with its arguments: the top-level flags (--help,
// --version), the command by name, and every error said in one place with its exit code.

export interface CliInfo {
  version: string;
  /** WAVEPLAN_DEBUG=1: a stack trace under an error. */
  debug: boolean;
}

export function mainHelp(commands: readonly CliCommandEntry[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `Usage: waveplan <command> [options]

Plans the migration of an estate into the cloud, from the command line: the same
planner, checks and exports as the Waveplan app, on estate files (.waveplan) wherever
they are kept (a git repository, a CI job).

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  -h, --help     this help; \`waveplan <command> --help\` for a command's own
  -v, --version  the version of Waveplan

Every command takes --json for output a script can read.
Exit codes: 0 ok; 1 findings at or above \`check --fail-on\`; 2 a usage error, or input
that cannot be used (said with its file, row and column; an import then writes nothing);
3 a fault inside Waveplan. Set WAVEPLAN_DEBUG=1 to see a stack trace under an error.
`;
}

/** Usage lines of a command: its help up to the first blank line. */
const usageOf = (command: CliCommand) => command.help.split('\n\n')[0] ?? command.help;

export async function runCli(argv: readonly string[], io: CliIo, commands: readonly CliCommandEntry[], info: CliInfo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
    io.out(topic ? (await topic.load()).help : mainHelp(commands));
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    io.out(`waveplan ${info.version}\n`);
    return EXIT.ok;
  }
  const entry = commands.find((c) => c.name === first);
  let command: CliCommand | undefined;
  try {
    if (!entry) throw new UsageError(first.startsWith('-') ? `unknown option '${first}'` : `unknown command '${first}'`);
    command = await entry.load();
    // Every command's --help is its help text, whatever else is on the line: one place, so no command can miss it.
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(command.help.endsWith('\n') ? command.help : `${command.help}\n`);
      return EXIT.ok;
    }
    return await command.run(rest, io);
  } catch (error) {
    const { lines, code } = describeError(error, info.debug);
    for (const line of lines) io.err(`${line}\n`);
    if (error instanceof UsageError) {
      const about = error.command === command?.name ? command : undefined;
      io.err(`\n${about ? `${usageOf(about)}\nSee 'waveplan ${about.name} --help'.` : mainHelp(commands)}\n`);
    }
    return code;
  }
}
