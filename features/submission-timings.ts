/** The page half of the submission timings (lib/timings/recorder-page.ts): small events to the background. */
import { defineFeature } from '../lib/features/define-feature';
import { sendMessage } from '../lib/messaging/resident-wire';
import { anyPortalPage } from '../lib/portals/page-predicates';
import type { ContentTimingEvent } from '../lib/timings/journey';
import { PageTimer } from '../lib/timings/recorder-page';

export default defineFeature({
  id: 'submission-timings',
  runsOn: anyPortalPage,
  init(signal, page) {
    // The events of one task go in one message; a restarting background loses only those.
    let batch: ContentTimingEvent[] = [];
    const send = (e: ContentTimingEvent) => {
      batch.push(e);
      if (batch.length > 1) return;
      queueMicrotask(() => {
        const events = batch;
        batch = [];
        void sendMessage('timings/events', events).catch(() => undefined);
      });
    };
    const timer = new PageTimer(window, page.adapter.id, send, signal);
    page.onReading((r) => timer.onReading(r), signal);
    page.onRoute(() => timer.routeChanged(), signal);
  },
});
