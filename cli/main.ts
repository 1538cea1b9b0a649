/**
 * `fanplan` command-line entry: dispatches to sub-commands, prints help, and
 * turns usage errors into exit code 2 and failures into exit code 1.
 */
import { UsageError, type CliCommand, type CliIo } from './command';
import { COMMANDS } from './commands';

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'fanplan — plan smart-meter Field Area Networks (RF mesh, wireless star, PLC)',
    '',
    'Usage: fanplan <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `fanplan <command> --help` for a command\'s options.',
  ].join('\n') + '\n';
}

/** Process-bound IO. */
export const processIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
};

/** Run the CLI with argv (without node and script); returns the exit code. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return name ? 0 : 2;
  }
  const cmd: CliCommand | undefined = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.stderr(`fanplan: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${cmd.usage}\n`);
    return 0;
  }
  try {
    return await cmd.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`fanplan ${cmd.name}: ${e.message}\n\n${cmd.usage}\n`);
      return 2;
    }
    io.stderr(`fanplan ${cmd.name}: ${(e as Error).message}\n`);
    return 1;
  }
}
