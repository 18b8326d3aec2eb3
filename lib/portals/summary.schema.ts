/**
 * The shape of a page summary (types.ts) as the background accepts it from a content script
 * before keeping it in session storage for the popup and the dashboard (issue 18 §5).
 */
import * as z from 'zod/mini';
import { PAGE_KINDS, PORTAL_CASE, PORTAL_IDS } from './types';

const count = z.number().check(z.int(), z.minimum(0), z.maximum(100_000));
const small = z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(1000)));

export const PageSummarySchema = z.object({
  portal: z.enum(PORTAL_IDS),
  kind: z.enum(PAGE_KINDS),
  procedureCode: z.nullable(z.string().check(z.regex(/^[1-3]\.\d{6}$/))),
  codeSource: z.enum(['page', 'route', 'name', 'none']),
  procedureName: z.nullable(z.string().check(z.maxLength(400))),
  step: z.nullable(z.object({ index: small, count: small, title: z.string().check(z.maxLength(120)) })),
  dossierComponentCount: count,
  fieldCount: count,
  uploadSlotCount: count,
  hasSubmit: z.boolean(),
  portalErrors: z.number().check(z.int(), z.minimum(0), z.maximum(20)),
  /** The portal's own case code (its case select), never a person's input. */
  portalCase: z.nullable(z.string().check(z.regex(PORTAL_CASE))),
  services: z.array(z.object({ name: z.string().check(z.maxLength(200)), agency: z.string().check(z.maxLength(200)) })).check(z.maxLength(12)),
});
