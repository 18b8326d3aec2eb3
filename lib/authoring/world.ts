/**
 * What the authoring script leaves in the extension's world of a portal tab (not the page's), so
 * the background and the dashboard can find it there: shown again, or asked for a review.
 */
import type { GuidePack } from '../guides/pack.schema';
import type { PackReview } from './review';

export interface AuthoringApi {
  review(pack: GuidePack): PackReview | null;
  show(): void;
}

export type AuthoringWorld = typeof globalThis & {
  __dvcAuthoring?: AuthoringApi;
  /** Set just before the script runs: "review" runs it without its panel. */
  __dvcAuthoringMode?: 'panel' | 'review';
};
