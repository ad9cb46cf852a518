import fs from 'node:fs/promises';
import type { Command } from 'commander';
import type { ImportResult } from '@mend/core';
import { importAccount } from '@mend/server';
import { CliError } from '../cli-error';
import { println, type CliIo } from '../io';
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
      const document = await readJson(file);
      const result = await withStorage(io, options, async (storage) => {
        const user = await requireUser(storage, options.user);
        return importAccount(storage, user.id, document, io.now());
      });
      for (const line of describeImport(options.user, result)) println(io.stdout, line);
    });
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `There is no file ${file}.` : `Could not read ${file} (${code ?? 'unknown error'}).`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`${file} is not a Mend export file: it is not valid JSON (${(error as Error).message}).`);
  }
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
  ];
}
