import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import type { z } from 'zod';

type Path = readonly (string | number)[];

interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  in?: z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;

/** Optional, nullable, defaulted and piped schemas, down to what they hold. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    const def = defOf(s);
    if ((def.type === 'optional' || def.type === 'nullable' || def.type === 'default') && def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else return s;
  }
}

export function isOptional(schema: z.ZodType): boolean {
  return defOf(schema).type === 'optional';
}

/** The schema of one field inside a step's schema: `['meeting', 'body']`, `['evidence', 0, 'title']`, `['conditions', id, 'holds']`. */
export function schemaAt(schema: z.ZodType, path: Path): z.ZodType | undefined {
  let s: z.ZodType | undefined = schema;
  for (const part of path) {
    if (!s) return undefined;
    const def = defOf(unwrap(s));
    if (def.type === 'object') s = (unwrap(s) as unknown as { shape: Record<string, z.ZodType> }).shape[String(part)];
    else if (def.type === 'array') s = def.element;
    else if (def.type === 'record') s = def.valueType;
    else return undefined;
  }
  return s;
}

/** What a form holds as "nothing typed": empty text, an empty pick. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Nothing given where something must be: picked fields ask to choose, typed ones to fill in. */
function blankMessage(schema: z.ZodType, label: string, t: TFunction): string {
  const type = defOf(unwrap(schema)).type;
  return ['array', 'enum', 'boolean', 'record', 'literal'].includes(type) ? t('cases.validation.choose', { label }) : t('cases.validation.required', { label });
}

/** One zod complaint in the officer's words, naming the field. */
export function issueMessage(issue: z.core.$ZodIssue, label: string, t: TFunction): string {
  const i = issue as z.core.$ZodIssue & { origin?: string; minimum?: number | bigint; maximum?: number | bigint; input?: unknown };
  switch (i.code) {
    case 'invalid_type':
      return t('cases.validation.required', { label });
    case 'too_small':
      if (i.origin === 'string') return Number(i.minimum) <= 1 ? t('cases.validation.required', { label }) : t('cases.validation.tooShort', { label, min: Number(i.minimum) });
      if (i.origin === 'array' || i.origin === 'set') return t('cases.validation.tooFew', { label, min: Number(i.minimum) });
      return t('cases.validation.tooSmall', { label, min: Number(i.minimum) });
    case 'too_big':
      if (i.origin === 'string') return t('cases.validation.tooLong', { label, max: Number(i.maximum) });
      if (i.origin === 'array' || i.origin === 'set') return t('cases.validation.tooMany', { label, max: Number(i.maximum) });
      return t('cases.validation.tooLarge', { label, max: Number(i.maximum) });
    case 'invalid_value':
      return t('cases.validation.choose', { label });
    case 'custom':
      return i.message === 'date' ? t('cases.validation.date', { label }) : t('cases.validation.invalid', { label });
    default:
      return t('cases.validation.invalid', { label });
  }
}

/**
 * The antd rules of one form field, read off the zod schema main validates the same field with:
 * required unless the schema is optional, and every bound (length, count, date, choice) checked as
 * the officer types, with the message in the officer's language.
 */
export function zodRules(schema: z.ZodType | undefined, label: string, t: TFunction, options: { required?: boolean } = {}): FormRule[] {
  if (!schema) return [];
  const required = options.required ?? !isOptional(schema);
  return [
    {
      required,
      validator: async (_rule, value: unknown) => {
        if (isBlank(value)) {
          if (required) throw new Error(blankMessage(schema, label, t));
          return;
        }
        const parsed = schema.safeParse(typeof value === 'string' ? value.trim() : value);
        if (!parsed.success) throw new Error(issueMessage(parsed.error.issues[0]!, label, t));
      },
    },
  ];
}
