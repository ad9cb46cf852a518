import type { CliIo } from './io';

export interface TestIo extends CliIo {
  out(): string;
  err(): string;
  /** Lets a waiting `mend serve` stop, as Ctrl+C would. */
  shutdown(signal?: string): void;
}

/** An in-memory terminal for running the CLI in tests: captured output, fixed clock, scripted input. */
export function testIo(options: { env?: NodeJS.ProcessEnv; now?: Date; stdin?: string; interactive?: boolean; typed?: string[] } = {}): TestIo {
  let out = '';
  let err = '';
  const typed = [...(options.typed ?? [])];
  let stop: (signal: string) => void = () => {};
  const stopped = new Promise<string>((resolve) => {
    stop = resolve;
  });
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    env: options.env ?? {},
    now: () => options.now ?? new Date('2026-11-02T21:40:00Z'),
    interactive: options.interactive ?? false,
    readLine: async () => (options.stdin ?? '').split(/\r?\n/)[0] ?? '',
    promptHidden: async () => typed.shift() ?? '',
    waitForShutdown: () => stopped,
    out: () => out,
    err: () => err,
    shutdown: (signal = 'SIGINT') => stop(signal),
  };
}
