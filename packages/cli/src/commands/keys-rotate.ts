import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { KeyProblem, readServerKeyFile, rotateServerKey, writeNewServerKeyFile, type ServerKey } from '@mend/server';
import { CliError } from '../cli-error';
import { println, type CliIo } from '../io';
import { serverConfig, withStorage, type GlobalOptions } from '../settings';

interface RotateOptions extends GlobalOptions {
  oldKeyFile?: string;
  newKeyFile: string;
}

/** `mend keys generate` and `mend keys rotate`: the server key that wraps every person's data key. */
export function registerKeys(keys: Command, io: CliIo): void {
  keys
    .command('generate')
    .description('Write a new server key (32 random bytes, base64) to <file>, readable by you only')
    .argument('<file>', 'where to write it; an existing file is never overwritten')
    .action(async (file: string) => {
      const key = withKeyProblems(() => writeNewServerKeyFile(path.resolve(file)));
      println(io.stdout, `Wrote server key ${key.id} to ${path.resolve(file)}. Keep a copy apart from your database backups.`);
    });

  keys
    .command('rotate')
    .description('Re-wrap every person\'s data key with a new server key, in one transaction (stop mend serve first)')
    .requiredOption('--new-key-file <file>', 'the new key; made there if the file does not exist yet')
    .option('--old-key-file <file>', 'the key in use now (default: MEND_KEY_FILE, MEND_SERVER_KEY or <data dir>/server.key)')
    .action(async (_options: RotateOptions, command: Command) => {
      const options = command.optsWithGlobals<RotateOptions>();
      const config = serverConfig(io, options);
      if (options.oldKeyFile) {
        config.keyFile = path.resolve(options.oldKeyFile);
        delete config.serverKey;
      }
      const newKeyFile = path.resolve(options.newKeyFile);
      const made = !fs.existsSync(newKeyFile);
      const next = withKeyProblems(() => (made ? writeNewServerKeyFile(newKeyFile) : readServerKeyFile(newKeyFile)));
      const { rewrapped, oldId } = await withStorage(io, options, (storage) => rotate(storage, next), config);
      if (made) println(io.stdout, `Made a new server key in ${newKeyFile}.`);
      println(io.stdout, `Re-wrapped ${rewrapped} ${rewrapped === 1 ? 'person\'s data key' : 'people\'s data keys'}: server key ${oldId} → ${next.id}.`);
      println(io.stdout, `Start Mend with the new key now: MEND_KEY_FILE=${newKeyFile} (or put it in place of ${path.join(config.dataDir, 'server.key')}).`);
      println(io.stdout, 'The old key no longer opens this database, but it still opens backups made before now: keep it as long as you keep those.');
    });
}

async function rotate(storage: Parameters<typeof rotateServerKey>[0], next: ServerKey) {
  const oldId = storage.serverKeyId;
  try {
    return { ...(await rotateServerKey(storage, next)), oldId };
  } catch (error) {
    if (error instanceof KeyProblem) throw new CliError(error.message);
    throw error;
  }
}

function withKeyProblems<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof KeyProblem) throw new CliError(error.message);
    throw error;
  }
}
