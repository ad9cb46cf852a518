// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { MoreWaysToTakeData } from './more-ways-to-take-data';

describe('MoreWaysToTakeData', () => {
  it('links each CSV file as a download the browser fetches with the session, and the report', () => {
    renderWithProviders(<MoreWaysToTakeData />);
    const moments = screen.getByRole('link', { name: 'Moments as CSV' });
    expect(moments.getAttribute('href')).toBe('/api/v1/export?format=csv&records=moments');
    expect(moments.hasAttribute('download')).toBe(true);
    const practices = screen.getByRole('link', { name: 'Practices as CSV' });
    expect(practices.getAttribute('href')).toBe('/api/v1/export?format=csv&records=practices');
    expect(practices.hasAttribute('download')).toBe(true);
    expect(screen.getByRole('link', { name: 'Make a printable report' }).getAttribute('href')).toBe('/report');
  });
});
