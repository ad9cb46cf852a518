// @vitest-environment happy-dom
import { emptySafetyPlan, type SkillView } from '@mend/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { writeDeviceSafetyPlan } from '../lib/device-safety-plan';
import { crisisOfferDue } from '../lib/crisis-offer-store';
import { skillFixture } from '../test/mock-api';
import { renderWithProviders } from '../test/render';
import { CrisisOffer } from './crisis-offer';

const fetchSpy = vi.fn();
beforeEach(() => {
  fetchSpy.mockReset();
  vi.stubGlobal('fetch', fetchSpy);
});

describe('CrisisOffer', () => {
  it('shows the person\'s plan and their country\'s lines without any request, and closes', async () => {
    localStorage.setItem('mend.help.country', 'IE');
    writeDeviceSafetyPlan(
      { ...emptySafetyPlan(), calmingIdeas: ['Cold water on my face'], helpers: [{ name: 'Niamh', phone: '087 123 4567', note: null }], version: 1, savedAt: '2026-11-30T10:00:00.000Z' },
      {},
    );
    const onClose = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<CrisisOffer onClose={onClose} />);

    expect(screen.getByRole('heading', { name: 'You don’t have to get through this on your own' })).toBeTruthy();
    expect(screen.getByText('Cold water on my face')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Call Niamh' }).getAttribute('href')).toBe('tel:0871234567');
    expect(screen.getByRole('link', { name: 'Call 116 123' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Call 112' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open my safety plan' }).getAttribute('href')).toBe('/safety-plan');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('says nothing alarming or shaming', () => {
    localStorage.setItem('mend.help.country', 'GB');
    renderWithProviders(<CrisisOffer onClose={() => undefined} />);
    const text = document.body.textContent ?? '';
    expect(text).not.toMatch(/\b(fail\w*|error|wrong|should|must|bad|warning|alert|emergency!)\b/i);
    expect(text).toMatch(/not an emergency service/);
  });

  it('works with no plan and no known country', () => {
    localStorage.setItem('mend.help.country', 'other');
    renderWithProviders(<CrisisOffer onClose={() => undefined} />);
    expect(screen.getByRole('link', { name: /Find A Helpline/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Call 112' })).toBeTruthy();
  });
});

describe('crisisOfferDue', () => {
  it('follows core\'s rule, with or without the server\'s answer', () => {
    expect(crisisOfferDue({ distressBefore: 10 }, undefined, null)).toBe(true);
    expect(crisisOfferDue({ distressBefore: 4, skillIds: ['self-harm-urges'] }, undefined, null)).toBe(true);
    expect(crisisOfferDue({ distressBefore: 4 }, undefined, null)).toBe(false);
    expect(crisisOfferDue({ distressBefore: 4 }, undefined, true)).toBe(true);
    expect(crisisOfferDue({ distressBefore: 4, skillIds: ['my-own'] }, [skillFixture('my-own', 'My own', { kind: 'maladaptive', family: 'self-harm', source: 'custom' }) as SkillView], false)).toBe(true);
  });
});
