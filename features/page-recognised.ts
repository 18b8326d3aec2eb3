/** Tells the background what this tab shows (the popup and the dashboard read it there), in the reading's one message. */
import { defineFeature } from '../lib/features/define-feature';
import { anyPortalPage } from '../lib/portals/page-predicates';

export default defineFeature({
  id: 'page-recognised',
  runsOn: anyPortalPage,
  init(signal, page) {
    // The background may be restarting: the next reading reports again.
    page.onReading(() => page.report({ summary: page.summary }), signal);
  },
});
