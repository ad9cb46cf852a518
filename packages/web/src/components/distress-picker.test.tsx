// @vitest-environment happy-dom
import { DISTRESS_ANCHORS } from '@mend/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import '../test/render';
import { DistressPicker } from './distress-picker';

describe('DistressPicker', () => {
  it('offers 0–10 as radios whose names start with the number', () => {
    render(<DistressPicker name="before" legend="How hard is it?" value={null} onChange={() => undefined} />);
    const group = screen.getByRole('group', { name: 'How hard is it?' });
    const radios = screen.getAllByRole('radio');
    expect(group).toBeTruthy();
    expect(radios).toHaveLength(11);
    radios.forEach((radio, level) => {
      expect(radio.getAttribute('type')).toBe('radio');
      expect(screen.getByRole('radio', { name: `${level} ${DISTRESS_ANCHORS[level]?.label}` })).toBe(radio);
    });
    expect(screen.getByRole('radio', { name: /^7 / }).closest('label')?.textContent).toContain('Very hard, it takes over');
  });

  it('reports the chosen level, and offers "not yet" when asked', async () => {
    const onChange = vi.fn();
    render(<DistressPicker name="after" legend="After" value={4} onChange={onChange} allowNotYet />);
    expect((screen.getByRole('radio', { name: /^4 / }) as HTMLInputElement).checked).toBe(true);
    await userEvent.click(screen.getByRole('radio', { name: /^9 / }));
    await userEvent.click(screen.getByRole('radio', { name: /^Not yet/ }));
    expect(onChange.mock.calls).toEqual([[9], [null]]);
  });
});
