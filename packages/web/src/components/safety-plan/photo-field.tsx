import { useState } from 'react';
import { shrinkPhoto } from '../../lib/shrink-photo';
import { describedBy, FieldError } from '../field-error';

/** An optional photo for "reasons I want to keep going". */
export function PhotoField({ photo, onChange, error }: { photo: string | null; onChange: (photo: string | null) => void; error: string | undefined }) {
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const shown = problem ?? error;

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setProblem(undefined);
    setBusy(true);
    try {
      onChange(await shrinkPhoto(file));
    } catch (caught) {
      setProblem(caught instanceof Error && caught.message.startsWith('This photo') ? caught.message : 'Mend couldn’t read that file as a photo. Try a JPEG or PNG.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="field" data-field="photo">
      <label htmlFor="plan-photo">A photo that reminds me <span className="legend-note">(optional)</span></label>
      <p className="hint" id="plan-photo-hint">Kept with your plan. Mend makes it smaller and removes where and when it was taken.</p>
      <FieldError id="plan-photo-error" message={shown} />
      <input
        id="plan-photo" type="file" accept="image/jpeg,image/png,image/webp" disabled={busy}
        aria-describedby={describedBy('plan-photo-hint', shown && 'plan-photo-error')}
        onChange={(event) => void choose(event.target.files?.[0])}
      />
      {photo && (
        <div className="photo-preview">
          <img src={photo} alt="The photo in your plan" className="plan-photo" />
          <button type="button" className="link-button" onClick={() => onChange(null)}>Remove the photo</button>
        </div>
      )}
    </div>
  );
}
