/**
 * One feature, one file, one declaration (features/<id>.ts): where it runs and how it starts. The
 * runner (run-features.ts) starts it on the pages its predicate accepts and aborts its signal when
 * the page no longer does; everything the feature sets up hangs on that signal.
 */
import type { PageFacts } from '../portals/page-predicates';
import type { PageHub } from './page-hub';

export interface Feature {
  id: string;
  /** Named predicates from lib/portals/page-predicates.ts. */
  runsOn(page: PageFacts): boolean;
  init(signal: AbortSignal, page: PageHub): void | Promise<void>;
}

export function defineFeature(feature: Feature): Feature {
  return feature;
}
