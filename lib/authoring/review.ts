/**
 * Which steps of a pack still find their element on the portal page open now: after a portal
 * update an author sees the steps that need review instead of hearing about them from a citizen.
 * Only steps written for this portal and this kind of page are checked; a step whose element is
 * on the page but hidden (a later panel of the same stepper) is told apart from one that is gone.
 */
import { findTarget } from '../guides/anchor';
import { stepOnPage } from '../guides/engine';
import type { GuidePack } from '../guides/pack.schema';
import type { PageKind, PageReading, PortalAdapter } from '../portals/types';

export type StepReview =
  | { stepId: string; status: 'found'; via: 'key' | 'css' | 'label' }
  | { stepId: string; status: 'hidden' | 'missing' | 'elsewhere' };

export interface PackReview {
  procedureCode: string;
  portal: string;
  pageKind: PageKind;
  /** The page's procedure code, when it shows one: a review on another procedure's page means little. */
  pageCode: string | null;
  steps: StepReview[];
}

export function reviewPack(pack: GuidePack, adapter: PortalAdapter, reading: PageReading, doc: Document, url: URL): PackReview {
  const steps = pack.steps.map((step): StepReview => {
    if (!stepOnPage(step, pack.portals[0], adapter.id, reading.kind) || !step.target) return { stepId: step.id, status: 'elsewhere' };
    const hit = findTarget(step.target, adapter, doc, url);
    if (hit) return { stepId: step.id, status: 'found', via: hit.via };
    return { stepId: step.id, status: findTarget(step.target, adapter, doc, url, { includeHidden: true }) ? 'hidden' : 'missing' };
  });
  return { procedureCode: pack.procedureCode, portal: adapter.id, pageKind: reading.kind, pageCode: reading.procedureCode, steps };
}
