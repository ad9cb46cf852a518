/**
 * One tap out of healing work, on every screen of it. Never disabled, never asks to confirm:
 * when it is too much, getting steady comes first.
 */
export function StepBackButton({ onStepBack }: { onStepBack: () => void }) {
  return (
    <div className="step-back-bar">
      <button type="button" className="step-back-button" onClick={onStepBack}>Step back into coping</button>
      <p className="step-back-hint">Too much right now? One tap takes you to something steadying. What you’ve done so far is kept.</p>
    </div>
  );
}
