import type { Command } from 'commander';
import { backupSqlite } from '@mend/server';
import { println, type CliIo } from '../io';
import { refuseOnPostgres, withBackupProblems } from '../backup-support';
import { serverConfig, serverKeyLocation, type GlobalOptions } from '../settings';

export function registerBackup(program: Command, io: CliIo): void {
  program
    .command('backup')
    .description('Copy the SQLite database to <file> with SQLite\'s online backup (safe while mend serve runs)')
    .argument('<file>', 'where to write the copy')
    .action(async (file: string, _options: GlobalOptions, command: Command) => {
      const config = serverConfig(io, command.optsWithGlobals<GlobalOptions>());
      refuseOnPostgres(config, 'backup');
      const result = await withBackupProblems(() => backupSqlite(config.dataDir, file));
      println(io.stdout, `Backed up the database to ${result.file} (${formatBytes(result.bytes)}; integrity ok, ${result.migrations} migrations).`);
      println(io.stdout, 'It holds every account\'s data: keep it where only you can read it.');
      println(io.stdout, `Free text in it is encrypted: it can only be read with the server key (${serverKeyLocation(config)}), so keep a copy of that key too, apart from the backup.`);
    });
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
