/**
 * Guide authoring's preview: the authoring panel put a draft up in this tab (run it now, as the
 * person would see it) or took it down. The resident part hears it and hands it to the companion's
 * guide (features/guide.tsx), loading the companion first.
 */
import { defineFeature } from '../lib/features/define-feature';
import { onTabMessage } from '../lib/messaging/resident-wire';
import { anyPortalPage } from '../lib/portals/page-predicates';

export default defineFeature({
  id: 'authoring-preview',
  runsOn: anyPortalPage,
  init(signal, page) {
    const { preview } = page.shared;
    let seq = 0;
    const stop = onTabMessage('tab/preview', ({ data }) => {
      preview.set({ procedureCode: typeof data?.procedureCode === 'string' ? data.procedureCode : null, seq: ++seq });
      void page.companion();
    });
    signal.addEventListener('abort', stop, { once: true });
  },
});
