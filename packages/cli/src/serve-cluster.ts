import cluster, { type Worker } from 'node:cluster';
import { println, type CliIo } from './io';
import { restartDelay, STABLE_AFTER_MS } from './serve-processes';
import { STOP_MESSAGE, type WorkerMessage } from './serve-worker';

/** How long the processes get to finish their requests after a stop before they are killed. */
const STOP_GRACE_MS = 10_000;

export interface StartFailure {
  name: string;
  message: string;
  code?: string;
}

/**
 * The primary of `mend serve --processes N`: forks N server processes that share one port (node's
 * cluster hands each new connection to the next one in turn), starts a replacement when one dies
 * unexpectedly, and stops them all on request. It serves nothing itself.
 */
export class ServerProcesses {
  private readonly running = new Map<number, { worker: Worker; forkedAt: number; ready: boolean }>();
  private readonly restarts = new Set<NodeJS.Timeout>();
  private crashesInARow = 0;
  private stopping = false;
  private started = false;

  constructor(
    private readonly count: number,
    private readonly io: CliIo,
  ) {}

  /** Resolves with the address once every process listens; rejects with the first one's reason if one cannot start. */
  start(): Promise<string> {
    return new Promise((resolve, reject) => {
      let url = '';
      const fail = (failure: StartFailure) => {
        if (this.started || this.stopping) return;
        this.stop().then(() => reject(Object.assign(new Error(failure.message), failure)), reject);
      };
      cluster.on('message', (worker, message: WorkerMessage) => {
        const entry = this.running.get(worker.id);
        if (!entry) return;
        if (message?.type === 'mend-start-failed') {
          if (!this.started) fail(message.error);
          return;
        }
        if (message?.type !== 'mend-ready') return;
        entry.ready = true;
        url = message.url;
        if (this.stopping) return;
        if (this.started) {
          println(this.io.stderr, `Started a server process (pid ${worker.process.pid}) in place of the one that stopped.`);
        } else if ([...this.running.values()].filter((other) => other.ready).length === this.count) {
          this.started = true;
          resolve(url);
        }
      });
      cluster.on('exit', (worker, code, signal) => this.exited(worker, code, signal, fail));
      for (let n = 0; n < this.count; n++) this.fork();
    });
  }

  /** Asks every process to finish its requests and stop; kills the ones still running after the grace time. */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const timer of this.restarts) clearTimeout(timer);
    this.restarts.clear();
    const workers = [...this.running.values()].map(({ worker }) => worker);
    await Promise.all(
      workers.map(async (worker) => {
        if (worker.isDead()) return;
        const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
        // A process already stopping by itself (Ctrl+C reaches the whole process group) may close
        // its channel at any moment: then SIGTERM asks the same.
        if (worker.isConnected()) {
          worker.send(STOP_MESSAGE, (error) => {
            if (error) worker.process.kill('SIGTERM');
          });
        }
        else worker.process.kill('SIGTERM');
        const timer = setTimeout(() => worker.process.kill('SIGKILL'), STOP_GRACE_MS);
        await exited;
        clearTimeout(timer);
      }),
    );
  }

  private fork(): void {
    const worker = cluster.fork();
    this.running.set(worker.id, { worker, forkedAt: Date.now(), ready: false });
  }

  private exited(worker: Worker, code: number | null, signal: string | null, fail: (failure: StartFailure) => void): void {
    const entry = this.running.get(worker.id);
    this.running.delete(worker.id);
    if (this.stopping || !entry) return;
    const how = signal ? `was ended by ${signal}` : `exited with code ${code}`;
    if (!this.started) {
      // Before Mend was running, a process that dies is a start that failed: say so rather than loop.
      fail({ name: 'Error', message: `A server process ${how} before it was ready.` });
      return;
    }
    this.crashesInARow = Date.now() - entry.forkedAt >= STABLE_AFTER_MS ? 1 : this.crashesInARow + 1;
    const delay = restartDelay(this.crashesInARow);
    println(this.io.stderr, `A server process (pid ${worker.process.pid}) ${how} unexpectedly; starting another in ${delay} ms.`);
    const timer = setTimeout(() => {
      this.restarts.delete(timer);
      if (!this.stopping) this.fork();
    }, delay);
    this.restarts.add(timer);
  }
}
