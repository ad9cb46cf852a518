import type { Command } from 'commander';
import { addUser } from '@mend/server';
import type { Me } from '@mend/core';
import { println, type CliIo } from '../io';
import { readNewPassword, type PasswordOptions } from '../password';
import { withStorage, type GlobalOptions } from '../settings';

type UserAddOptions = GlobalOptions & PasswordOptions;

export function registerUserAdd(user: Command, io: CliIo): void {
  user
    .command('add')
    .description('Create an account (the first one becomes the owner)')
    .argument('<name>', 'account name: letters, digits, ".", "_" or "-"')
    .option('--password-stdin', 'read the password from the first line of stdin')
    .addHelpText('after', '\nWithout --password-stdin the password comes from MEND_PASSWORD, or is asked for at the terminal.')
    .action(async (name: string, _options: UserAddOptions, command: Command) => {
      const options = command.optsWithGlobals<UserAddOptions>();
      const password = await readNewPassword(io, options);
      const created = await withStorage(io, options, (storage) => addUser(storage, { name, password }, io.now()));
      println(io.stdout, describeCreated(created));
    });
}

export function describeCreated(user: Me): string {
  return user.role === 'owner'
    ? `Created account "${user.name}" (role: owner — the first account, it looks after this Mend).`
    : `Created account "${user.name}" (role: person).`;
}
