import { PLACEHOLDERS } from './placeholder-catalog';
import type { TemplateValues } from './render-template';

/**
 * Every placeholder of the catalog filled with its sample: what the template editor's preview
 * renders, and what proves each default template complete.
 */
export function sampleValues(): TemplateValues {
  const root: Record<string, unknown> = {};
  for (const def of PLACEHOLDERS) {
    const parts = def.path.split('.');
    const leaf = parts.pop() as string;
    let node = root;
    for (const part of parts) node = (node[part] ??= {}) as Record<string, unknown>;
    node[leaf] = structuredClone(def.sample);
  }
  return root as TemplateValues;
}
