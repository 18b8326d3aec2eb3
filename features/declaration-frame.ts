/**
 * The MoJ wizard's declaration frame reports its fields through the background
 * (entrypoints/eform.content.tsx); the wizard page keeps the latest report from the first one on,
 * so a guide started later can point into the frame at once.
 */
import { defineFeature } from '../lib/features/define-feature';
import { onTabMessage, sendMessage } from '../lib/messaging/resident-wire';
import { DeclarationFrame } from '../lib/page/frame-fields';
import { onPortal } from '../lib/portals/page-predicates';

export default defineFeature({
  id: 'declaration-frame',
  runsOn: onPortal('moj'),
  init(signal, page) {
    const frame = new DeclarationFrame(document, (slug) => void sendMessage('eform/reveal', slug).catch(() => undefined));
    const stops = [onTabMessage('tab/eform-report', ({ data }) => frame.update(data)), onTabMessage('tab/eform-filled', ({ data }) => frame.filled(data))];
    page.shared.declaration.set(frame);
    signal.addEventListener('abort', () => {
      stops.forEach((stop) => stop());
      page.shared.declaration.set(null);
    }, { once: true });
  },
});
