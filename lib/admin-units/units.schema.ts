/** The bundled old→new commune dataset; validated when built and when loaded. */
import * as z from 'zod/mini';

/** [old commune, old district index, old province index, new commune indexes (several when it was split)] */
const OldRow = z.tuple([z.string(), z.number(), z.number(), z.array(z.number()).check(z.minLength(1))]);
/** [GSO code, name, new province index, resolution index, clause number (null where the source gives none), clause text index] */
const NewRow = z.tuple([z.string(), z.string(), z.number(), z.number(), z.nullable(z.number()), z.number()]);

export const UnitsFileSchema = z.object({
  version: z.literal(1),
  source: z.string(),
  licence: z.string(),
  oldDistricts: z.array(z.string()),
  oldProvinces: z.array(z.string()),
  newProvinces: z.array(z.string()),
  resolutions: z.array(z.string()),
  clauses: z.array(z.string()),
  old: z.array(OldRow),
  new: z.array(NewRow),
});
export type UnitsFile = z.infer<typeof UnitsFileSchema>;
