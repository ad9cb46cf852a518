import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { run } from './run';
import { isProcessCount, MAX_RESTART_DELAY_MS, restartDelay } from './serve-processes';
import { testIo } from './test-io';

describe('the number of server processes', () => {
  it('takes a whole number from 1 to 64', () => {
    for (const ok of ['1', '2', ' 8 ', '64']) expect(isProcessCount(ok), ok).toBe(true);
    for (const bad of ['0', '65', '-1', '1.5', 'two', '', '2e1', '0x2']) expect(isProcessCount(bad), bad).toBe(false);
  });
});

describe('the wait before a replacement process', () => {
  it('doubles with each crash in a row and stops growing at 10 s', () => {
    expect([1, 2, 3, 4].map(restartDelay)).toEqual([100, 200, 400, 800]);
    expect(restartDelay(8)).toBe(MAX_RESTART_DELAY_MS);
    expect(restartDelay(50)).toBe(MAX_RESTART_DELAY_MS);
  });
});

describe('mend serve --processes and MEND_PROCESSES', () => {
  it('refuses a bad count before starting anything, naming where it came from', async () => {
    const flag = testIo();
    expect(await run(['serve', '--processes', '0', '--data-dir', os.tmpdir()], flag)).toBe(1);
    expect(flag.err()).toContain("option '--processes <count>' argument '0' is invalid. must be a whole number from 1 to 64.");

    const env = testIo({ env: { MEND_PROCESSES: 'lots' } });
    expect(await run(['serve', '--data-dir', os.tmpdir()], env)).toBe(1);
    expect(env.err()).toBe('MEND_PROCESSES must be a whole number from 1 to 64, not "lots".\n');
  });
});
