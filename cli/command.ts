/**
 * The contract of one `fanplan` sub-command. Commands are plain async
 * functions over argv and an injected IO, so tests run them in-process.
 */

/** Where a command reads and writes; the real CLI binds these to the process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Working directory that relative paths resolve against. */
  cwd: string;
}

/** One sub-command. `run` returns the process exit code (0 ok, 1 failed, 2 usage). */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[], io: CliIo): Promise<number>;
}

/** Error for bad command-line usage; the dispatcher prints it with the usage and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
