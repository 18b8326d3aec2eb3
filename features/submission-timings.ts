/** The page half of the submission timings (lib/timings/recorder-page.ts): small events to the background. */
import { defineFeature } from '../lib/features/define-feature';
import { sendMessage } from '../lib/messaging/protocol';
import { anyPortalPage } from '../lib/portals/page-predicates';
import { PageTimer } from '../lib/timings/recorder-page';

export default defineFeature({
  id: 'submission-timings',
  runsOn: anyPortalPage,
  init(signal, page) {
    // A restarting background loses only one event.
    const timer = new PageTimer(window, page.adapter.id, (e) => void sendMessage('timings/event', e).catch(() => undefined), signal);
    page.onReading((r) => timer.onReading(r), signal);
    page.onRoute(() => timer.routeChanged(), signal);
  },
});
