// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../test/mock-api';
import { renderWithProviders } from '../test/render';
import { DaylioImport } from './daylio-import';

const CSV = 'full_date,date,weekday,time,mood,activities,note_title,note\n2026-11-01,x,Sunday,9:05 pm,awful,walk,,\n';

describe('DaylioImport', () => {
  it('sends the file as text/csv with the mood map and time zone, and shows the answer plainly', async () => {
    const { calls, fetchMock } = mockApi({
      'POST /import/daylio': { imported: 120, alreadyThere: 0, refused: [{ row: 4, reason: 'mood "sleepy" has no distress level: add it to moods' }, { row: 9, reason: '2027-01-01 10:00 is in the future' }, { row: 12, reason: 'time "x" is not a time like 21:05 or 9:05 pm' }], skillsCreated: 2 },
    });
    const user = userEvent.setup();
    renderWithProviders(<DaylioImport />, { path: '/settings' });

    expect(['rad', 'good', 'meh', 'bad', 'awful'].map((mood) => (screen.getByLabelText(mood) as HTMLInputElement).value)).toEqual(['1', '2', '4', '6', '8']);
    const awful = screen.getByLabelText('awful');
    await user.clear(awful);
    await user.type(awful, '9');
    const zone = screen.getByLabelText('Time zone of the entries');
    await user.clear(zone);
    await user.type(zone, 'Europe/Dublin');
    await user.upload(screen.getByLabelText('Daylio CSV file'), new File([CSV], 'daylio_export.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Import' }));

    await waitFor(() => expect(screen.getByText('Imported 120 moments.')).toBeTruthy());
    expect(screen.getByText('3 rows were not imported:')).toBeTruthy();
    expect(screen.getByText('Row 4: mood "sleepy" has no distress level: add it to moods')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Say what each one is for you in your toolkit' }).getAttribute('href')).toBe('/toolkit');

    expect(calls[0]).toMatchObject({ method: 'POST', path: '/import/daylio', body: CSV });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    const query = new URL(url, 'http://mend.test').searchParams;
    expect(query.get('moods')).toBe('rad:1,good:2,meh:4,bad:6,awful:9');
    expect(query.get('timeZone')).toBe('Europe/Dublin');
    expect(init.headers).toMatchObject({ 'Content-Type': 'text/csv' });
  });

  it('asks for a file first, and shows the server\'s refusal of a wrong file', async () => {
    mockApi({
      'POST /import/daylio': Response.json({ error: { code: 'invalid_file', message: 'This does not look like a Daylio CSV export: the first line has no full_date column.', fields: {} } }, { status: 400 }),
    });
    const user = userEvent.setup();
    renderWithProviders(<DaylioImport />, { path: '/settings' });
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose the CSV file Daylio exported first.');

    await user.upload(screen.getByLabelText('Daylio CSV file'), new File(['date,feeling\n'], 'other.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('does not look like a Daylio CSV export'));
  });
});
