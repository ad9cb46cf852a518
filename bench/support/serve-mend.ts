import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** `mend serve` as a child, so the server has its own event loop (and core) apart from the load. */
export async function serveMend(env: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
  // MEND_BENCH_CPU_PROF=DIR: a CPU profile of each Mend process (node --cpu-prof), written when it stops.
  const profile = process.env.MEND_BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.MEND_BENCH_CPU_PROF] : [];
  const child = spawn(process.execPath, [...profile, path.join(REPO, 'packages/cli/bin/mend.js'), 'serve'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  // Keep reading stdout after the address shows up: a closed pipe would fail the server's next write.
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const match = /running at (\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', () => reject(new Error(`mend serve stopped before it was ready:\n${output}`)));
  });
  return { url, child };
}

/** Stops a server started by serveMend, if it is still running. */
export async function stopMend(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

/**
 * A copy of the built web app (packages/web/dist) in `into`, for MEND_WEB_DIST: other work may
 * rebuild dist (which empties it first) while a benchmark runs; the copy stays as it was.
 */
export async function snapshotWebDist(into: string): Promise<string> {
  const dist = path.join(REPO, 'packages/web/dist');
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`No ${dist}/index.html: run "npm run build" first.`);
  const copy = path.join(into, 'web-dist');
  await cp(dist, copy, { recursive: true });
  return copy;
}
