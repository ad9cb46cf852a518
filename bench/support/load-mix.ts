import { CATALOGUE, EMOTION_GROUPS } from '@mend/core';
import type { Request } from 'autocannon';

/**
 * The request mix of `npm run bench:load`: 1,000 people taken in turn (round robin), each request
 * one of: log a moment (60%), answer "How are you now?" for a moment the person logged earlier
 * (20%), read their insights (20%). Request k goes to person k mod N, and its kind moves on by one
 * with every pass over the people, so every person logs, answers and reads, and at any instant the
 * mix is 3:1:1 across people.
 */
export type RequestKind = 'moment' | 'followUp' | 'insights';
export const KINDS: readonly RequestKind[] = ['moment', 'followUp', 'insights'];
const PATTERN: readonly RequestKind[] = ['moment', 'followUp', 'moment', 'insights', 'moment'];

export interface Person {
  token: string;
}

export interface KindCounts {
  ok: number;
  failed: number;
  /** Milliseconds from building the request to its answer, for the per-kind percentiles. */
  latencies: number[];
}

const EMOTIONS = EMOTION_GROUPS.flatMap((group) => group.emotions).filter((emotion) => emotion !== "don't want to be here");
const SKILLS = CATALOGUE.map((skill) => skill.id);
const AROUSAL = ['hyper', 'window', 'hypo'] as const;
const TRIGGERS = ['argument with my boss', 'a message I did not answer', 'crowded train', null, 'thinking about the weekend'];

/** A quick log as the web app sends it, varied by `n`; the moment happened two hours ago, so it can be followed up now. */
export function momentBody(id: string, n: number, now: number): Record<string, unknown> {
  return {
    id,
    occurredAt: new Date(now - 2 * 3600_000 - (n % 60) * 60_000).toISOString(),
    distressBefore: 3 + (n % 7),
    arousal: AROUSAL[n % AROUSAL.length],
    emotions: [EMOTIONS[n % EMOTIONS.length], EMOTIONS[(n * 7 + 3) % EMOTIONS.length]].filter((emotion, index, all) => all.indexOf(emotion) === index),
    trigger: TRIGGERS[n % TRIGGERS.length],
    skillIds: [SKILLS[n % SKILLS.length], SKILLS[(n * 13 + 5) % SKILLS.length]].filter((skill, index, all) => all.indexOf(skill) === index),
    ...(n % 4 === 0 ? { note: 'Went for a short walk after, it helped a little.' } : {}),
  };
}

/**
 * The mix as one autocannon request whose setupRequest picks the person and the kind. `waiting`
 * holds, per person, the moments they logged that have no follow-up yet (seeded with one each
 * before the run); an answer takes the oldest. With none waiting (only if earlier logs failed) the
 * request logs a moment instead, so the kind is never a request that must fail.
 */
export class LoadMix {
  readonly counts: Record<RequestKind, KindCounts> = {
    moment: { ok: 0, failed: 0, latencies: [] },
    followUp: { ok: 0, failed: 0, latencies: [] },
    insights: { ok: 0, failed: 0, latencies: [] },
  };
  private next = 0;

  /** `pattern`: the kinds in turn; one kind alone tells what it costs (follow-ups fall back to logging once none wait). */
  constructor(
    private readonly people: readonly Person[],
    private readonly waiting: string[][],
    private readonly idPrefix: string,
    private readonly pattern: readonly RequestKind[] = PATTERN,
  ) {}

  request(): Request {
    return {
      setupRequest: (request, context) => this.setup(request, context),
      onResponse: (status, _body, context) => this.answered(status, context),
    };
  }

  private setup(request: Parameters<NonNullable<Request['setupRequest']>>[0], context: Record<string, unknown>) {
    const n = this.next++;
    const personIndex = n % this.people.length;
    const pass = Math.floor(n / this.people.length);
    let kind = this.pattern[(personIndex + pass) % this.pattern.length]!;
    const authorization = `Bearer ${this.people[personIndex]!.token}`;
    const headers = { authorization, 'content-type': 'application/json' };
    let momentId: string | undefined;
    if (kind === 'followUp') {
      momentId = this.waiting[personIndex]!.shift();
      if (!momentId) kind = 'moment';
    }
    Object.assign(context, { kind, personIndex, startedAt: performance.now() });
    if (kind === 'insights') return { ...request, method: 'GET' as const, path: '/api/v1/insights', headers: { authorization }, body: undefined };
    if (kind === 'followUp') {
      return { ...request, method: 'POST' as const, path: `/api/v1/moments/${momentId}/follow-ups`, headers, body: JSON.stringify({ distress: 2 + (n % 5) }) };
    }
    const id = `${this.idPrefix}-${n}`;
    context.momentId = id;
    return { ...request, method: 'POST' as const, path: '/api/v1/moments', headers, body: JSON.stringify(momentBody(id, n, Date.now())) };
  }

  private answered(status: number, context: Record<string, unknown>): void {
    const kind = context.kind as RequestKind;
    const counts = this.counts[kind];
    counts.latencies.push(performance.now() - (context.startedAt as number));
    if (status < 200 || status > 299) {
      counts.failed++;
      return;
    }
    counts.ok++;
    if (kind === 'moment') this.waiting[context.personIndex as number]!.push(context.momentId as string);
  }
}
