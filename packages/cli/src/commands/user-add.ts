import { Option, type Command } from 'commander';
import { addUser } from '@mend/server';
import type { Me } from '@mend/core';
import { println, type CliIo } from '../io';
import { readNewPassword, type PasswordOptions } from '../password';
import { withStorage, type GlobalOptions } from '../settings';

type UserAddOptions = GlobalOptions & PasswordOptions & { role?: 'person' | 'therapist' };

export function registerUserAdd(user: Command, io: CliIo): void {
  user
    .command('add')
    .description('Create an account (the first one becomes the owner)')
    .argument('<name>', 'account name: letters, digits, ".", "_" or "-"')
    .option('--password-stdin', 'read the password from the first line of stdin')
    .addOption(
      new Option('--role <role>', 'person (the default; the first account is the owner), or therapist: reads only what people share with it, after accepting their invites')
        .choices(['person', 'therapist']),
    )
    .addHelpText('after', '\nWithout --password-stdin the password comes from MEND_PASSWORD, or is asked for at the terminal.')
    .action(async (name: string, _options: UserAddOptions, command: Command) => {
      const options = command.optsWithGlobals<UserAddOptions>();
      const password = await readNewPassword(io, options);
      const role = options.role === 'therapist' ? { role: 'therapist' as const } : {};
      const created = await withStorage(io, options, (storage) => addUser(storage, { name, password }, io.now(), role));
      println(io.stdout, describeCreated(created));
    });
}

export function describeCreated(user: Me): string {
  if (user.role === 'owner') return `Created account "${user.name}" (role: owner — the first account, it looks after this Mend).`;
  if (user.role === 'therapist') {
    return `Created account "${user.name}" (role: therapist — it sees only what a person shares with it, once signed in and given their invite code).`;
  }
  return `Created account "${user.name}" (role: person).`;
}
