/**
 * The once-only catalogue: kinds of paper whose data is already held in a national database, the
 * database, the legal basis and the wordings portals use. Data lives in catalogue.json beside this
 * file; patterns are regular expressions over foldClauses() text (no diacritics, lower case).
 */
import * as z from 'zod/mini';

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const Localized = z.object({ vi: text(2000), en: text(2000) });

export const LegalRefSchema = z.object({
  instrument: text(300),
  /** Issue date, effect date or both, as the source gives them. */
  date: z.optional(text(100)),
  /** Article/clause when a source shows it; null when only the instrument is verified. */
  provision: z.nullable(text(200)),
  summary: Localized,
  sources: z.array(text(600)).check(z.minLength(1)),
  /** text: the wording was read; press: reported by official or press pages; secondary: quoted by a third party. */
  verified: z.enum(['text', 'press', 'secondary']),
});

const pattern = text(400).check(
  z.refine((source) => {
    try {
      new RegExp(source);
      return true;
    } catch {
      return false;
    }
  }, 'không phải biểu thức chính quy hợp lệ'),
);

export const PaperKindSchema = z.object({
  id: z.string().check(z.regex(/^[a-z][a-z0-9_]*$/)),
  /** yes: always flag; conditional: flag with the caveat (coverage is partial). */
  shared: z.enum(['yes', 'conditional']),
  paper: Localized,
  database: Localized,
  patterns: z.array(pattern).check(z.minLength(1)),
  /**
   * Plain substrings at least one of which every match of the patterns contains: a text holding
   * none of any paper's anchors skips the pattern scan (most components ask for nothing shared).
   */
  anchors: z.array(z.string().check(z.regex(/^[a-z0-9 ]+$/), z.minLength(2))).check(z.minLength(1)),
  examples: z.array(text(300)),
  legal: z.array(text(60)).check(z.minLength(1)),
  caveat: Localized,
  /** Paper abolished outright (household books): no wording makes asking for it lawful. */
  abolished: z.optional(z.boolean()),
  /** Showing the original at the counter for an identity check is lawful; copies are not. */
  presentIsFine: z.optional(z.boolean()),
  /** The original handed in to be updated or revoked (land certificates) is lawful. */
  originalIsFine: z.optional(z.boolean()),
  /** Offering a passport or another photo ID instead lowers the finding to "conditional". */
  identityAlternatives: z.optional(z.boolean()),
  /** Not flagged when the wording is about foreigners or people living abroad. */
  foreignExempt: z.optional(z.boolean()),
  /** The pattern spans a whole clause ("trừ trường hợp … CSDL"): checked only when no paper matched. */
  wholeClause: z.optional(z.boolean()),
  /** A typed field asking for its number (e.g. "Số sổ hộ khẩu") is itself a re-request. */
  typedField: z.optional(z.boolean()),
});

export const CatalogueSchema = z
  .object({
    version: z.literal(1),
    reviewed: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
    legal: z.record(z.string(), LegalRefSchema),
    papers: z.array(PaperKindSchema).check(z.minLength(1)),
  })
  .check(
    z.refine((c) => c.papers.every((p) => p.legal.every((id) => id in c.legal)), 'mỗi căn cứ pháp lý phải có trong mục "legal"'),
    z.refine((c) => new Set(c.papers.map((p) => p.id)).size === c.papers.length, 'mã loại giấy tờ bị trùng'),
  );

export type LegalRef = z.infer<typeof LegalRefSchema>;
export type PaperKind = z.infer<typeof PaperKindSchema>;
export type Catalogue = z.infer<typeof CatalogueSchema>;
