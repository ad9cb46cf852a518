import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { exportAccount } from '@mend/server';
import { println, type CliIo } from '../io';
import { requireUser, withStorage, type GlobalOptions } from '../settings';

interface ExportOptions extends GlobalOptions {
  user: string;
  out?: string;
}

export function registerExport(program: Command, io: CliIo): void {
  program
    .command('export')
    .description("Write an account's data as an export file (format v1, JSON)")
    .requiredOption('--user <name>', 'the account to export')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (_options: ExportOptions, command: Command) => {
      const options = command.optsWithGlobals<ExportOptions>();
      const document = await withStorage(io, options, async (storage) => {
        const user = await requireUser(storage, options.user);
        return exportAccount(storage, user.id, io.now());
      });
      const json = `${JSON.stringify(document, null, 2)}\n`;
      if (!options.out) {
        io.stdout(json);
        return;
      }
      await writePrivately(options.out, json);
      println(io.stderr, `Exported ${document.moments.length} moments of ${options.user} to ${options.out}`);
    });
}

/**
 * The file holds someone's most private notes: readable by its owner only, and written whole
 * (temp file, then rename) so an interrupted export never leaves half a file behind.
 */
async function writePrivately(file: string, text: string): Promise<void> {
  const target = path.resolve(file);
  const temporary = `${target}.${process.pid}.tmp`;
  await fs.writeFile(temporary, text, { mode: 0o600 });
  try {
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
