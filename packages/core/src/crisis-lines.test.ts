import { describe, expect, it } from 'vitest';
import { CRISIS_LINES, FIND_A_HELPLINE, countryFromLocale, helpForCountry, smsHref, telHref } from './crisis-lines';

const EXPECTED_COUNTRIES = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'FR', 'DE', 'IN'];

describe('CRISIS_LINES', () => {
  it('covers the countries Mend ships with, once each', () => {
    const countries = CRISIS_LINES.map((entry) => entry.country);
    expect(countries).toEqual(expect.arrayContaining(EXPECTED_COUNTRIES));
    expect(new Set(countries).size).toBe(countries.length);
  });

  describe.each(CRISIS_LINES.map((entry) => [entry.country, entry] as const))('%s', (_country, entry) => {
    it('has a name, an emergency number and at least one line', () => {
      expect(entry.country).toMatch(/^[A-Z]{2}$/);
      expect(entry.countryName.trim()).not.toBe('');
      expect(entry.emergency.length).toBeGreaterThan(0);
      for (const number of entry.emergency) expect(number).toMatch(/^\d{3}$/);
      expect(entry.lines.length).toBeGreaterThan(0);
    });

    it.each(entry.lines.map((line) => [line.name, line] as const))('%s can be reached and says where it came from', (_name, line) => {
      expect(line.source.trim()).not.toBe('');
      expect(line.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${line.lastChecked}T00:00:00Z`).toISOString().slice(0, 10)).toBe(line.lastChecked);
      expect(line.call !== null || line.text !== null).toBe(true);
      if (line.call !== null) expect(telHref(line.call)).toMatch(/^tel:\+?\d{3,}$/);
      if (line.text !== null) expect(smsHref(line.text.number, line.text.body)).toMatch(/^sms:\+?\d{3,}/);
      if (line.chatUrl !== null) expect(line.chatUrl).toMatch(/^https:\/\//);
      expect(line.hours.trim()).not.toBe('');
    });
  });

  it('knows the well-known numbers', () => {
    expect(helpForCountry('US')?.lines[0]?.call).toBe('988');
    expect(helpForCountry('GB')?.lines.find((line) => line.name === 'Samaritans')?.call).toBe('116 123');
    expect(helpForCountry('AU')?.emergency).toContain('000');
  });

  it('points everyone else to a directory', () => {
    expect(FIND_A_HELPLINE.directoryUrl).toMatch(/^https:\/\//);
    expect(FIND_A_HELPLINE.steps.length).toBeGreaterThan(0);
  });
});

describe('helpForCountry', () => {
  it('finds a country in any case', () => {
    expect(helpForCountry('gb')?.countryName).toBe('United Kingdom');
    expect(helpForCountry('NZ')?.country).toBe('NZ');
  });

  it.each([null, undefined, '', 'ZZ'])('returns null for %j', (country) => {
    expect(helpForCountry(country)).toBeNull();
  });
});

describe('telHref and smsHref', () => {
  it('keeps only digits and a leading plus', () => {
    expect(telHref('116 123')).toBe('tel:116123');
    expect(telHref('1-800-891-4416')).toBe('tel:18008914416');
    expect(telHref('+44 (0)116 123')).toBe('tel:+440116123');
    expect(telHref('0800 111 0 111')).toBe('tel:08001110111');
  });

  it('builds an sms link, with a body when a keyword is needed', () => {
    expect(smsHref('988')).toBe('sms:988');
    expect(smsHref('85258', 'SHOUT')).toBe('sms:85258?&body=SHOUT');
    expect(smsHref('0477 13 11 14')).toBe('sms:0477131114');
    expect(smsHref('988', 'hola amigo & más')).toBe('sms:988?&body=hola%20amigo%20%26%20m%C3%A1s');
  });
});

describe('countryFromLocale', () => {
  it.each([
    ['en-GB', 'GB'],
    ['en-us', 'US'],
    ['fr_CA', 'CA'],
    ['de-DE', 'DE'],
    ['zh-Hant-TW', 'TW'],
    ['sr-Latn-RS', 'RS'],
    ['en', null],
    ['es-419', null],
    ['zh-Hans', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (locale, expected) => {
    expect(countryFromLocale(locale)).toBe(expected);
  });
});
