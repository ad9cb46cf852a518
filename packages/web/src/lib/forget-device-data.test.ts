// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { listEntries, outboxBody, queueMoment, removeEntry } from '../offline/outbox';
import { forgetDeviceData, forgetSignedInData } from './forget-device-data';

const at = new Date(Date.UTC(2026, 10, 2, 21, 40));

beforeEach(async () => {
  localStorage.clear();
  sessionStorage.clear();
  for (const entry of await listEntries()) await removeEntry(entry.id);
  localStorage.setItem('mend.remembered', '{"me":"ana"}');
  localStorage.setItem('mend.practice-draft.box-breathing', '{"answers":{"belief":"I am too much"}}');
  sessionStorage.setItem('mend.path-draft', '{}');
  localStorage.setItem('mend.safety-plan', '{"plan":{}}');
  localStorage.setItem('mend.help.country', 'ie');
  localStorage.setItem('someone-else', 'not ours');
  await queueMoment('ana', outboxBody({ distressBefore: 9 }, at), at);
});

describe('forgetSignedInData (any sign-out: pressed, idle, elsewhere, a wrong PIN too often)', () => {
  it('drops what the app remembered and the drafts, so the next person on the device sees nothing', () => {
    forgetSignedInData();
    expect(localStorage.getItem('mend.remembered')).toBeNull();
    expect(localStorage.getItem('mend.practice-draft.box-breathing')).toBeNull();
    expect(sessionStorage.getItem('mend.path-draft')).toBeNull();
  });

  it('keeps a moment logged in a crisis that is still waiting to be sent, help\'s country and the plan\'s copy', async () => {
    forgetSignedInData();
    expect((await listEntries('ana')).map((entry) => entry.body.distressBefore)).toEqual([9]);
    expect(localStorage.getItem('mend.help.country')).toBe('ie');
    expect(localStorage.getItem('mend.safety-plan')).not.toBeNull();
    expect(localStorage.getItem('someone-else')).toBe('not ours');
  });
});

describe('forgetDeviceData (the account is deleted)', () => {
  it('leaves nothing of the person: not the outbox, not the plan\'s copy; help\'s country stays', async () => {
    await forgetDeviceData('ana');
    expect(await listEntries('ana')).toEqual([]);
    expect(localStorage.getItem('mend.safety-plan')).toBeNull();
    expect(localStorage.getItem('mend.remembered')).toBeNull();
    expect(localStorage.getItem('mend.help.country')).toBe('ie');
  });
});
