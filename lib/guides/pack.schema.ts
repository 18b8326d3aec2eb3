/**
 * Guide pack format, version 1. One pack per national procedure code; bundled packs live in
 * public/guides/<code>.json and imported ones in extension storage, both parsed through this schema.
 * zod/mini keeps the content script small (classic zod is most of our size budget).
 */
import * as z from 'zod/mini';
import { PAGE_KINDS, PORTAL_IDS, type PageKind } from '../portals/types';

const PORTALS = PORTAL_IDS;
/** A step belongs on any recognised page kind ('other' is no page of ours). */
const STEP_PAGES = PAGE_KINDS.filter((k) => k !== 'other') as Exclude<PageKind, 'other'>[];

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
export const LocalizedSchema = z.object({ vi: text(4000), en: z.optional(text(4000)) });
const slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** A semantic key the portal adapter resolves, then ordered fallbacks: a CSS selector, then label text. */
export const TargetSchema = z.object({
  /** Label slugs ("field:so-dien-thoai"; "eform:ho-chu-dem-ten" for a field in the MoJ declaration frame, by its caption), or an e-form question by its name ("question:citizenNDK_HoVaTen", the national portal's SurveyJS names without their version suffix). */
  key: z.string().check(z.regex(/^(?:(?:field|upload|button|component|section|service|eform):[a-z0-9]+(?:-[a-z0-9]+)*|question:[A-Za-z][A-Za-z0-9_]{0,100})$/), z.maxLength(120)),
  css: z.optional(text(300)),
  label: z.optional(text(200)),
});

export const StepSchema = z.object({
  id: slug,
  /** Which portal the step is for, when the pack covers several. */
  portal: z.optional(z.enum(PORTALS)),
  /** The page kind the step belongs to; the guide waits for it. */
  page: z.optional(z.enum(STEP_PAGES as [Exclude<PageKind, 'other'>, ...Exclude<PageKind, 'other'>[]])),
  target: z.optional(TargetSchema),
  /** Plain text; "**bold**" and lines starting with "- " are the only markup. */
  text: LocalizedSchema,
  action: z.enum(['read', 'click', 'fill', 'choose', 'upload', 'wait']),
  advance: z.enum(['target-clicked', 'field-filled', 'route-changed', 'upload-finished', 'manual']),
  /** Shown only when the answer to a pack question is this. */
  when: z.optional(z.object({ question: slug, is: z.boolean() })),
});

export const PaperSchema = z.object({
  id: slug,
  name: LocalizedSchema,
  /** original: bản chính; copy: bản sao; present: xuất trình để đối chiếu, không nộp. */
  form: z.enum(['original', 'copy', 'original-or-copy', 'present']),
  count: z.number().check(z.int(), z.minimum(0), z.maximum(20)),
  notes: z.optional(LocalizedSchema),
  /** Not to be asked for when the data is in this national database (kept in step with the once-only catalogue). */
  notNeededIfShared: z.optional(z.object({ database: text(200), basis: text(300) })),
  when: z.optional(z.object({ question: slug, is: z.boolean() })),
});

export const SourceSchema = z.object({
  kind: z.enum(['legal', 'csdl-tthc', 'press', 'other']),
  title: text(300),
  /** A web page only (never javascript:, data: or file:); a pack from a file needs https (pack.ts). */
  url: z.optional(z.string().check(z.url({ protocol: /^https?$/ }))),
  /** Issue date of the instrument, or when the entry was read. */
  date: z.optional(isoDate),
});

export const QuestionSchema = z.object({
  id: slug,
  text: LocalizedSchema,
  /**
   * The portal's own case codes (its case select, e.g. "TAT-XOA-14") that mean "yes": once the
   * person picks a case on the page, the answer is read from it and the question is not asked.
   */
  fromCase: z.optional(z.array(z.string().check(z.regex(/^[A-Z0-9][A-Z0-9_-]{0,39}$/))).check(z.minLength(1), z.maxLength(20))),
});

export const GuidePackSchema = z.object({
  schemaVersion: z.literal(1),
  procedureCode: z.string().check(z.regex(/^[1-3]\.\d{6}$/)),
  title: LocalizedSchema,
  portals: z.array(z.enum(PORTALS)).check(z.minLength(1)),
  sources: z.array(SourceSchema).check(z.minLength(1)),
  lastReviewed: isoDate,
  /** False when a fact in the pack could not be checked against a published source. */
  verified: z.boolean(),
  papers: z.array(PaperSchema),
  questions: z.optional(z.array(QuestionSchema)),
  steps: z.array(StepSchema).check(z.minLength(1), z.maxLength(200)),
});

export type GuidePack = z.infer<typeof GuidePackSchema>;
export type GuideStep = z.infer<typeof StepSchema>;
export type Paper = z.infer<typeof PaperSchema>;
export type Localized = z.infer<typeof LocalizedSchema>;
export type GuideTarget = z.infer<typeof TargetSchema>;
