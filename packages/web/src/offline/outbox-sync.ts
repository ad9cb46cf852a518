import type { LoggedMoment } from '@mend/core';
import { apiCall, isApiError, type ApiClientError } from '../api/client';
import { atMost } from './at-most';
import { listEntries, removeEntry, updateEntry, type OutboxEntry } from './outbox';
import { isServerAway, markReachable, markUnreachable } from './reachability';

export interface SendOutcome {
  /** Sent and stored, by id: the server's answer, or null when it stored it but answered oddly. */
  delivered: Map<string, LoggedMoment | null>;
  /** Refused by the server in this run (now kept as refused), by id. */
  refused: Map<string, ApiClientError>;
  /** Why the run ended early, with entries still waiting. */
  stopped: 'unreachable' | 'signed-out' | 'locked' | null;
}

export interface SendOptions {
  /** A send on a timer, not on someone's tap: the server does not count it as use (idle sign-out, app lock). */
  background?: boolean;
}

interface Run {
  ownerId: string;
  background: boolean;
  outcome: Promise<SendOutcome>;
  /** Set when someone asks to send while this run is going: it looks for new entries once more. */
  askedAgain: boolean;
}

let current: Run | null = null;

/**
 * A request that hangs (weak signal, captive Wi-Fi) ends the run after this long, so the outbox
 * never sticks behind it. Should the answer still come, the entry is simply sent again later and
 * the server hands back the moment it already stored.
 */
export const ATTEMPT_TIMEOUT_MS = 20_000;

/**
 * Sends one person's waiting moments, oldest first, one at a time. One run per tab: a call while
 * one is going shares it (and the run picks up entries added meanwhile). Other tabs may send the
 * same entry at the same moment; the server answers a resend with the stored moment, so that is safe.
 */
export function sendOutbox(ownerId: string, { background = false }: SendOptions = {}): Promise<SendOutcome> {
  if (current && current.ownerId === ownerId) {
    current.askedAgain = true;
    // Someone pressed Save while a timed run was going: what is left of it is use.
    if (!background) current.background = false;
    return current.outcome;
  }
  // Someone else's run (a sign-in switch mid-run): theirs finishes first, then this one starts.
  if (current) return current.outcome.catch(() => undefined).then(() => sendOutbox(ownerId, { background }));
  const run = { ownerId, background, askedAgain: false } as Run;
  current = run;
  run.outcome = sendAll(run);
  return run.outcome;
}

async function sendAll(run: Run): Promise<SendOutcome> {
  const outcome: SendOutcome = { delivered: new Map(), refused: new Map(), stopped: null };
  const tried = new Set<string>();
  try {
    for (;;) {
      run.askedAgain = false;
      const next = (await listEntries(run.ownerId)).find((entry) => !entry.refused && !tried.has(entry.id));
      if (!next) {
        if (run.askedAgain) continue;
        break;
      }
      tried.add(next.id);
      const stop = await sendOne(next, outcome, run.background);
      if (stop) {
        outcome.stopped = stop;
        break;
      }
    }
  } finally {
    // Cleared in the same tick the run ends, so a later call always starts a fresh run.
    if (current === run) current = null;
  }
  return outcome;
}

async function sendOne(entry: OutboxEntry, outcome: SendOutcome, background: boolean): Promise<SendOutcome['stopped']> {
  // Counting tries is for the person's view only: a storage hiccup must not stop the send.
  await updateEntry(entry.id, (stored) => ({ ...stored, attempts: stored.attempts + 1 })).catch(() => undefined);
  try {
    const answer = await atMost(ATTEMPT_TIMEOUT_MS, apiCall('createMoment', { body: entry.body, background }));
    if (!answer) {
      markUnreachable();
      return 'unreachable';
    }
    markReachable();
    await removeEntry(entry.id);
    outcome.delivered.set(entry.id, answer);
    return null;
  } catch (error) {
    return settleProblem(entry, error, outcome);
  }
}

async function settleProblem(entry: OutboxEntry, error: unknown, outcome: SendOutcome): Promise<SendOutcome['stopped']> {
  if (!isApiError(error) || isServerAway(error)) {
    markUnreachable();
    return 'unreachable';
  }
  markReachable();
  // The session ended: everything waits until the person signs in again.
  if (error.status === 401) return 'signed-out';
  // Locked (423 app_locked): the moment is fine, the session is not open. It waits for the PIN,
  // never kept as refused: a moment logged in a crisis must not be lost (hazard 9).
  if (error.status === 423) return 'locked';
  // Stored (2xx) but the answer did not match the contract: resending would only repeat that.
  if (error.status >= 200 && error.status < 300) {
    await removeEntry(entry.id);
    outcome.delivered.set(entry.id, null);
    return null;
  }
  // 409: a different moment already has this id (not expected with random UUIDs); any other 4xx:
  // the server read it and said what is wrong. Kept, never dropped quietly: the person decides.
  // If even that write fails, the entry stays as it was and is tried (and refused) again later.
  await updateEntry(entry.id, (stored) => ({ ...stored, refused: { message: error.message, fields: error.fields } })).catch(() => undefined);
  outcome.refused.set(entry.id, error);
  return null;
}
