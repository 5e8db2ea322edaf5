import { z } from 'zod';
import { channel } from './define';
import { empty, isoDateTime } from './fields';
import { faultToleranceCatalogSchema } from '../workflow/fault-tolerance.catalog';
import { calendarYearSchema } from '../calendar';

const catalogVersionInfo = z.object({ version: z.number().int(), createdAt: isoDateTime.nullable(), createdBy: z.string().nullable() });

/** The reference data administrators keep: the fault-tolerance catalog (versioned) and the holiday calendar. */
export const referenceContract = {
  'catalog.get': channel({
    input: z.object({ version: z.number().int().min(1).max(100_000).optional() }).strict(),
    output: faultToleranceCatalogSchema,
    access: 'session',
    mutates: false,
  }),
  'catalog.versions': channel({ input: empty, output: z.array(catalogVersionInfo), access: 'session', mutates: false }),
  /** Saves an edit as a new version; earlier versions stay as rulings applied them. */
  'catalog.update': channel({
    input: faultToleranceCatalogSchema.omit({ version: true }).strict(),
    output: faultToleranceCatalogSchema,
    access: 'session',
    permission: 'settings.manage',
    mutates: true,
  }),
  'calendar.years': channel({
    input: empty,
    output: z.object({
      years: z.array(z.object({ year: z.number().int(), source: z.enum(['shipped', 'entered']), data: calendarYearSchema })),
      /** The last year with notice data: deadlines beyond it are estimates. */
      lastKnownYear: z.number().int(),
    }),
    access: 'session',
    mutates: false,
  }),
  'calendar.saveYear': channel({ input: calendarYearSchema, output: calendarYearSchema, access: 'session', permission: 'settings.manage', mutates: true }),
} as const;
