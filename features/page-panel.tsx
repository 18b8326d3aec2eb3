/**
 * The panel above the launcher: what was recognised, the guide to start, the once-only findings
 * with their explanations, and the after-merger look-up. On demand: loaded with the companion.
 */
import { render } from 'preact';
import { OnceOnlyList, ONCE_ONLY_CSS } from '../components/OnceOnly';
import { PagePanel, PAGE_PANEL_CSS } from '../components/PagePanel';
import { watchAll } from '../lib/features/channel';
import { defineFeature } from '../lib/features/define-feature';
import { contentTranslator } from '../lib/i18n/content-t';
import { sendMessage } from '../lib/messaging/protocol';
import type { OnceOnlyView } from '../lib/once-only/views';
import { describePage } from '../lib/page/describe';
import { DVCQG_FEEDBACK_URL } from '../lib/portals/dvcqg';
import { isRecognised } from '../lib/portals/page-predicates';

export default defineFeature({
  id: 'page-panel',
  runsOn: isRecognised,
  init(signal, page) {
    const t = contentTranslator(page.lang);
    const { panel, findings, guideShown, guideOffer, panelPlace } = page.shared;
    const labels = { title: t('panelTitle'), recognised: t('panelRecognised'), lookup: t('panelLookup') };
    let target: HTMLElement | null = null;
    let focusFinding: string | null = panel.get().focusFinding;
    let copyStatus = '';
    let manualCopyKey: string | null = null;

    async function copyReport(view: OnceOnlyView) {
      manualCopyKey = null;
      try {
        await navigator.clipboard.writeText(view.report);
        copyStatus = t('onceOnlyCopied');
      } catch {
        // Clipboard refused (permissions policy, an old browser): show the text to copy by hand.
        copyStatus = t('onceOnlyCopyFailed');
        manualCopyKey = view.key;
      }
      slot.paint();
    }

    const paint = () => {
      const place = panelPlace.get();
      if (place !== target) {
        if (target) render(null, target);
        target = place;
      }
      if (!target) return;
      const summary = page.summary;
      const views = findings.get().views;
      const offer = guideOffer.get();
      const shown = summary && panel.get().open && !guideShown.get();
      render(
        shown ? (
          <PagePanel
            description={describePage(summary, location.hostname, t)}
            labels={labels}
            guideLabel={offer?.label ?? null}
            onStartGuide={() => guideOffer.get()?.start()}
            onOpenLookup={() => void sendMessage('lookup/open', undefined).catch(() => undefined)}
          >
            {views.length > 0 && (
              <OnceOnlyList
                views={views}
                labels={{
                  heading: t('onceOnlyHeading', views.length),
                  shouldNot: t('onceOnlyShouldNot'),
                  conditional: t('onceOnlyConditional'),
                  wording: t('onceOnlyWording'),
                  database: t('onceOnlyDatabase'),
                  legal: t('onceOnlyLegal'),
                  caveat: t('onceOnlyCaveat'),
                  copy: t('onceOnlyCopy'),
                  feedback: t('onceOnlyFeedback'),
                  report: t('onceOnlyReport'),
                  addedByPerson: t('onceOnlyAddedByPerson'),
                }}
                feedbackUrl={DVCQG_FEEDBACK_URL}
                focusKey={focusFinding}
                status={copyStatus}
                manualCopyKey={manualCopyKey}
                onFocused={() => {
                  focusFinding = null;
                }}
                onCopy={(v) => void copyReport(v)}
                onOpenReport={() => void sendMessage('onceOnly/open-report', undefined).catch(() => undefined)}
              />
            )}
          </PagePanel>
        ) : null,
        target,
      );
    };
    const slot = page.overlay.slot('page-panel', PAGE_PANEL_CSS + ONCE_ONLY_CSS, paint);
    panel.watch((p) => {
      if (p.focusFinding) focusFinding = p.focusFinding;
      slot.paint();
    }, signal);
    watchAll([findings, guideShown, guideOffer, panelPlace], () => slot.paint(), signal);
    page.onReading(() => slot.paint(), signal);
    signal.addEventListener('abort', () => {
      if (target) render(null, target);
      slot.release();
    }, { once: true });
  },
});
