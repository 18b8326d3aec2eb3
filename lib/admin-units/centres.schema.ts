/**
 * Public-service centres of a province's communes: a data file the province loads (none is
 * bundled, none invented). One file per province; importing it again replaces that province's.
 */
import * as z from 'zod/mini';

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

export const CentreSchema = z.object({
  /** The new commune or ward, as named in the resolutions ("Phường Hồng Hà"). */
  commune: text(120),
  address: text(300),
  phone: z.optional(text(60)),
  hours: z.optional(text(200)),
});

export const CentresFileSchema = z.object({
  schemaVersion: z.literal(1),
  /** The new province ("Thành phố Hà Nội"). */
  province: text(120),
  /** Where the addresses come from (the province's decision or portal page) and when. */
  source: text(400),
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  centres: z.array(CentreSchema).check(z.minLength(1), z.maxLength(5000)),
});

export type CentresFile = z.infer<typeof CentresFileSchema>;
export type Centre = z.infer<typeof CentreSchema>;
