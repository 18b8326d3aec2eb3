/**
 * What the MoJ declaration frame (tokhaidientu.moj.gov.vn, an iframe of the wizard) tells the
 * wizard page's part of the extension, through the background: its fields by caption and kind,
 * each with its box in the frame's own viewport, so a guide step can point at a field inside the
 * frame. Labels are the form's captions and keys its own field names; what a person types is never
 * in it. The schema checks shape and size in the background (the frame is just another sender).
 */
import * as z from 'zod/mini';

const box = z.object({ top: z.number(), left: z.number(), width: z.number().check(z.minimum(0)), height: z.number().check(z.minimum(0)) });

export const FrameFieldSchema = z.object({
  /** Slug of the caption ("ho-chu-dem-ten"): what a pack's "eform:" key names. */
  slug: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(120)),
  label: z.string().check(z.maxLength(200)),
  kind: z.string().check(z.maxLength(20)),
  required: z.boolean(),
  /** Null while the field is out of the frame's view. */
  box: z.nullable(box),
});

export const FrameReportSchema = z.object({
  procedureName: z.nullable(z.string().check(z.maxLength(400))),
  fields: z.array(FrameFieldSchema).check(z.maxLength(300)),
  viewport: z.object({ width: z.number().check(z.minimum(0)), height: z.number().check(z.minimum(0)) }),
});

export const FrameFilledSchema = z.object({ slug: FrameFieldSchema.shape.slug, trusted: z.boolean() });

export type FrameField = z.infer<typeof FrameFieldSchema>;
export type FrameReport = z.infer<typeof FrameReportSchema>;
export type FrameFilled = z.infer<typeof FrameFilledSchema>;
