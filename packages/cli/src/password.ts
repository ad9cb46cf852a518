import { CliError } from './cli-error';
import type { CliIo } from './io';

export interface PasswordOptions {
  passwordStdin?: boolean;
}

/**
 * A new account's password, from the safest source available: stdin (scripts, password
 * managers), MEND_PASSWORD (containers), or a hidden prompt typed twice. Never an argument: it
 * would end up in the shell history and the process list.
 */
export async function readNewPassword(io: CliIo, options: PasswordOptions): Promise<string> {
  if (options.passwordStdin) return io.readLine();
  const fromEnv = io.env.MEND_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!io.interactive) {
    throw new CliError('No password given. Pipe it in with --password-stdin, set MEND_PASSWORD, or run this in a terminal.');
  }
  const first = await io.promptHidden('Password (at least 8 characters): ');
  const second = await io.promptHidden('Same password again: ');
  if (first !== second) throw new CliError('The two passwords were not the same. Nothing was created.');
  return first;
}
