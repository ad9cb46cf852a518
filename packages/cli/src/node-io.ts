import readline from 'node:readline';
import { Writable } from 'node:stream';
import { CliError } from './cli-error';
import type { CliIo } from './io';

/** The real process: its streams, its environment, its clock and its signals. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    now: () => new Date(),
    interactive: Boolean(process.stdin.isTTY),
    readLine: () => readFirstLine(process.stdin),
    promptHidden,
    waitForShutdown,
  };
}

function readFirstLine(input: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input, crlfDelay: Infinity });
    let answered = false;
    const answer = (line: string) => {
      if (answered) return;
      answered = true;
      lines.close();
      resolve(line);
    };
    lines.once('line', answer);
    lines.once('close', () => answer(''));
    input.once('error', reject);
  });
}

/** readline echoes through its output; a silent output keeps the password off the screen. */
function promptHidden(question: string): Promise<string> {
  process.stderr.write(question);
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const lines = readline.createInterface({ input: process.stdin, output: silent, terminal: true });
  return new Promise((resolve, reject) => {
    lines.once('line', (line) => {
      process.stderr.write('\n');
      lines.close();
      resolve(line);
    });
    // Ctrl-C at the prompt: stop without creating anything.
    lines.once('SIGINT', () => {
      process.stderr.write('\n');
      lines.close();
      reject(new CliError('Cancelled. Nothing was changed.', { exitCode: 130 }));
    });
  });
}

function waitForShutdown(): Promise<string> {
  return new Promise((resolve) => {
    // Listeners are removed after the first signal, so a second Ctrl-C falls back to Node's
    // default and stops a shutdown that hangs.
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
