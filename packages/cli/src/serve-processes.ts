/** How many server processes `mend serve` runs: `--processes`, else MEND_PROCESSES, else one. */
export const MAX_PROCESSES = 64;

export const PROCESSES_RULE = `must be a whole number from 1 to ${MAX_PROCESSES}`;

export function isProcessCount(raw: string): boolean {
  const count = Number(raw.trim());
  return /^\d+$/.test(raw.trim()) && count >= 1 && count <= MAX_PROCESSES;
}

export const FIRST_RESTART_DELAY_MS = 100;
export const MAX_RESTART_DELAY_MS = 10_000;
/** A process that lived this long was not part of a crash loop: the next restart is quick again. */
export const STABLE_AFTER_MS = 30_000;

/**
 * Wait before starting a replacement for a process that died: 100 ms, doubling with each crash in
 * a row, at most 10 s, so a process that dies at start-up (a full disk, a broken database) does
 * not spin a core while it keeps failing.
 */
export function restartDelay(crashesInARow: number): number {
  return Math.min(FIRST_RESTART_DELAY_MS * 2 ** Math.max(0, crashesInARow - 1), MAX_RESTART_DELAY_MS);
}
