import { layerBestWithTherapist, type HealingArea, type Readiness } from '@mend/core';
import { ModalDialog } from '../modal-dialog';

interface ReadinessCheckProps {
  area: HealingArea;
  currentLayer: number;
  readiness: Readiness | null;
  busy: boolean;
  problem: string | null;
  onYes: () => void;
  onNotYet: () => void;
}

/**
 * Before a deeper layer: what the data says, then the person's own answer. The data is advice;
 * "do I feel safe enough to go further?" decides. Escape is "Not yet".
 */
export function ReadinessCheck({ area, currentLayer, readiness, busy, problem, onYes, onNotYet }: ReadinessCheckProps) {
  const nextLayer = area.layers[currentLayer + 1];

  return (
    <ModalDialog className="readiness-check" headingId="readiness-heading" onCancel={onNotYet}>
      <h2 id="readiness-heading" tabIndex={-1}>Going deeper in {area.name}</h2>
      {nextLayer && (
        <p>The next layer is <strong>{nextLayer.name}</strong>: {nextLayer.summary}</p>
      )}
      {layerBestWithTherapist(area, currentLayer + 1) && (
        <p className="therapist-note">This layer is best with a therapist’s support.</p>
      )}

      <h3>What your data says</h3>
      {/* Core's own words, one voice: they already say what the practice and the weeks show, an empty log included. */}
      <p>{readiness ? readiness.reason : 'Mend has nothing to go on for this layer yet.'}</p>
      <p className="hint">This is only a guide. You know yourself best, and you can always come back to a gentler layer.</p>

      <div role="group" aria-labelledby="readiness-question">
        <p id="readiness-question" className="readiness-question">Do I feel safe enough to go further?</p>
        <div className="inline-row">
          <button type="button" className="button-primary" onClick={onYes} disabled={busy}>Yes</button>
          <button type="button" className="button-secondary" onClick={onNotYet} disabled={busy}>Not yet</button>
        </div>
      </div>
      {problem && <p className="form-alert" role="alert">{problem}</p>}
    </ModalDialog>
  );
}
