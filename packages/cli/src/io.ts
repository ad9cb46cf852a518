/**
 * Everything the CLI touches outside itself, passed in, so tests can run a command in-process
 * with captured output, a fixed clock and scripted input.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  now(): Date;
  /** True when a person is at a terminal who can be asked for a password. */
  interactive: boolean;
  /** The first line of stdin, without its line ending ('' when stdin is empty). */
  readLine(): Promise<string>;
  /** Asks at the terminal without echoing what is typed. */
  promptHidden(question: string): Promise<string>;
  /** Resolves with the signal's name when the process is asked to stop (SIGINT, SIGTERM). */
  waitForShutdown(): Promise<string>;
}

export function println(write: (text: string) => void, line = ''): void {
  write(`${line}\n`);
}
