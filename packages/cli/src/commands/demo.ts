import { randomInt } from 'node:crypto';
import { InvalidArgumentError, type Command } from 'commander';
import { CATALOGUE, type Me } from '@mend/core';
import { addUser, findUserByName, getPreferences, importAccount, type Storage } from '@mend/server';
import { MAX_DEMO_DAYS, generateDemoHistory } from '@mend/core/demo';
import { CliError } from '../cli-error';
import { println, type CliIo } from '../io';
import { readNewPassword, type PasswordOptions } from '../password';
import { withStorage, type GlobalOptions } from '../settings';
import { describeCreated } from './user-add';

interface DemoOptions extends GlobalOptions, PasswordOptions {
  user: string;
  days: number;
  seed?: number;
  create?: boolean;
}

export function registerDemo(program: Command, io: CliIo): void {
  program
    .command('demo')
    .description('Fill an account with a realistic made-up history, to try Mend out')
    .requiredOption('--user <name>', 'the account to fill')
    .option('--days <days>', 'how many days of history', parseDays, 60)
    .option('--seed <seed>', 'the same seed gives the same history (default: a random one)', parseSeed)
    .option('--create', 'create the account first if it does not exist (password as for "user add")')
    .option('--password-stdin', 'with --create: read the password from the first line of stdin')
    .addHelpText('after', '\nDemo moments have ids demo-0001, demo-0002, …: running demo again replaces them, and leaves other moments alone.')
    .action(async (_options: DemoOptions, command: Command) => {
      const options = command.optsWithGlobals<DemoOptions>();
      const seed = options.seed ?? randomInt(1, 1_000_000);
      await withStorage(io, options, async (storage) => {
        const user = await findOrCreate(io, storage, options);
        const now = io.now();
        const document = generateDemoHistory({ days: options.days, now, seed, skills: CATALOGUE, accountName: user.name });
        // The import stores the document's preferences: hand it the person's own, so a demo
        // history never resets, say, their follow-up delay.
        document.preferences = await getPreferences(storage, user.id);
        const result = await importAccount(storage, user.id, document, now);
        const { created, updated, unchanged } = result.moments;
        println(
          io.stdout,
          `Added a demo history to ${user.name}: ${document.moments.length} moments over ${options.days} days ` +
            `(${created} new, ${updated} replaced, ${unchanged} already there).`,
        );
        println(io.stdout, `Seed ${seed}: run again with --seed ${seed} for the same history.`);
      });
    });
}

async function findOrCreate(io: CliIo, storage: Storage, options: DemoOptions): Promise<Me> {
  const existing = await findUserByName(storage, options.user);
  if (existing) return existing;
  if (!options.create) {
    throw new CliError(`No account named "${options.user}". Add --create to create it first (with a password, as for "mend user add").`);
  }
  const password = await readNewPassword(io, options);
  const created = await addUser(storage, { name: options.user, password }, io.now());
  println(io.stdout, describeCreated(created));
  return created;
}

function parseDays(raw: string): number {
  const days = Number(raw);
  if (!/^\d+$/.test(raw) || days < 1 || days > MAX_DEMO_DAYS) {
    throw new InvalidArgumentError(`must be a whole number from 1 to ${MAX_DEMO_DAYS}.`);
  }
  return days;
}

function parseSeed(raw: string): number {
  if (!/^-?\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) throw new InvalidArgumentError('must be a whole number.');
  return Number(raw);
}
