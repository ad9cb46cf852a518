// @vitest-environment happy-dom
import { emptySafetyPlan, type SafetyPlan } from '@mend/core';
import { afterEach, describe, expect, it } from 'vitest';
import { keepsDeviceCopy, readDeviceSafetyPlan, setKeepDeviceCopy, writeDeviceSafetyPlan } from './device-safety-plan';

const plan: SafetyPlan = { ...emptySafetyPlan(), warningSigns: ['I go quiet'], calmingSkillIds: ['box-breathing'], version: 3, savedAt: '2026-11-30T10:00:00.000Z' };

afterEach(() => localStorage.clear());

describe('the safety plan kept on this device', () => {
  it('is there after a write, with the names of its skills and no others', () => {
    writeDeviceSafetyPlan(plan, { 'box-breathing': 'Box breathing', 'cold-water': 'Cold water' });
    expect(readDeviceSafetyPlan()).toEqual({ plan, skillNames: { 'box-breathing': 'Box breathing' } });
  });

  it('reads as no copy when nothing or something broken is stored', () => {
    expect(readDeviceSafetyPlan()).toBeNull();
    localStorage.setItem('mend.safety-plan', '{not json');
    expect(readDeviceSafetyPlan()).toBeNull();
    localStorage.setItem('mend.safety-plan', JSON.stringify({ plan: { warningSigns: 'x' } }));
    expect(readDeviceSafetyPlan()).toBeNull();
  });

  it('is removed, and never written again, once the person turns it off', () => {
    writeDeviceSafetyPlan(plan, {});
    setKeepDeviceCopy(false);
    expect(keepsDeviceCopy()).toBe(false);
    expect(readDeviceSafetyPlan()).toBeNull();
    writeDeviceSafetyPlan(plan, {});
    expect(readDeviceSafetyPlan()).toBeNull();
    setKeepDeviceCopy(true);
    writeDeviceSafetyPlan(plan, {});
    expect(readDeviceSafetyPlan()?.plan.version).toBe(3);
  });
});
