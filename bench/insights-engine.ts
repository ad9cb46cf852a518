/**
 * Insights engine: computeInsights on synthetic histories of 10k, 100k and 1M moments, in the
 * Europe/Dublin time zone (summer time, so the offset cache has work to do). Each size runs
 * several times, back to back, after three warm-up runs; the figures are medians. Moments are
 * given oldest first, as the store returns them; one more row gives the largest history in a
 * random time order, which makes the engine sort by time itself.
 *
 * Memory comes from the first run of each size, after a full GC: the JS heap growth during that
 * run (heapUsed right after it minus right before: what it allocated, garbage included, unless V8
 * collected on its own meanwhile) and the growth of ArrayBuffer memory, where the engine's
 * typed-array columns live (outside the JS heap; they are kept for the next call, so later runs
 * of the same size allocate none). Plus the process's peak RSS so far, which includes the
 * generated history itself. The timed runs force no GC: a full GC just
 * before a run leaves caches and JIT feedback cold and roughly doubles small timings, which
 * measures the GC, not the engine.
 *
 *   npm run bench -- [--sizes 10000,100000,1000000] [--runs 21,11,7] [--years 10] [--seed 2026]
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { CATALOGUE, buildSkillViews, computeInsights, type InsightsMoment } from '@mend/core';
import { mulberry32 } from '@mend/core/demo';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    runs: { type: 'string', default: '21,11,7' },
    years: { type: 'string', default: '10' },
    seed: { type: 'string', default: '2026' },
  },
});
const SIZES = args.sizes.split(',').map(Number);
const RUNS = args.runs.split(',').map(Number);
const YEARS = Number(args.years);
const SEED = Number(args.seed);
const AS_OF = new Date('2026-11-22T12:00:00Z');
const TIME_ZONE = 'Europe/Dublin';
const MINUTE = 60_000;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const SKILL_POOL = [
  'box-breathing', 'five-senses-grounding', 'walk-for-racing-thoughts', 'reach-out-to-a-friend', 'longer-exhale',
  'journaling', 'warm-shower', 'listen-to-music', 'endless-scrolling', 'binge-watching-to-avoid', 'alcohol-to-numb',
  'overworking', 'withdrawing-from-others', 'people-pleasing', 'self-compassion-pause', 'sitting-with-a-feeling',
  'letting-the-tears-come', 'setting-a-boundary', 'challenging-core-beliefs', 'custom-my-own-thing',
];
const TRIGGER_TAGS = ['work-conflict', 'loneliness', 'family', 'money', 'health', 'poor-sleep', 'relationship', 'criticism', 'deadlines', 'guilt', 'rejection', 'uncertainty', 'overthinking', 'grief', 'commute'];
const CONTEXT_TAGS = ['home', 'alone', 'work', 'with-colleagues', 'commute', 'phone', 'with-partner', 'with-family', 'in-bed', 'out', 'morning', 'evening', 'night', 'weekend'];
const AROUSAL = ['hyper', 'hyper', 'window', 'window', 'window', 'hypo', null] as const;

/**
 * A history of `size` moments spread over YEARS years before AS_OF. Mix per moment: 1–3 skills on
 * 90%, an after value on 85%, follow-ups on 40% of those, one or two trigger tags on 90%, one to
 * three context tags. Oldest first (as the store returns them), or in a random time order; either
 * way the objects are made in array order, as a database driver makes them from its rows.
 */
function generate(size: number, seed: number, order: 'oldest-first' | 'random'): InsightsMoment[] {
  const next = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const span = YEARS * 365 * 24 * 60;
  const start = AS_OF.getTime() - span * MINUTE;
  const slots = Uint32Array.from({ length: size }, (_, i) => i);
  if (order === 'random') {
    const shuffle = mulberry32(seed ^ 0x5bd1e995);
    for (let i = size - 1; i > 0; i--) {
      const j = Math.floor(shuffle() * (i + 1));
      [slots[i], slots[j]] = [slots[j]!, slots[i]!];
    }
  }
  const moments: InsightsMoment[] = new Array(size);
  for (let i = 0; i < size; i++) {
    const at = start + Math.floor(((slots[i]! + next()) / size) * span) * MINUTE;
    const before = 2 + Math.floor(next() * 9);
    const skillCount = next() < 0.1 ? 0 : 1 + Math.floor(next() * next() * 3);
    const skillIds: string[] = [];
    while (skillIds.length < skillCount) {
      const id = pick(SKILL_POOL);
      if (!skillIds.includes(id)) skillIds.push(id);
    }
    const hasAfter = skillCount > 0 && next() < 0.85;
    const after = hasAfter ? Math.max(0, before - Math.floor(next() * 5)) : null;
    const followUps = hasAfter && next() < 0.4
      ? Array.from({ length: next() < 0.7 ? 1 : 2 }, (_, n) => ({
        at: new Date(at + (90 + n * 480 + Math.floor(next() * 90)) * MINUTE).toISOString(),
        distress: Math.min(10, Math.max(0, (after ?? before) + Math.floor(next() * 5) - 2)),
      }))
      : [];
    const triggerTags = next() < 0.1 ? [] : next() < 0.8 ? [pick(TRIGGER_TAGS)] : [...new Set([pick(TRIGGER_TAGS), pick(TRIGGER_TAGS)])];
    const contextTags = [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(CONTEXT_TAGS)))];
    moments[i] = {
      occurredAt: new Date(at).toISOString(),
      distressBefore: before,
      distressAfter: after,
      arousal: pick(AROUSAL),
      triggerTags,
      contextTags,
      skillIds,
      followUps,
      satWithFeeling: next() < 0.1,
    };
  }
  return moments;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

interface Row {
  label: string;
  size: number;
  runs: number;
  medianMs: number;
  minMs: number;
  heapGrowth: number;
  columns: number;
  peakRss: number;
}

function main(): void {
  const skills = buildSkillViews(CATALOGUE, [], []);
  console.error(`Node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}; ${YEARS} years of history, ${TIME_ZONE}, seed ${SEED}.`);
  const rows: Row[] = [];
  const cases = SIZES.map((size, index) => ({ label: size.toLocaleString('en'), size, runs: RUNS[index] ?? RUNS.at(-1) ?? 5, seed: SEED + index, shuffled: false }));
  const largest = cases.at(-1);
  if (largest) cases.push({ ...largest, label: `${largest.label} in random time order`, shuffled: true });
  for (const { label, size, runs, seed, shuffled } of cases) {
    const moments = generate(size, seed, shuffled ? 'random' : 'oldest-first');
    const input = { moments, skills, asOf: AS_OF, timeZone: TIME_ZONE };
    gc();
    const memoryBefore = process.memoryUsage();
    computeInsights(input);
    const memoryAfter = process.memoryUsage();
    computeInsights(input);
    computeInsights(input);
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const insights = computeInsights(input);
      times.push(performance.now() - started);
      if (insights.moments !== size) throw new Error(`expected ${size} moments, the engine saw ${insights.moments}`);
    }
    rows.push({
      label,
      size,
      runs,
      medianMs: median(times),
      minMs: Math.min(...times),
      heapGrowth: memoryAfter.heapUsed - memoryBefore.heapUsed,
      columns: memoryAfter.arrayBuffers - memoryBefore.arrayBuffers,
      peakRss: process.resourceUsage().maxRSS * 1024,
    });
    console.error(`${label} moments: ${times.map((time) => time.toFixed(1)).join(', ')} ms`);
  }

  const first = rows[0];
  console.log('| moments | runs | median ms | fastest ms | µs per moment | × per moment vs smallest | JS heap growth, first run MiB | new typed-array columns MiB | peak RSS so far MiB |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    const perMoment = (row.medianMs * 1000) / row.size;
    const ratio = first ? perMoment / ((first.medianMs * 1000) / first.size) : 1;
    console.log(
      `| ${row.label} | ${row.runs} | ${row.medianMs.toFixed(1)} | ${row.minMs.toFixed(1)} | ${perMoment.toFixed(3)} | ${ratio.toFixed(2)} | ${mib(row.heapGrowth)} | ${mib(row.columns)} | ${mib(row.peakRss)} |`,
    );
  }
}

main();
