// @vitest-environment happy-dom
import { exerciseById, STEADY_FIRST_FROM, type Exercise } from '@mend/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import '../../test/render';
import { StartStage } from './start-stage';

const NOTE = /That’s a lot to carry right now\. This deeper work can wait, and steadying yourself first often helps\./;

function Start({ exercise, onBegin = () => undefined, onStepBack }: { exercise: Exercise; onBegin?: () => void; onStepBack?: () => void }) {
  const [distress, setDistress] = useState<number | null>(null);
  return <StartStage exercise={exercise} distressBefore={distress} onDistress={setDistress} onBegin={onBegin} onPath={false} onStepBack={onStepBack} />;
}

describe('StartStage', () => {
  it(`nudges gently towards steadying first from ${STEADY_FIRST_FROM} on a healing exercise, and Begin still works`, async () => {
    const onBegin = vi.fn();
    const onStepBack = vi.fn();
    const user = userEvent.setup();
    render(<Start exercise={exerciseById('core-belief-worksheet')!} onBegin={onBegin} onStepBack={onStepBack} />);

    await user.click(screen.getByRole('radio', { name: new RegExp(`^${STEADY_FIRST_FROM - 1} `) }));
    expect(screen.queryByText(NOTE)).toBeNull();

    await user.click(screen.getByRole('radio', { name: new RegExp(`^${STEADY_FIRST_FROM} `) }));
    const note = screen.getByText(NOTE);
    // Said in a live region, so a screen reader hears it as the number is chosen.
    expect(note.closest('[role="status"]')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: /^10 / }));
    expect(screen.getByText(NOTE)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Step back into coping' }));
    expect(onStepBack).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    expect(onBegin).toHaveBeenCalledTimes(1);
  });

  it('says nothing of the kind on a coping exercise, which is the steadying', async () => {
    const user = userEvent.setup();
    render(<Start exercise={exerciseById('box-breathing')!} />);
    await user.click(screen.getByRole('radio', { name: /^9 / }));
    expect(screen.queryByText(NOTE)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Step back into coping' })).toBeNull();
  });
});
