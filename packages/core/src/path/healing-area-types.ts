/**
 * A healing area the person can choose for their path ("core beliefs", "grief"), with layers from
 * gentle to deep. Each layer lists catalogue skills; a skill with a guided exercise opens it.
 */
export interface HealingLayer {
  /** Short name: "Noticing", "Questioning", "Rewriting". */
  name: string;
  /** One sentence: what this layer asks of the person. */
  summary: string;
  /** Catalogue skill ids, gentlest first. */
  skillIds: readonly string[];
}

export interface HealingArea {
  id: string;
  name: string;
  summary: string;
  /** Gentle first, deepest last; at least two. */
  layers: readonly HealingLayer[];
  /** The deepest layers are best done alongside a therapist; the screen says so. */
  deepLayersWithTherapist: boolean;
}
