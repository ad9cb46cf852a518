import { z } from 'zod';
import { ExportDocumentSchema } from './export';
import { PathAreaStateSchema, PathStateSchema, type PathAreaState } from './path';

// Only the server imports this module, so the web app's first download never builds these schemas.

/**
 * A path area as a v1 file may hold it. Files written before deepestLayer and deepestLayerAt
 * existed know only the layer the person was in, so that is the deepest they remember, reached
 * when it began. The two come together or not at all.
 */
const ImportedPathAreaSchema = PathAreaStateSchema.extend({
  deepestLayer: PathAreaStateSchema.shape.deepestLayer.optional(),
  deepestLayerAt: PathAreaStateSchema.shape.deepestLayerAt.optional(),
}).transform((area, context): PathAreaState => {
  const { deepestLayer, deepestLayerAt } = area;
  if ((deepestLayer === undefined) !== (deepestLayerAt === undefined)) {
    const [missing, given] = deepestLayer === undefined ? ['deepestLayer', 'deepestLayerAt'] : ['deepestLayerAt', 'deepestLayer'];
    context.issues.push({ code: 'custom', input: area, path: [missing], message: `must be given along with ${given} (or both left out)` });
    return z.NEVER;
  }
  const base = { areaId: area.areaId, layer: area.layer, startedAt: area.startedAt, layerStartedAt: area.layerStartedAt };
  return deepestLayer === undefined || deepestLayerAt === undefined
    ? { ...base, deepestLayer: area.layer, deepestLayerAt: area.layer > 0 ? area.layerStartedAt : null }
    : { ...base, deepestLayer, deepestLayerAt };
});

/**
 * What an import reads: an export document (v1), where a healing path from before the deepest
 * layer was remembered gets it filled in. Kept apart from ExportDocumentSchema, which also
 * describes the export's answer in the OpenAPI document, where a transform has no place.
 */
export const ImportDocumentSchema = ExportDocumentSchema.extend({
  path: PathStateSchema.extend({ areas: z.array(ImportedPathAreaSchema) }).nullable().default(null),
});
