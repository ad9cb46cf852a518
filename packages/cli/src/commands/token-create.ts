import type { Command } from 'commander';
import { createPersonalToken } from '@mend/server';
import { println, type CliIo } from '../io';
import { requireUser, withStorage, type GlobalOptions } from '../settings';

interface TokenCreateOptions extends GlobalOptions {
  user: string;
  name: string;
}

export function registerTokenCreate(token: Command, io: CliIo): void {
  token
    .command('create')
    .description('Create a personal access token for the API (shown only once)')
    .requiredOption('--user <name>', 'the account the token acts for')
    .option('--name <label>', 'a label to recognise the token by later', 'Command line')
    .action(async (_options: TokenCreateOptions, command: Command) => {
      const options = command.optsWithGlobals<TokenCreateOptions>();
      const created = await withStorage(io, options, async (storage) => {
        const user = await requireUser(storage, options.user);
        return createPersonalToken(storage, user.id, options.name, io.now());
      });
      // Only the token on stdout, so `TOKEN=$(mend token create …)` just works.
      println(io.stdout, created.token);
      println(io.stderr, `Token "${created.name}" created for ${options.user}. It is shown only this once: keep it somewhere safe.`);
      println(io.stderr, 'Send it with each API request as: Authorization: Bearer <token>');
    });
}
