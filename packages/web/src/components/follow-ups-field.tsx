import type { FollowUp } from '@mend/core';
import { useEffect, useRef, useState } from 'react';
import {
  draftToFollowUp, emptyFollowUpDraft, followUpDraftProblems, followUpTime, sameFollowUp, withFollowUp,
  type FollowUpDraft, type FollowUpDraftProblems,
} from '../lib/follow-ups';
import { DistressPicker } from './distress-picker';
import { describedBy, FieldError } from './field-error';
import { focusField } from './focus-field';

interface FollowUpsFieldProps {
  followUps: readonly FollowUp[];
  onChange: (followUps: FollowUp[]) => void;
  /** Held by the form, so a chosen level still counts if "Save changes" comes before "Add check-in". */
  draft: FollowUpDraft;
  onDraftChange: (draft: FollowUpDraft) => void;
  error?: string | undefined;
  /** The check-in the error is about, if it is about one. */
  flagged?: FollowUp | null;
}

type FocusRequest = { kind: 'draft' } | { kind: 'after-remove'; index: number };

/** Later check-ins on how hard it is: they tell a tool that soothes from one that only distracts. */
export function FollowUpsField({ followUps, onChange, draft, onDraftChange, error, flagged = null }: FollowUpsFieldProps) {
  const addRef = useRef<HTMLFieldSetElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const emptyRef = useRef<HTMLParagraphElement>(null);
  const [draftProblems, setDraftProblems] = useState<FollowUpDraftProblems>({});
  const [announcement, setAnnouncement] = useState('');
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);

  useEffect(() => {
    if (!focusRequest) return;
    if (focusRequest.kind === 'draft') {
      if (draftProblems.distress) focusField(addRef.current, 'followUpDistress');
      else if (draftProblems.at) document.getElementById('followUpAt')?.focus();
    } else {
      // The removed button is gone: keep the keyboard near where it was.
      const buttons = [...(listRef.current?.querySelectorAll('button') ?? [])];
      (buttons[Math.min(focusRequest.index, buttons.length - 1)] ?? emptyRef.current)?.focus();
    }
    // Runs once per request, after the list or the problems are on screen.
  }, [focusRequest]);

  const add = () => {
    const followUp = draftToFollowUp(draft);
    if (!followUp) {
      setDraftProblems(followUpDraftProblems(draft));
      setFocusRequest({ kind: 'draft' });
      return;
    }
    onChange(withFollowUp(followUps, followUp));
    onDraftChange(emptyFollowUpDraft(new Date()));
    setDraftProblems({});
    setAnnouncement(`Check-in at ${followUpTime(followUp.at)} added. Save changes to keep it.`);
  };

  const remove = (index: number) => {
    const removed = followUps[index];
    onChange(followUps.filter((_, each) => each !== index));
    if (removed) setAnnouncement(`Check-in at ${followUpTime(removed.at)} removed.`);
    setFocusRequest({ kind: 'after-remove', index });
  };

  // Error focus goes to the first data-field="followUps": the flagged check-in when there is one.
  const flaggedIndex = error ? followUps.findIndex((followUp) => sameFollowUp(followUp, flagged)) : -1;

  return (
    <fieldset className="follow-ups" data-field={flaggedIndex < 0 ? 'followUps' : undefined} aria-describedby={describedBy('followUps-hint', error && 'followUps-error')}>
      <legend>Later check-ins</legend>
      <p className="hint" id="followUps-hint">How hard it was later on. Over time this shows which tools soothe.</p>
      <FieldError id="followUps-error" message={error} />
      {followUps.length > 0 ? (
        <ul ref={listRef} className="follow-up-list">
          {followUps.map((followUp, index) => {
            const time = followUpTime(followUp.at);
            const isFlagged = index === flaggedIndex;
            return (
              <li key={`${followUp.at}-${index}`} className="follow-up-row" data-field={isFlagged ? 'followUps' : undefined} data-flagged={isFlagged || undefined}>
                <time dateTime={followUp.at}>{time}</time>{' '}
                <span className="follow-up-distress">distress {followUp.distress}</span>
                {isFlagged && <span aria-hidden="true" className="field-error-mark">!</span>}
                <button
                  type="button" className="button-secondary" onClick={() => remove(index)}
                  aria-describedby={describedBy(isFlagged && 'followUps-error')}
                >
                  Remove<span className="visually-hidden"> check-in at {time}</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p ref={emptyRef} tabIndex={-1}>None yet.</p>
      )}
      <p className="visually-hidden" role="status">{announcement}</p>

      <fieldset ref={addRef} className="follow-up-add">
        <legend>Add a check-in</legend>
        <DistressPicker
          name="followUpDistress" legend="How hard is it now?" value={draft.distress}
          onChange={(distress) => onDraftChange({ ...draft, distress })} error={draftProblems.distress}
        />
        <div className="field">
          <label htmlFor="followUpAt">Time of check-in</label>
          <input
            id="followUpAt" type="datetime-local" value={draft.at} onChange={(event) => onDraftChange({ ...draft, at: event.target.value })}
            aria-invalid={draftProblems.at ? true : undefined} aria-describedby={describedBy(draftProblems.at && 'followUpAt-error')}
          />
          <FieldError id="followUpAt-error" message={draftProblems.at} />
        </div>
        <button type="button" className="button-secondary" onClick={add}>Add check-in</button>
      </fieldset>
    </fieldset>
  );
}
