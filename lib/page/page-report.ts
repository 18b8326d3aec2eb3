/**
 * One message per page reading (issue 22 §3): what the resident features have to say about the
 * reading, put together by the page hub, and the background's one answer. Types only.
 */
import type { OnceOnlyRequest, OnceOnlyView } from '../once-only/views';
import type { PageSummary } from '../portals/types';

export interface PageReport {
  /** What was recognised (null: nothing), as `page/recognised`. */
  summary?: PageSummary | null;
  /** The page's labels, when they changed since the last check, as `onceOnly/check`. */
  onceOnly?: Omit<OnceOnlyRequest, 'host'>;
  /** Was a guide for this procedure running in this tab (to resume after a reload or redirect)? */
  guide?: { procedureCode: string };
}

export interface PageReportAnswer {
  onceOnly?: OnceOnlyView[];
  /** A guide's state is kept for this tab and procedure. */
  resumable?: boolean;
}
