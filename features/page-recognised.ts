/** Tells the background what this tab shows (the popup and the dashboard read it there). */
import { defineFeature } from '../lib/features/define-feature';
import { sendMessage } from '../lib/messaging/protocol';
import { anyPortalPage } from '../lib/portals/page-predicates';

export default defineFeature({
  id: 'page-recognised',
  runsOn: anyPortalPage,
  init(signal, page) {
    const report = () =>
      void sendMessage('page/recognised', page.summary).catch(() => {
        /* the background may be restarting; the next reading will report again */
      });
    page.onReading(report, signal);
  },
});
