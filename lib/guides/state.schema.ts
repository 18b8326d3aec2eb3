/**
 * What a content script may ask the background to keep about a guide: its state (session
 * storage, to resume after a reload) and its outcome (counted with the timings). A portal page
 * could run code in our content script's world only by breaking the browser, but the background
 * still takes nothing on trust: shapes and sizes are checked here (issue 18 §5). Background only.
 */
import * as z from 'zod/mini';
import { PORTAL_IDS } from '../portals/types';

const code = z.string().check(z.regex(/^[1-3]\.\d{6}$/));
/** The pack schema's slug: step, question and paper ids. */
const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80));
const portal = z.enum(PORTAL_IDS);
const time = z.number().check(z.int(), z.minimum(0), z.maximum(8.64e15));

export const GuideStateSchema = z.object({
  procedureCode: code,
  portal,
  status: z.enum(['running', 'completed', 'exited', 'handed-over']),
  stepId: id,
  answers: z.record(id, z.boolean()).check(z.refine((a) => Object.keys(a).length <= 50)),
  failed: z.array(id).check(z.maxLength(200)),
  updatedAt: time,
});

export const GuideStateSaveSchema = z.object({ procedureCode: code, state: z.nullable(GuideStateSchema) });

export const GuideOutcomeSchema = z.object({
  procedureCode: code,
  portal,
  outcome: z.enum(['completed', 'exited', 'failed']),
  stepId: z.nullable(id),
  at: time,
});
