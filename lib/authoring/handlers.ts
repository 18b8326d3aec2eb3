/** The authoring pillar's messages: drafts, the step editor's edits, the preview, authoring on and off per tab. */
import { browser } from 'wxt/browser';
import { MAX_PACK_BYTES } from '../guides/pack';
import type { BackgroundServices, Handlers } from '../messaging/handlers';
import { sendToTab } from '../messaging/tab-protocol';
import { isProcedureCode } from '../text/procedure-code';
import { authoringTabLoaded, authoringTabs, previewOn, setPreview, startAuthoring, stopAuthoring } from './authoring-tabs';
import { updateStep } from './draft';
import { currentOrNewDraft, draftById, isDraft, onAnyDraftSaved, saveDraft, type SaveResult } from './draft-store';
import { StepPatchSchema } from './step-options';

export function authoringHandlers(services: BackgroundServices): Handlers<
  | 'authoring/start'
  | 'authoring/stop'
  | 'authoring/open-drafts'
  | 'authoring/draft-current'
  | 'authoring/draft-save'
  | 'authoring/draft-get'
  | 'authoring/step-update'
  | 'authoring/preview-set'
  | 'authoring/preview-get'
> {
  let draftUpdates: Promise<void> = Promise.resolve();
  // A draft saved by the drafts page or the step editor reaches the panels that show it.
  onAnyDraftSaved((draft) => {
    void authoringTabs().then((ids) => ids.forEach((id) => void sendToTab('tab/draft', draft, id).catch(() => undefined)));
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'complete') void authoringTabLoaded(tabId);
  });
  return {
    'authoring/start': (tabId) => (typeof tabId === 'number' ? startAuthoring(tabId) : { ok: false }),
    'authoring/stop': async (_data, sender) => {
      if (sender.tab?.id !== undefined) await stopAuthoring(sender.tab.id);
    },
    'authoring/open-drafts': (_data, sender) => services.openOurPage('/drafts.html', sender),
    'authoring/draft-current': async (data) => currentOrNewDraft(Date.now(), typeof data === 'string' && isProcedureCode(data) ? data : ''),
    'authoring/draft-save': async (data) => {
      // A draft is a few KB; the panel may save on every keystroke of the author's, never a megabyte.
      if (!isDraft(data) || JSON.stringify(data).length > MAX_PACK_BYTES) return { ok: false, reason: 'other' } as const;
      return saveDraft(data);
    },
    'authoring/draft-get': (data) => (typeof data === 'string' ? draftById(data) : null),
    'authoring/step-update': (data) => {
      const q = data as { draftId?: unknown; stepId?: unknown; patch?: unknown } | null;
      // One keystroke, one update: applied in order to the stored draft, so neither a faster later
      // keystroke nor a reorder or delete made in the panel meanwhile is lost.
      const run = draftUpdates.then(async (): Promise<SaveResult> => {
        const patch = StepPatchSchema.safeParse(q?.patch);
        const draft = typeof q?.draftId === 'string' ? await draftById(q.draftId) : null;
        if (!patch.success || !draft || !draft.steps.some((s) => s.id === q!.stepId)) return { ok: false, reason: 'other' };
        return saveDraft(updateStep(draft, q!.stepId as string, patch.data, Date.now()));
      });
      draftUpdates = run.then(() => undefined, () => undefined);
      return run;
    },
    'authoring/preview-set': async (data, sender) => {
      const r = await setPreview(data);
      if (r.ok && sender.tab?.id !== undefined) await sendToTab('tab/preview', { procedureCode: r.procedureCode }, sender.tab.id).catch(() => undefined);
      return { ok: r.ok };
    },
    'authoring/preview-get': () => previewOn(),
  };
}
