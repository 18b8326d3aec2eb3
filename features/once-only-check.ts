/**
 * Once-only check, the resident half: asks the background about the page's labels when they
 * change (new rows, a new step, a lazy tab), in the reading's one message, and keeps the findings for the launcher's count and the
 * badges (once-only-badges.ts). The list is the panel's (page-panel.tsx, in the companion).
 */
import { defineFeature } from '../lib/features/define-feature';
import { pageRequests, PublishedList } from '../lib/once-only/page-items';
import { isCheckedPage } from '../lib/portals/page-predicates';
import type { PageReading } from '../lib/portals/types';

export default defineFeature({
  id: 'once-only-check',
  runsOn: isCheckedPage,
  init(signal, page) {
    const { findings } = page.shared;
    // Rows the person adds to the portal's list: checked and shown, but their words are never kept.
    const publishedList = new PublishedList();
    let signature = '';
    const check = (r: PageReading) => {
      const added = publishedList.personAdded(location.pathname + location.hash, r.dossierComponents.map((c) => c.title), Date.now());
      const req = pageRequests(r, added);
      if (req.signature === signature) {
        // The same labels on re-rendered elements: the badges follow the new ones.
        if (findings.get().views.length) findings.set({ views: findings.get().views, anchors: req.anchors });
        return;
      }
      signature = req.signature;
      if (!req.items.length) {
        if (findings.get().views.length) findings.set({ views: [], anchors: req.anchors });
        return;
      }
      const asked = signature;
      page.report({ onceOnly: { portal: page.adapter.id, procedureCode: r.procedureCode, procedureName: r.procedureName, lang: page.lang, items: req.items } }, (answer) => {
        // The background may be restarting: the next change of the page asks again.
        if (!answer) signature = '';
        if (!answer || asked !== signature || signal.aborted) return;
        const list = Array.isArray(answer.onceOnly) ? answer.onceOnly : [];
        findings.set({ views: list, anchors: req.anchors });
      });
    };
    page.onReading(check, signal);
    signal.addEventListener('abort', () => findings.get().views.length && findings.set({ views: [], anchors: new Map() }), { once: true });
  },
});
