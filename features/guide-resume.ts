/**
 * A guide that was running in this tab before a reload or a portal redirect picks up where it was:
 * the resident part only asks whether one was, and loads the companion (features/guide.tsx) if so.
 */
import { defineFeature } from '../lib/features/define-feature';
import { sendMessage } from '../lib/messaging/protocol';
import { namesProcedure } from '../lib/portals/page-predicates';

export default defineFeature({
  id: 'guide-resume',
  runsOn: namesProcedure,
  init(signal, page) {
    let asked: string | null = null;
    const ask = () => {
      const code = page.summary?.procedureCode;
      if (!code || code === asked || page.companionStarted) return;
      asked = code;
      void sendMessage('guides/state-load', code)
        .then((saved) => {
          if (saved && !signal.aborted) void page.companion();
        })
        .catch(() => {
          asked = null;
        });
    };
    page.onReading(ask, signal);
  },
});
