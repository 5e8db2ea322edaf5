import { z } from 'zod';
import { translate, type Locale } from '../i18n';
import { uniqueIds } from './field-schemas';
import type { WorkflowKey } from './types';

export type LocalizedText = { 'zh-CN': string; en: string };

/**
 * One entry of the catalog: shipped entries name their text in the i18n catalogs; entries an
 * administrator adds carry their own text in both languages.
 */
export interface CatalogItem {
  /** Stable: rulings store it. */
  id: string;
  labelKey?: WorkflowKey;
  label?: LocalizedText;
  /** The entry is open-ended ("other situations"): a ruling applying it must name the situation in words. */
  requiresExplanation?: boolean;
}

/**
 * The situations (容错情形), conditions that must all hold, and exclusions (不予容错) a ruling is
 * checked against. Places differ, so an administrator may edit it; every edit is a new version,
 * and each investigation and ruling records the version it applied.
 */
export interface FaultToleranceCatalog {
  version: number;
  situations: CatalogItem[];
  conditions: CatalogItem[];
  exclusions: CatalogItem[];
}

const item = (group: 'situations' | 'conditions' | 'exclusions', id: string, extra: Partial<CatalogItem> = {}): CatalogItem => ({
  id,
  labelKey: `workflow.catalog.${group}.${id}` as WorkflowKey,
  ...extra,
});

/** DOMAIN.md's defaults: ten situations, five conditions, five exclusions. */
export const DEFAULT_FAULT_TOLERANCE_CATALOG: FaultToleranceCatalog = {
  version: 1,
  situations: [
    item('situations', 'reformPilot'),
    item('situations', 'unrestrictedTrial'),
    item('situations', 'developmentError'),
    item('situations', 'collectiveDecision'),
    item('situations', 'dissentRecorded'),
    item('situations', 'forceMajeure'),
    item('situations', 'objectedToSuperior'),
    item('situations', 'policyChange'),
    item('situations', 'emergency'),
    item('situations', 'other', { requiresExplanation: true }),
  ],
  conditions: [
    item('conditions', 'noPrivateGain'),
    item('conditions', 'noPoliticalBreach'),
    item('conditions', 'notProhibited'),
    item('conditions', 'procedureFollowed'),
    item('conditions', 'cooperatesAndRecovers'),
  ],
  exclusions: [
    item('exclusions', 'knowingViolation'),
    item('exclusions', 'persistedAfterBan'),
    item('exclusions', 'privateGain'),
    item('exclusions', 'majorAccident'),
    item('exclusions', 'repeatedMistake'),
  ],
};

const localizedText = z.object({ 'zh-CN': z.string().trim().min(1).max(200), en: z.string().trim().min(1).max(200) }).strict();

const catalogItemSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z][A-Za-z0-9-]{0,39}$/),
    labelKey: z.string().max(120).optional(),
    label: localizedText.optional(),
    requiresExplanation: z.boolean().optional(),
  })
  .strict()
  .refine((i) => (i.labelKey === undefined) !== (i.label === undefined), { message: 'label' });

const group = z
  .array(catalogItemSchema)
  .min(1)
  .max(50)
  .refine((list) => uniqueIds(list, (i) => i.id), { message: 'unique' });

/** An administrator's edit of the catalog, as main receives it. */
export const faultToleranceCatalogSchema = z
  .object({ version: z.number().int().min(1).max(100_000), situations: group, conditions: group, exclusions: group })
  .strict();

/** The entry's text in the reader's language. */
export function catalogItemLabel(locale: Locale, entry: CatalogItem): string {
  if (entry.label) return entry.label[locale];
  return entry.labelKey ? translate(locale, entry.labelKey) : entry.id;
}

/** The entry as a reason parameter: its catalog key, or its own text. */
export function catalogItemRef(entry: CatalogItem): WorkflowKey | LocalizedText {
  return entry.labelKey ?? entry.label ?? { 'zh-CN': entry.id, en: entry.id };
}
