import type { PageSummary } from '../portals/types';

/** What was recognised on a tab, as the background keeps it for the popup and the dashboard. */
export interface RecognisedPage {
  at: number;
  tabId: number;
  /** Host only: no path, query or fragment is kept (they can carry ids). */
  host: string;
  summary: PageSummary;
}
