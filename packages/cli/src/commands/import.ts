import type { Command } from 'commander';
import type { ImportResult } from '@mend/core';
import { importAccount } from '@mend/server';
import { println, type CliIo } from '../io';
import { readJsonFile } from '../read-json-file';
import { requireUser, withStorage, type GlobalOptions } from '../settings';

interface ImportOptions extends GlobalOptions {
  user: string;
}

export function registerImport(program: Command, io: CliIo): void {
  program
    .command('import')
    .description('Import an export file into an account (safe to repeat: records are matched by id)')
    .requiredOption('--user <name>', 'the account to import into')
    .argument('<file>', 'an export file (format v1, JSON)')
    .action(async (file: string, _options: ImportOptions, command: Command) => {
      const options = command.optsWithGlobals<ImportOptions>();
      const document = await readJsonFile(file, 'a Mend export file');
      const result = await withStorage(io, options, async (storage) => {
        const user = await requireUser(storage, options.user);
        return importAccount(storage, user.id, document, io.now());
      });
      for (const line of describeImport(options.user, result)) println(io.stdout, line);
    });
}

const PATH_OUTCOMES: Record<ImportResult['path'], string> = {
  imported: 'imported',
  unchanged: 'unchanged',
  'kept-newer': "kept the account's (it was saved later than the file's)",
  'not-in-file': 'none in the file',
};

export function describeImport(name: string, result: ImportResult): string[] {
  const counts = (what: ImportResult['moments']) => `${what.created} created, ${what.updated} updated, ${what.unchanged} unchanged`;
  return [
    `Imported into ${name}:`,
    `  moments: ${counts(result.moments)}`,
    `  own skills: ${counts(result.customSkills)}`,
    `  classifications: ${result.classifications}`,
    `  safety plan versions: ${result.safetyPlanVersions.created} created, ${result.safetyPlanVersions.unchanged} unchanged`,
    `  practices: ${counts(result.practices)}`,
    `  healing path: ${PATH_OUTCOMES[result.path]}`,
    `  self-checks: ${counts(result.selfChecks)}`,
  ];
}
