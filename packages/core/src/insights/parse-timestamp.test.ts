import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTimestamp } from './parse-timestamp';

/** Date.parse's answer, NaN included, compared so that NaN equals NaN. */
const same = (text: string): void => {
  expect(Object.is(parseTimestamp(text), Date.parse(text))).toBe(true);
};

describe('parseTimestamp', () => {
  it('gives exactly what Date.parse gives for timestamps in any offset and precision', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        fc.integer({ min: 0, max: 9 }),
        (date, offsetMinutes, fractionDigits) => {
          const local = new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
          const fraction = fractionDigits === 0 ? '' : `.${String(date.getTime() % 1000).padStart(3, '0')}${'7'.repeat(9)}`.slice(0, fractionDigits + 1);
          const sign = offsetMinutes < 0 ? '-' : '+';
          const offset = offsetMinutes === 0 ? 'Z' : `${sign}${String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0')}:${String(Math.abs(offsetMinutes) % 60).padStart(2, '0')}`;
          same(`${local}${fraction}${offset}`);
          same(date.toISOString());
        },
      ),
      { numRuns: 500 },
    );
  });

  it('hands anything else to Date.parse', () => {
    for (const text of [
      '2026-02-30T00:00:00Z', '2026-11-02T24:00:00Z', '0999-01-01T00:00:00Z', '2026-11-02T21:40Z', '2026-11-02 21:40:00Z',
      '2026-11-02T21:40:00+0100', '2026-11-02T21:40:00.Z', '2026-11-02T21:40:00ZZ', '', 'yesterday', '+012026-11-02T21:40:00Z',
    ]) same(text);
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (text) => {
      same(text);
    }));
  });
});
