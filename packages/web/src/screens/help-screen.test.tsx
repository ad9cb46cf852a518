// @vitest-environment happy-dom
import { emptySafetyPlan } from '@mend/core';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { writeDeviceSafetyPlan } from '../lib/device-safety-plan';
import { renderWithProviders } from '../test/render';
import { HelpScreen } from './help-screen';

const fetchSpy = vi.fn();
beforeEach(() => {
  fetchSpy.mockReset();
  vi.stubGlobal('fetch', fetchSpy);
});

describe('HelpScreen', () => {
  it('shows the UK lines and emergency numbers as tel: and sms: links, without any fetch', () => {
    localStorage.setItem('mend.help.country', 'GB');
    renderWithProviders(<HelpScreen />, { path: '/help' });

    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
    const danger = screen.getByRole('region', { name: 'If you are in immediate danger' });
    expect(within(danger).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['tel:999', 'tel:112']);

    expect(screen.getByRole('heading', { name: 'Samaritans' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Call 116 123' }).getAttribute('href')).toBe('tel:116123');
    expect(screen.getByRole('link', { name: 'Text SHOUT to 85258' }).getAttribute('href')).toBe('sms:85258?&body=SHOUT');
    expect(screen.getAllByText(/last checked 2026-11-22/).length).toBeGreaterThan(0);
    expect(screen.getByText(/not an emergency service/)).toBeTruthy();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('guides people elsewhere to a directory, and remembers the choice', async () => {
    localStorage.setItem('mend.help.country', 'GB');
    renderWithProviders(<HelpScreen />, { path: '/help' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'Other country');

    expect(screen.queryByRole('heading', { name: 'Samaritans' })).toBeNull();
    expect(screen.getByRole('link', { name: /Find A Helpline/ }).getAttribute('href')).toBe('https://findahelpline.com');
    expect(screen.getByRole('link', { name: 'Call 112' }).getAttribute('href')).toBe('tel:112');
    expect(localStorage.getItem('mend.help.country')).toBe('other');
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('marks lines that are not confirmed', () => {
    localStorage.setItem('mend.help.country', 'DE');
    renderWithProviders(<HelpScreen />, { path: '/help' });
    expect(screen.getAllByText(/Not yet confirmed/)).toHaveLength(2);
  });

  it('guesses the country from the browser language', () => {
    vi.stubGlobal('navigator', { ...navigator, language: 'en-AU' });
    renderWithProviders(<HelpScreen />, { path: '/help' });
    expect((screen.getByRole('combobox', { name: 'Country' }) as HTMLSelectElement).value).toBe('AU');
    expect(screen.getByRole('link', { name: 'Call 000' }).getAttribute('href')).toBe('tel:000');
  });

  it('shows the person\'s own plan first, from this device, without any fetch', () => {
    writeDeviceSafetyPlan(
      { ...emptySafetyPlan(), calmingSkillIds: ['box-breathing'], calmingIdeas: ['A hot shower'], helpers: [{ name: 'Sam', phone: '+44 7700 900123', note: null }], version: 1, savedAt: '2026-11-30T10:00:00.000Z' },
      { 'box-breathing': 'Box breathing' },
    );
    renderWithProviders(<HelpScreen />, { path: '/help' });
    const slot = screen.getByRole('region', { name: 'From my safety plan' });
    expect(within(slot).getByText('Box breathing')).toBeTruthy();
    expect(within(slot).getByText('A hot shower')).toBeTruthy();
    expect(within(slot).getByRole('link', { name: 'Call Sam' }).getAttribute('href')).toBe('tel:+447700900123');
    expect(within(slot).getByRole('link', { name: 'Open my whole safety plan' }).getAttribute('href')).toBe('/safety-plan');
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
