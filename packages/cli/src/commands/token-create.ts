import type { Command } from 'commander';
import { TOKEN_SCOPES, TokenCreateSchema, type TokenScope } from '@mend/core';
import { createPersonalToken } from '@mend/server';
import { CliError } from '../cli-error';
import { println, type CliIo } from '../io';
import { requireUser, withStorage, type GlobalOptions } from '../settings';

interface TokenCreateOptions extends GlobalOptions {
  user: string;
  name: string;
  scope: string;
}

/**
 * Reading and logging is what scripts mostly do; taking all the data out (export) or bringing
 * data in (import) is asked for by name.
 */
export const DEFAULT_CLI_SCOPES = 'read,write';

/** "read, write" → ['read', 'write'], with the API's own rules (known scopes, at least one, none twice). */
export function parseScopes(value: string): TokenScope[] {
  const parsed = TokenCreateSchema.shape.scopes.safeParse(value.split(',').map((scope) => scope.trim()).filter((scope) => scope !== ''));
  if (!parsed.success) {
    const problem = parsed.error.issues[0]?.message ?? 'is not valid';
    throw new CliError(`--scope ${problem}. Give a comma-separated list of: ${TOKEN_SCOPES.join(', ')}.`);
  }
  return parsed.data;
}

export function registerTokenCreate(token: Command, io: CliIo): void {
  token
    .command('create')
    .description('Create a personal access token for the API (shown only once)')
    .requiredOption('--user <name>', 'the account the token acts for')
    .option('--name <label>', 'a label to recognise the token by later', 'Command line')
    .option('--scope <scopes>', `what the token may do, comma-separated: ${TOKEN_SCOPES.join(', ')}`, DEFAULT_CLI_SCOPES)
    .action(async (_options: TokenCreateOptions, command: Command) => {
      const options = command.optsWithGlobals<TokenCreateOptions>();
      const scopes = parseScopes(options.scope);
      const created = await withStorage(io, options, async (storage) => {
        const user = await requireUser(storage, options.user);
        return createPersonalToken(storage, user.id, options.name, io.now(), scopes);
      });
      // Only the token on stdout, so `TOKEN=$(mend token create …)` just works.
      println(io.stdout, created.token);
      println(io.stderr, `Token "${created.name}" created for ${options.user} with scopes: ${created.scopes.join(', ')}. It is shown only this once: keep it somewhere safe.`);
      println(io.stderr, 'Send it with each API request as: Authorization: Bearer <token>');
    });
}
