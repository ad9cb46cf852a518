import { MAX_NOTE_LENGTH } from '@mend/core';
import { DistressPicker } from '../distress-picker';

interface FinishStageProps {
  distressAfter: number | null;
  onDistress: (level: number | null) => void;
  notes: string;
  onNotes: (notes: string) => void;
  onBack: () => void;
  onSave: () => void;
  saving: boolean;
  /** Why the last Save didn't go through, in plain words; null when it hasn't failed. */
  problem: string | null;
}

/** The end: how strong now (optional), a note (optional), Save. A failed save keeps everything. */
export function FinishStage({ distressAfter, onDistress, notes, onNotes, onBack, onSave, saving, problem }: FinishStageProps) {
  return (
    <div className="practice-stage">
      <h2 tabIndex={-1} data-stage-heading>You reached the end</h2>
      <p>Take a moment before you save. Both of these are optional.</p>
      <DistressPicker name="distressAfter" legend="How strong is the distress now?" value={distressAfter} onChange={onDistress} />
      <div className="field">
        <label htmlFor="practice-notes">Notes <span className="legend-note">(optional)</span></label>
        <p className="hint" id="practice-notes-hint">Anything you want to remember from this, or take to your therapist.</p>
        <textarea
          id="practice-notes" rows={4} value={notes} maxLength={MAX_NOTE_LENGTH}
          aria-describedby="practice-notes-hint" onChange={(event) => onNotes(event.target.value)}
        />
      </div>
      <div className="form-alert practice-save-problem" role="alert" tabIndex={-1}>{problem}</div>
      <div className="practice-nav">
        <button type="button" className="button-secondary" onClick={onBack}>Back</button>
        <button type="button" className="button-primary" onClick={onSave} disabled={saving}>
          {saving ? 'Saving…' : problem ? 'Try again' : 'Save'}
        </button>
      </div>
    </div>
  );
}
