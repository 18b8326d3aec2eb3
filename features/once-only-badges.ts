/**
 * Once-only badges beside the rows and fields a finding is about; a badge opens the panel at its
 * finding. Resident and drawn with a few DOM calls: findings are common on detail pages, and
 * loading the companion only to draw badges cost more than the whole resident part (measured in
 * docs/bench.md, issue 22).
 */
import { defineFeature } from '../lib/features/define-feature';
import { residentTranslator } from '../lib/i18n/resident-t';
import { BADGE_CSS, placeBadge, type BadgePlacement } from '../lib/once-only/badge-place';
import { anchorCandidates, visibleBox } from '../lib/once-only/page-items';
import { badgeButtons } from '../lib/page/badge-buttons';
import { boxesAfterLayout } from '../lib/page/boxes';
import { isCheckedPage } from '../lib/portals/page-predicates';

export default defineFeature({
  id: 'once-only-badges',
  runsOn: isCheckedPage,
  init(signal, page) {
    const t = residentTranslator(page.lang);
    const { findings, panel } = page.shared;
    let badges: BadgePlacement[] = [];
    // Painted in a microtask (the overlay's scheduler), after the buttons exist.
    const slot = page.overlay.slot('once-only-badges', BADGE_CSS, () => buttons.draw(findings.get().views.length > 0 ? badges : [], t('onceOnlyBadgeText')));
    const buttons = badgeButtons(slot.container, (key) => {
      panel.set({ open: true, focusFinding: key });
      void page.companion();
    }, signal);

    function placements(boxes: Map<Element, DOMRectReadOnly>): BadgePlacement[] {
      const viewport = { width: innerWidth, height: innerHeight };
      const { views, anchors } = findings.get();
      const out: BadgePlacement[] = [];
      for (const v of views) {
        const el = anchors.get(v.key);
        const box = el && visibleBox(el, (n) => boxes.get(n));
        const at = box && placeBadge(box, viewport);
        if (at) out.push({ key: v.key, verdict: v.verdict, ...at, label: t('onceOnlyBadge', v.text) });
      }
      return out;
    }

    let placeAfterLoad = false;
    let measuring = false;
    let measureAgain = false;
    /**
     * Badge positions come from the browser's own next layout (boxesAfterLayout), never from a
     * layout forced in the middle of the portal's rendering.
     */
    function placeSoon() {
      if (placeAfterLoad || signal.aborted) return;
      if (measuring) {
        measureAgain = true;
        return;
      }
      // While the portal is still loading, badges wait for its load event.
      if (document.readyState !== 'complete') {
        placeAfterLoad = true;
        window.addEventListener('load', () => {
          placeAfterLoad = false;
          placeSoon();
        }, { once: true, signal });
        return;
      }
      const { views, anchors } = findings.get();
      const elements = views.map((v) => anchors.get(v.key)).filter((el): el is Element => Boolean(el?.isConnected));
      measuring = true;
      void boxesAfterLayout(window, elements.flatMap(anchorCandidates), signal).then((boxes) => {
        measuring = false;
        const next = placements(boxes);
        const same = next.length === badges.length && next.every((b, i) => b.key === badges[i]!.key && b.top === badges[i]!.top && b.left === badges[i]!.left && b.label === badges[i]!.label);
        if (!same) {
          badges = next;
          slot.paint();
        }
        if (measureAgain) {
          measureAgain = false;
          placeSoon();
        }
      });
    }

    findings.watch(() => {
      slot.paint();
      placeSoon();
    }, signal);
    page.onReading(() => findings.get().views.length && placeSoon(), signal);
    // Badges follow the page's elements as it scrolls or resizes.
    const follow = () => findings.get().views.length && placeSoon();
    window.addEventListener('scroll', follow, { capture: true, passive: true, signal });
    window.addEventListener('resize', follow, { passive: true, signal });
    // A portal tab or accordion that opens shows rows whose badges had no place: place them after the portal's own handler ran.
    document.addEventListener('click', follow, { capture: true, passive: true, signal });
    slot.paint();
    placeSoon();
    signal.addEventListener('abort', () => slot.release(), { once: true });
  },
});
