import { Command } from 'commander';
import { registerBackup } from './commands/backup';
import { registerDemo } from './commands/demo';
import { registerExport } from './commands/export';
import { registerImport } from './commands/import';
import { registerKeys } from './commands/keys-rotate';
import { registerQuestionnaire } from './commands/questionnaire';
import { registerRestore } from './commands/restore';
import { registerServe } from './commands/serve';
import { registerTokenCreate } from './commands/token-create';
import { registerUserAdd } from './commands/user-add';
import type { CliIo } from './io';

/** A fresh program per run: commander keeps parsed state on the objects. */
export function buildProgram(io: CliIo): Command {
  const program = new Command('mend')
    .description('Mend: a private companion for moving from coping to healing.')
    .option('--data-dir <dir>', 'where the SQLite database lives (default: MEND_DATA_DIR or ./data)')
    .option('--database-url <url>', 'use PostgreSQL instead of SQLite (default: DATABASE_URL)')
    .showHelpAfterError('(run "mend --help" to see the commands)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  registerServe(program, io);
  registerUserAdd(program.command('user').description('Manage accounts'), io);
  registerTokenCreate(program.command('token').description('Manage personal access tokens'), io);
  registerExport(program, io);
  registerImport(program, io);
  registerDemo(program, io);
  registerBackup(program, io);
  registerRestore(program, io);
  registerQuestionnaire(program.command('questionnaire').description('Manage the self-checks (FHIR questionnaires) on this Mend'), io);
  registerKeys(program.command('keys').description('Manage the server key that protects free text at rest'), io);

  // Subcommands need the same output and error handling as the program itself.
  const configure = (command: Command) => {
    command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
    command.commands.forEach(configure);
  };
  program.commands.forEach(configure);
  return program;
}
