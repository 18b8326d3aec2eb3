/**
 * Timing records: what the submission-timings pillar keeps, one record per measured thing. Only
 * the portal host, page kind, procedure code, durations, sizes, HTTP statuses and time stamps:
 * no URL path or query, no typed value, no file name, no name or ID number. The schema validates
 * imports from another counter's machine; export files carry it with a format tag.
 */
import * as z from 'zod/mini';
import { PAGE_KINDS, PORTAL_IDS } from '../portals/types';

const PORTALS = PORTAL_IDS;
const KINDS = PAGE_KINDS;
const ms = z.number().check(z.minimum(0), z.maximum(24 * 3600 * 1000));
const host = z.string().check(z.regex(/^[a-z0-9.-]{3,100}$/));
const code = z.nullable(z.string().check(z.regex(/^[1-3]\.\d{6}$/)));

const base = {
  /** Random id: merging another machine's export skips ids already here. */
  id: z.string().check(z.regex(/^[a-z0-9-]{8,64}$/)),
  at: z.number().check(z.int(), z.minimum(1_500_000_000_000), z.maximum(4_000_000_000_000)),
  portal: z.enum(PORTALS),
  host,
  kind: z.enum(KINDS),
  code,
};

export const PageRecordSchema = z.object({
  ...base,
  type: z.literal('page'),
  /** A full load (navigation timing) or a client-side route change (time until the adapter saw the view). */
  nav: z.enum(['load', 'route']),
  ttfbMs: z.nullable(ms),
  domContentLoadedMs: z.nullable(ms),
  loadMs: z.nullable(ms),
  /** Navigation start (or route change) until the adapter saw a usable filing form. */
  formReadyMs: z.nullable(ms),
  longTasks: z.number().check(z.int(), z.minimum(0)),
  longTaskMs: ms,
});

export const UploadRecordSchema = z.object({
  ...base,
  type: z.literal('upload'),
  bytes: z.nullable(z.number().check(z.int(), z.minimum(0))),
  files: z.nullable(z.number().check(z.int(), z.minimum(0))),
  /** Which row of the portal's upload list (1-based), when the page said; absent in older records. */
  slot: z.optional(z.nullable(z.number().check(z.int(), z.minimum(1), z.maximum(200)))),
  durationMs: ms,
  /** KB/s (1 KB = 1024 bytes); null when the size is unknown. */
  throughputKBps: z.nullable(z.number().check(z.minimum(0))),
  /** rejected: the portal refused the files itself (an error message) before sending anything. */
  outcome: z.enum(['ok', 'http-error', 'too-large', 'aborted', 'timeout', 'failed', 'rejected']),
  status: z.nullable(z.number().check(z.int())),
});

export const SubmitRecordSchema = z.object({
  ...base,
  type: z.literal('submit'),
  /** Click on the portal's submit control until the receipt (or the portal's answer). */
  latencyMs: ms,
  /** payment-failed: the portal could not open its payment window (the residence forms), counted apart. */
  outcome: z.enum(['receipt', 'error', 'payment-failed', 'no-answer']),
  status: z.nullable(z.number().check(z.int())),
  /** 1 for the first submit of the journey, 2+ for re-submits. */
  attempt: z.number().check(z.int(), z.minimum(1)),
});

export const HangRecordSchema = z.object({
  ...base,
  type: z.literal('hang'),
  pendingMs: ms,
  /** What the request was for, by the browser's own classification. */
  resource: z.string().check(z.maxLength(40)),
  /** How the person got out: waited for the answer, reloaded, or gave up (closed the tab or left). */
  outcome: z.enum(['waited', 'reloaded', 'gave-up']),
  /** The wait ended in an error rather than an answer. */
  failed: z.boolean(),
});

export const ErrorRecordSchema = z.object({
  ...base,
  type: z.literal('error'),
  status: z.nullable(z.number().check(z.int())),
  resource: z.string().check(z.maxLength(40)),
  /** http: an HTTP error answer; network: no answer; portal-page: the portal's own error page. */
  cause: z.enum(['http', 'network', 'portal-page']),
});

export const JourneyRecordSchema = z.object({
  ...base,
  type: z.literal('journey'),
  durationMs: ms,
  /** Time spent on each step of the portal's stepper, in order of first visit. */
  steps: z.array(z.object({ index: z.number().check(z.int(), z.minimum(0)), ms })).check(z.maxLength(50)),
  timeToFirstSubmitMs: z.nullable(ms),
  submits: z.number().check(z.int(), z.minimum(0)),
  guide: z.nullable(z.enum(['completed', 'exited', 'failed'])),
  outcome: z.enum(['submitted', 'abandoned']),
});

export const TimingRecordSchema = z.discriminatedUnion('type', [PageRecordSchema, UploadRecordSchema, SubmitRecordSchema, HangRecordSchema, ErrorRecordSchema, JourneyRecordSchema]);

export type TimingRecord = z.infer<typeof TimingRecordSchema>;
export type PageRecord = z.infer<typeof PageRecordSchema>;
export type UploadRecord = z.infer<typeof UploadRecordSchema>;
export type SubmitRecord = z.infer<typeof SubmitRecordSchema>;
export type HangRecord = z.infer<typeof HangRecordSchema>;
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;
export type JourneyRecord = z.infer<typeof JourneyRecordSchema>;

/**
 * What a content script may send (its events, without the host, which the background takes from
 * the sender): checked field by field, so a page can never make the store hold anything else.
 */
const shortMs = z.nullable(z.number().check(z.minimum(0), z.maximum(24 * 3600 * 1000)));
export const ContentTimingEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page'), portal: z.enum(PORTALS), kind: z.enum(KINDS), code, step: z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(99))) }),
  z.object({
    type: z.literal('nav'),
    portal: z.enum(PORTALS),
    kind: z.enum(KINDS),
    code,
    nav: z.enum(['load', 'route']),
    ttfbMs: shortMs,
    domContentLoadedMs: shortMs,
    loadMs: shortMs,
    formReadyMs: shortMs,
    longTasks: z.number().check(z.int(), z.minimum(0), z.maximum(100_000)),
    longTaskMs: ms,
  }),
  z.object({ type: z.literal('upload-bytes'), bytes: z.number().check(z.int(), z.minimum(0)), files: z.number().check(z.int(), z.minimum(0), z.maximum(999)), slot: z.optional(z.nullable(z.number().check(z.int(), z.minimum(1), z.maximum(200)))) }),
  z.object({ type: z.literal('submit-click') }),
  z.object({ type: z.literal('portal-error'), cause: z.optional(z.literal('payment')) }),
]);

export const EXPORT_FORMAT = 'dvc-companion/timings';

export const TimingsExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: z.number(),
  records: z.array(z.unknown()),
});
