import { CommanderError } from 'commander';
import { describeExpectedError } from './cli-error';
import { println, type CliIo } from './io';
import { buildProgram } from './program';

/**
 * Runs one `mend …` invocation and returns the exit code. Expected problems (a typo'd user, a bad
 * file, a name taken) become plain sentences; only real bugs show a stack trace.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    // commander has already printed its own message (or the help) by the time it throws.
    if (error instanceof CommanderError) return error.exitCode;
    const lines = describeExpectedError(error);
    if (lines) {
      for (const line of lines) println(io.stderr, line);
      return error instanceof Error && 'exitCode' in error && typeof error.exitCode === 'number' ? error.exitCode : 1;
    }
    println(io.stderr, `Something went wrong that Mend did not expect. Details for a bug report:`);
    println(io.stderr, error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 1;
  }
}
