// @vitest-environment happy-dom
import type { FollowUp } from '@mend/core';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { emptyFollowUpDraft, followUpTime } from '../lib/follow-ups';
import '../test/render';
import { FollowUpsField } from './follow-ups-field';

const earlier = { at: '2026-11-02T23:40:00.000Z', distress: 5 };

function Harness({ initial }: { initial: FollowUp[] }) {
  const [followUps, setFollowUps] = useState(initial);
  const [draft, setDraft] = useState(() => emptyFollowUpDraft(new Date()));
  return <FollowUpsField followUps={followUps} onChange={setFollowUps} draft={draft} onDraftChange={setDraft} />;
}

describe('FollowUpsField', () => {
  it('adds a check-in in time order, and asks for a level first', async () => {
    const user = userEvent.setup();
    render(<Harness initial={[earlier]} />);
    const section = screen.getByRole('group', { name: 'Later check-ins' });
    const add = screen.getByRole('group', { name: 'Add a check-in' });
    expect(within(add).getByRole('group', { name: 'How hard is it now?' })).toBeTruthy();

    await user.click(within(add).getByRole('button', { name: 'Add check-in' }));
    expect(within(add).getByText('Choose how hard it is, 0 to 10.')).toBeTruthy();
    expect(document.activeElement).toBe(within(add).getAllByRole('radio')[0]);

    await user.click(within(add).getByRole('radio', { name: /^2 / }));
    fireEvent.change(within(add).getByLabelText('Time of check-in'), { target: { value: '2026-11-02T22:00' } });
    await user.click(within(add).getByRole('button', { name: 'Add check-in' }));

    const rows = within(section).getAllByRole('listitem');
    expect(rows.map((row) => row.querySelector('.follow-up-distress')?.textContent)).toEqual(['distress 2', 'distress 5']);
    const addedTime = followUpTime(new Date(2026, 10, 2, 22, 0).toISOString());
    expect(screen.getByRole('button', { name: `Remove check-in at ${addedTime}` })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('added');
    expect(within(add).queryByText('Choose how hard it is, 0 to 10.')).toBeNull();
    expect(within(add).getAllByRole('radio').some((radio) => (radio as HTMLInputElement).checked)).toBe(false);
  });

  it('removes a check-in and keeps focus nearby', async () => {
    const user = userEvent.setup();
    const later = { at: '2026-11-03T08:00:00.000Z', distress: 3 };
    render(<Harness initial={[earlier, later]} />);

    await user.click(screen.getByRole('button', { name: `Remove check-in at ${followUpTime(earlier.at)}` }));
    const remaining = screen.getByRole('button', { name: `Remove check-in at ${followUpTime(later.at)}` });
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(document.activeElement).toBe(remaining);

    await user.click(remaining);
    expect(screen.queryByRole('list')).toBeNull();
    expect(document.activeElement).toBe(screen.getByText('None yet.'));
    expect(screen.getByRole('status').textContent).toContain('removed');
  });
});
