/**
 * Where things run, in words: every feature declares its pages with these (features/index.ts).
 * The one place that says which kinds of page count as filing pages or are checked.
 */
import type { PageKind, PageSummary, PortalId } from './types';

/** What a feature's predicate is given: the latest summary of the page (null: not recognised). */
export interface PageFacts {
  summary: PageSummary | null;
  portal: PortalId;
}

/** The pages where the person fills and sends the dossier. */
export const FILING_PAGES: ReadonlySet<PageKind | string> = new Set<PageKind>(['filing-form', 'upload', 'receipt']);

/** Any page of a portal we run on, recognised or not. */
export const anyPortalPage = (_: PageFacts): boolean => true;
/** A page the adapter recognised (not "other"). */
export const isRecognised = (p: PageFacts): boolean => p.summary !== null && p.summary.kind !== 'other';
/** A page where the dossier is filled, uploaded or sent. */
export const isFilingPage = (p: PageFacts): boolean => p.summary !== null && FILING_PAGES.has(p.summary.kind);
/** A page whose requested papers and fields the once-only check reads: every recognised page. */
export const isCheckedPage = isRecognised;
/** A page that names its procedure by code (where a guide can be found or resumed). */
export const namesProcedure = (p: PageFacts): boolean => isRecognised(p) && Boolean(p.summary!.procedureCode);
/** Pages of one portal (the MoJ wizard talks to its declaration frame). */
export const onPortal = (portal: PortalId) => (p: PageFacts): boolean => p.portal === portal;
