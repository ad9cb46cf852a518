import type { Command } from 'commander';
import { restoreSqlite } from '@mend/server';
import { println, type CliIo } from '../io';
import { refuseOnPostgres, withBackupProblems } from '../backup-support';
import { serverConfig, type GlobalOptions } from '../settings';

export function registerRestore(program: Command, io: CliIo): void {
  program
    .command('restore')
    .description('Put a backup made by mend backup in place of the SQLite database (stop mend serve first)')
    .argument('<file>', 'the backup to restore')
    .action(async (file: string, _options: GlobalOptions, command: Command) => {
      const config = serverConfig(io, command.optsWithGlobals<GlobalOptions>());
      refuseOnPostgres(config, 'restore');
      const result = await withBackupProblems(async () => restoreSqlite(config.dataDir, file, io.now()));
      println(io.stdout, `Restored ${file} as ${result.file} (integrity ok, ${result.migrations} migrations).`);
      if (result.keptAs) println(io.stdout, `The database that was there is kept as ${result.keptAs}.`);
      println(io.stdout, 'Start Mend again with: mend serve');
    });
}
