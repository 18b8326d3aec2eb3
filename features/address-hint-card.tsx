/** The after-merger hint card beside the address field being typed in (features/address-hints.ts finds it). */
import { render } from 'preact';
import { AddressHintBeside, ADDRESS_HINT_CSS } from '../components/AddressHintCard';
import { defineFeature } from '../lib/features/define-feature';
import { contentTranslator } from '../lib/i18n/content-t';
import { sendMessage } from '../lib/messaging/protocol';
import { isShown } from '../lib/portals/dom';
import { isFilingPage } from '../lib/portals/page-predicates';

export default defineFeature({
  id: 'address-hint-card',
  runsOn: isFilingPage,
  init(signal, page) {
    const t = contentTranslator(page.lang);
    const { hint } = page.shared;
    const paint = () => {
      const shown = hint.get();
      render(
        // Not drawn while its field is out of sight (a stepper's step the person has left): it would float over that step's own buttons.
        shown && shown.hint.field.isConnected && isShown(shown.hint.field) ? (
          <AddressHintBeside
            field={shown.hint.field}
            suggestion={shown.hint.suggestion}
            t={t}
            onOpen={() => void sendMessage('lookup/open', undefined).catch(() => undefined)}
            onClose={() => {
              shown.dismiss();
              hint.set(null);
            }}
          />
        ) : null,
        slot.container,
      );
    };
    const slot = page.overlay.slot('address-hint', ADDRESS_HINT_CSS, paint);
    // A stepper may hide the field's step and show it again by its classes alone, with no reading
    // in between: the field's own visibility is watched, so the card goes and comes back with it.
    const visibility = new IntersectionObserver(() => slot.paint());
    let watched: Element | null = null;
    const watchField = () => {
      const field = hint.get()?.hint.field ?? null;
      if (field === watched) return;
      if (watched) visibility.unobserve(watched);
      if (field) visibility.observe(field);
      watched = field;
    };
    hint.watch(() => {
      watchField();
      slot.paint();
    }, signal);
    watchField();
    page.onReading(() => slot.paint(), signal);
    // The card follows its field as the page scrolls or resizes.
    const follow = () => hint.get() && slot.paint();
    window.addEventListener('scroll', follow, { capture: true, passive: true, signal });
    window.addEventListener('resize', follow, { passive: true, signal });
    slot.paint();
    signal.addEventListener('abort', () => {
      visibility.disconnect();
      render(null, slot.container);
      slot.release();
    }, { once: true });
  },
});
