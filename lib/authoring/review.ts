/**
 * Which steps of a pack still find their element on the portal page open now: after a portal
 * update an author sees the steps that need review instead of hearing about them from a citizen.
 * Only steps written for this portal and this kind of page are checked; a step whose element is
 * on the page but hidden (a later panel of the same stepper) is told apart from one that is gone.
 */
import { findTarget } from '../guides/anchor';
import { FILING_PAGES, stepsFor } from '../guides/engine';
import type { GuidePack, GuideTarget } from '../guides/pack.schema';
import { textOf } from '../portals/dom';
import { slugOf } from '../portals/targets';
import type { PageReading, PortalAdapter } from '../portals/types';
import { normalize } from '../text/normalize';

export type StepReview =
  | { stepId: string; status: 'found'; via: 'key' | 'css' | 'label' }
  | { stepId: string; status: 'hidden' | 'missing' | 'elsewhere' };

export interface PackReview {
  procedureCode: string;
  portal: string;
  pageKind: string;
  /** The page's procedure code, when it shows one: a review on another procedure's page means little. */
  pageCode: string | null;
  steps: StepReview[];
}

/** Whether the element is on the page at all, shown or not. */
function presentAnywhere(target: GuideTarget, reading: PageReading, doc: Document): boolean {
  const slug = target.key.slice(target.key.indexOf(':') + 1);
  const kind = target.key.slice(0, target.key.indexOf(':'));
  if (kind === 'field' && reading.fields.some((f) => slugOf(f.label) === slug)) return true;
  if (kind === 'upload' && reading.uploadSlots.some((s) => slugOf(s.label).startsWith(slug))) return true;
  if (kind === 'component' && reading.dossierComponents.some((c) => slugOf(c.title).startsWith(slug))) return true;
  if (target.css) {
    try {
      if (doc.querySelector(target.css)) return true;
    } catch {
      // A selector this browser rejects counts as not found.
    }
  }
  if (target.label) {
    const want = normalize(target.label);
    return Array.from(doc.querySelectorAll('label, button, a, th, td, legend, h2, h3, h4')).some((el) => normalize(textOf(el, 200)) === want);
  }
  return false;
}

export function reviewPack(pack: GuidePack, adapter: PortalAdapter, reading: PageReading, doc: Document, url: URL): PackReview {
  const here = new Set(stepsFor(pack, adapter.id).map((s) => s.id));
  const steps = pack.steps.map((step): StepReview => {
    const onThisPage = here.has(step.id) && (step.page ? step.page === reading.kind : FILING_PAGES.has(reading.kind));
    if (!onThisPage || !step.target) return { stepId: step.id, status: 'elsewhere' };
    const hit = findTarget(step.target, adapter, doc, url);
    if (hit) return { stepId: step.id, status: 'found', via: hit.via };
    return { stepId: step.id, status: presentAnywhere(step.target, reading, doc) ? 'hidden' : 'missing' };
  });
  return { procedureCode: pack.procedureCode, portal: adapter.id, pageKind: reading.kind, pageCode: reading.procedureCode, steps };
}
