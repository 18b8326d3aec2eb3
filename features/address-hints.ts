/**
 * After-merger address help, the resident half: listens to the free-text address fields of a filing
 * form and asks the background whether what was typed is an old address. The card beside the
 * field is the companion's (address-hint-card.tsx).
 */
import { watchAddressFields } from '../lib/admin-units/address-hints';
import { defineFeature } from '../lib/features/define-feature';
import { sendMessage } from '../lib/messaging/resident-wire';
import { freeTextAddressFields } from '../lib/portals/address-fields';
import { isFilingPage } from '../lib/portals/page-predicates';

export default defineFeature({
  id: 'address-hints',
  runsOn: isFilingPage,
  init(signal, page) {
    const { hint } = page.shared;
    // A reading made for a field the page's latest reading did not know yet, kept for the next keys.
    let fresh: typeof page.reading = null;
    const knows = (r: typeof page.reading, field: Element | null) => Boolean(r && field && r.fields.some((f) => f.node === field && f.node.isConnected));
    const hints = watchAddressFields(window, {
      signal,
      fields: (typingIn) => {
        let reading = page.reading;
        if (!reading) return [];
        // A field the latest reading does not know (rendered since, or re-rendered): read the page again.
        if (typingIn && !knows(reading, typingIn)) reading = knows(fresh, typingIn) ? fresh! : (fresh = page.readNow());
        return freeTextAddressFields(reading).map((f) => f.node);
      },
      ask: (typed) => sendMessage('lookup/suggest', typed).catch(() => null),
      onHint: (h) => {
        hint.set(h ? { hint: h, dismiss: () => hints.dismiss(h.field) } : null);
        if (h) void page.companion();
      },
    });
    signal.addEventListener('abort', () => hint.get() && hint.set(null), { once: true });
  },
});
