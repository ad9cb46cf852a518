import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { RunningMend } from './mend-server';

const repoRoot = resolve(import.meta.dirname, '../..');

/** Runs the real `mend` command against a running Mend's data dir; returns what it printed. */
export function mendCli(mend: RunningMend, args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, MEND_DATA_DIR: mend.dataDir },
    encoding: 'utf8',
  });
}
