import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMend, type RunningMend } from './support/mend-server';

const script = resolve(import.meta.dirname, '../docs/examples/curl-walkthrough.sh');

describe('a curl script can use every endpoint with a cookie or a bearer token', () => {
  let mend: RunningMend;

  beforeAll(async () => {
    mend = await startMend();
  });

  afterAll(async () => {
    await mend?.stop();
  });

  it('runs docs/examples/curl-walkthrough.sh to the end', () => {
    const output = execFileSync('bash', [script, mend.url, 'dana', 'tea on the porch at six'], { encoding: 'utf8' });
    expect(output).toContain('walkthrough complete');
    expect(output).toMatch(/# the revoked token no longer works\n401/);
    expect(output).toMatch(/# list tokens \(cookie\)\nread,write,export,import\n# a token cannot manage tokens \(session only\)\n403/);
    expect(output).toMatch(/# the same edit again, from the version it no longer is\n409/);
    expect(output).toMatch(/# delete the moment \(bearer\)\n204/);
    expect(output).toMatch(/# skip the check-in for another moment\n204/);
    expect(output).toMatch(/# insights\n2\n/);
    expect(output).toMatch(/# what might help now, at distress 9 \(steadying first, the safety plan offered\)\nsteady-first\n/);
    expect(output).toMatch(/# a core-belief worksheet, as a practice\nhealing\n/);
    expect(output).toMatch(/# progress: wins\n[a-z -]*belief-weaker/);
    // The feed: one weekly event for each of the two planned days.
    expect(output).toMatch(/# a calendar feed of planned practice\n2\n2\n/);
  });
});
