import { MAX_PATH_AREAS, layerBestWithTherapist, type HealingArea, type Path } from '@mend/core';
import { readinessFor } from '../../lib/path-draft';

interface AreaListProps {
  areas: readonly HealingArea[];
  path: Path;
  chosen: readonly string[];
  onToggle: (areaId: string, chosen: boolean) => void;
  onDeeper: (areaId: string) => void;
  onGentler: (areaId: string) => void;
  busy: boolean;
  /** A kind word after a change in one area ("Staying here is part of the path too"). */
  messages: Readonly<Record<string, string>>;
  problem?: string | undefined;
}

/** The id of an area's status line: focus lands there when neither layer button is left. */
export const areaStatusId = (areaId: string) => `area-${areaId}-status`;

/** Every area with its layers, gentle to deep; the current layer marked; deeper and gentler one button away. */
export function AreaList({ areas, path, chosen, onToggle, onDeeper, onGentler, busy, messages, problem }: AreaListProps) {
  return (
    <fieldset data-field="areas" aria-describedby="areas-hint">
      <legend>Areas to work on</legend>
      <p className="hint" id="areas-hint">
        Choose one or a few (up to {MAX_PATH_AREAS}). Each goes from gentle to deep, one layer at a time, at your pace.
        Taking an area off keeps the practices you did; added again, it starts at its gentlest layer.
      </p>
      {problem && <p className="field-error">{problem}</p>}
      {areas.length === 0 && <p>No healing areas are available yet.</p>}
      <ul className="area-list">
        {areas.map((area) => {
          const stored = path.areas.find((each) => each.areaId === area.id);
          const isChosen = chosen.includes(area.id);
          const readiness = readinessFor(path, area.id);
          const layer = stored?.layer ?? null;
          const hasDeeper = layer !== null && layer < area.layers.length - 1;
          // After going back to a gentler layer: the deeper one reached stays acknowledged.
          const deepestName = stored && stored.deepestLayer > stored.layer ? area.layers[stored.deepestLayer]?.name : undefined;
          return (
            <li key={area.id} className="area-card">
              <label className="choice">
                <input
                  type="checkbox" name="areas" value={area.id} checked={isChosen}
                  aria-describedby={`area-${area.id}-summary`}
                  onChange={(event) => onToggle(area.id, event.target.checked)}
                />
                <span>{area.name}</span>
              </label>
              <p className="hint" id={`area-${area.id}-summary`}>{area.summary}</p>
              <ol className="layer-list" aria-label={`Layers of ${area.name}, gentle to deep`}>
                {area.layers.map((each, index) => (
                  <li key={index} aria-current={layer === index ? 'step' : undefined}>
                    <span className="layer-name">{each.name}</span>
                    {layer === index && <span className="layer-here">you are here</span>}
                    {': '}{each.summary}
                    {layerBestWithTherapist(area, index) && <span className="layer-therapist">Best with a therapist’s support.</span>}
                  </li>
                ))}
              </ol>
              {deepestName && <p className="hint">You have been as deep as {deepestName}. That step still counts.</p>}
              {isChosen && !stored && <p className="hint area-offer">Starts at the gentlest layer once you save.</p>}
              {stored && readiness?.offerDeeper && hasDeeper && (
                <p className="area-offer">Your recent weeks look steady and you’ve practised this layer. Going deeper is up to you.</p>
              )}
              {stored && (hasDeeper || layer! > 0) && (
                <div className="area-actions">
                  {hasDeeper && (
                    <button type="button" className={readiness?.offerDeeper ? 'button-primary' : 'button-secondary'} disabled={busy} data-deeper={area.id} onClick={() => onDeeper(area.id)}>
                      Go a layer deeper<span className="visually-hidden"> in {area.name}</span>
                    </button>
                  )}
                  {layer! > 0 && (
                    <button type="button" className="button-secondary" disabled={busy} data-gentler={area.id} onClick={() => onGentler(area.id)}>
                      Back to a gentler layer<span className="visually-hidden"> in {area.name}</span>
                    </button>
                  )}
                </div>
              )}
              <p role="status" className="area-status" id={areaStatusId(area.id)} tabIndex={-1}>{messages[area.id] ?? ''}</p>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
