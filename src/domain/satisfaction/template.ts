/**
 * Survey templates as the metrics and the entry form read them (DOMAIN §3). A template is a
 * record a manager edits; weights need not add up to 1 (they are normalised here) but must be
 * positive, and once a template has answers its dimension keys and its scale are fixed.
 */

export interface TemplateDimension {
  key: string;
  label: string;
  weight: number;
  required: boolean;
}

export interface TemplateRecord {
  id: number;
  name?: string;
  scale: number;
  dimensions: TemplateDimension[];
  hasNps: boolean;
  active?: boolean;
}

/** A dimension with its weight as a share of the template's total weight. */
export interface NormalisedDimension extends TemplateDimension {
  share: number;
}

export interface NormalisedTemplate extends Omit<TemplateRecord, 'dimensions'> {
  dimensions: NormalisedDimension[];
  /** Lowest overall rating counted as satisfied (CSAT top-2-box): 4 on 5 points, 0.8 × scale else. */
  satisfiedFrom: number;
  /** Highest overall rating listed as a low score: 2 on 5 points, 0.4 × scale else. */
  lowUpTo: number;
}

/** The scales a template may have. */
export const SCALES = [5, 10] as const;

/**
 * Normalises the weights (each dimension's share of their sum) and fixes the CSAT and
 * low-score thresholds for the scale. Throws on a weight that is not positive: such a template
 * cannot be stored (the backend refuses it), so meeting one here is a bug.
 */
export function normaliseTemplate(template: TemplateRecord): NormalisedTemplate {
  const total = template.dimensions.reduce((sum, d) => sum + d.weight, 0);
  for (const d of template.dimensions)
    if (!(d.weight > 0)) throw new Error(`Template ${template.id}: weight of ${d.key} is not positive`);
  return {
    ...template,
    dimensions: template.dimensions.map((d) => ({ ...d, share: d.weight / total })),
    satisfiedFrom: template.scale === 5 ? 4 : 0.8 * template.scale,
    lowUpTo: template.scale === 5 ? 2 : 0.4 * template.scale,
  };
}

/** What an edit would change of a template's shape (only the dimension keys and the scale count). */
export interface ShapeChange {
  scale: boolean;
  addedKeys: string[];
  removedKeys: string[];
}

/**
 * How `next` differs from `current` in what answered responses depend on: their scores are
 * keyed by dimension key and read on the template's scale. Labels, weights, the required flags,
 * the NPS question and the order of the dimensions may change.
 */
export function shapeChange(
  current: Pick<TemplateRecord, 'scale' | 'dimensions'>,
  next: Pick<TemplateRecord, 'scale' | 'dimensions'>,
): ShapeChange | null {
  const before = new Set(current.dimensions.map((d) => d.key));
  const after = new Set(next.dimensions.map((d) => d.key));
  const change: ShapeChange = {
    scale: current.scale !== next.scale,
    addedKeys: [...after].filter((k) => !before.has(k)),
    removedKeys: [...before].filter((k) => !after.has(k)),
  };
  return change.scale || change.addedKeys.length > 0 || change.removedKeys.length > 0 ? change : null;
}

/** A name for a copy of a template, free among `taken`: `名称（副本）`, `名称（副本 2）`… */
export function copyName(name: string, taken: ReadonlySet<string>): string {
  const base = `${name}（副本）`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${name}（副本 ${n}）`;
    if (!taken.has(candidate)) return candidate;
  }
}
