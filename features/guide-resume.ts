/**
 * A guide that was running in this tab before a reload or a portal redirect picks up where it was:
 * the resident part only asks whether one was, and loads the companion (features/guide.tsx) if so.
 */
import { defineFeature } from '../lib/features/define-feature';
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
      page.report({ guide: { procedureCode: code } }, (answer) => {
        if (!answer) asked = null;
        else if (answer.resumable && !signal.aborted) void page.companion();
      });
    };
    page.onReading(ask, signal);
  },
});
