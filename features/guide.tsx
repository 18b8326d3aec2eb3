/**
 * The step-by-step guide: its card beside the portal's real element, the papers list, resume
 * after a reload or a redirect, and guide authoring's preview. On demand: the companion loads when
 * the person starts a guide from the panel, when one resumes (features/guide-resume.ts), or when a
 * draft is put up for preview (features/authoring-preview.ts).
 */
import { render } from 'preact';
import { GuideOverlay, GUIDE_OVERLAY_CSS } from '../components/GuideOverlay';
import { defineFeature } from '../lib/features/define-feature';
import { checklist, localized } from '../lib/guides/checklist';
import { answersFromCase, guideStartsOn, keepsState, resumeGuide, startGuide } from '../lib/guides/engine';
import { GuideSession, type GuideRenderModel } from '../lib/guides/guide-session';
import { plainText } from '../lib/guides/markup';
import type { LoadedPack } from '../lib/guides/pack-store';
import { placeCard } from '../lib/guides/placement';
import { contentTranslator } from '../lib/i18n/content-t';
import { DEFAULT_SETTINGS, sendMessage, settingsFrom, type Settings } from '../lib/messaging/protocol';
import { onTabMessage } from '../lib/messaging/tab-protocol';
import { anyPortalPage } from '../lib/portals/page-predicates';

/** How long a step waits for its target before showing the unanchored card. */
const TARGET_TIMEOUT_MS = 8000;

export default defineFeature({
  id: 'guide',
  // Anywhere on the portal: a running guide follows the person through pages it does not recognise.
  runsOn: anyPortalPage,
  init(signal, page) {
    const t = contentTranslator(page.lang);
    const lang = page.lang;
    const adapter = page.adapter;
    const { guideShown, guideOffer, preview, declaration } = page.shared;
    let pack: LoadedPack | null = null;
    let packCode: string | null = null;
    let session: GuideSession | null = null;
    let model: GuideRenderModel | null = null;
    let cardSize = { width: 360, height: 220 };
    let checklistOpen = false;
    let focusCard = false;
    let settings: Settings = DEFAULT_SETTINGS;
    let previewCode: string | null = null;
    let previewSeq = 0;

    const paint = () => {
      const shadowFocused = Boolean(page.overlay.shadow?.activeElement);
      const m = model;
      const p = pack;
      render(
        m && p ? (
          <GuideOverlay
            title={localized(p.title, lang)}
            originNote={p.origin === 'imported' ? t('guideImported') : null}
            text={localized(m.view.step.text, lang)}
            announce={`${t('guideStepOf', m.view.index, m.view.count)}. ${plainText(localized(m.view.step.text, lang))}`}
            question={m.view.question ? localized(p.questions!.find((q) => q.id === m.view.question)!.text, lang) : null}
            degraded={m.view.degraded}
            waiting={m.waiting}
            isFirst={m.view.isFirst}
            isLast={m.view.isLast}
            target={m.target}
            card={placeCard(m.view.degraded ? null : m.target, { width: innerWidth, height: innerHeight }, cardSize, { opensBelow: m.view.step.action === 'choose' })}
            checklist={checklist(p.papers, m.state.answers, t, lang)}
            checklistOpen={checklistOpen}
            largeText={settings.mode === 'citizen'}
            focusCard={focusCard || shadowFocused}
            labels={{
              step: t('guideStepOf', m.view.index, m.view.count),
              next: t('guideNext'),
              finish: t('guideFinish'),
              back: t('guideBack'),
              exit: t('guideExit'),
              papers: t('guidePapers'),
              degraded: t('guideDegraded'),
              waiting: t('guideWaiting'),
              yes: t('guideYes'),
              no: t('guideNo'),
              printChecklist: t('guidePrintChecklist'),
            }}
            onPrintChecklist={() => void sendMessage('guides/open-checklist', p.procedureCode).catch(() => undefined)}
            onNext={() => session?.dispatch({ type: 'next' })}
            onBack={() => session?.dispatch({ type: 'back' })}
            onExit={() => session?.dispatch({ type: 'exit' })}
            onAnswer={(value) => m.view.question && session?.dispatch({ type: 'answer', question: m.view.question, value })}
            onToggleChecklist={() => {
              checklistOpen = !checklistOpen;
              slot.paint();
            }}
            onCardSize={(size) => {
              if (size.width === cardSize.width && size.height === cardSize.height) return;
              cardSize = size;
              slot.paint();
            }}
          />
        ) : null,
        slot.container,
      );
      focusCard = false;
    };
    const slot = page.overlay.slot('guide', GUIDE_OVERLAY_CSS, paint);

    /** What the launcher and the panel need to know: is a card up, can a guide start here. */
    const tell = () => {
      const shown = Boolean(model && pack);
      if (guideShown.get() !== shown) guideShown.set(shown);
      const canStart = !session && pack && page.summary && guideStartsOn(pack, adapter.id, page.summary.kind);
      const offered = guideOffer.get();
      if (!canStart) {
        if (offered) guideOffer.set(null);
        return;
      }
      const label = t('guideStart', localized(pack!.title, lang));
      if (offered?.label !== label) guideOffer.set({ label, start: () => startSession(true) });
    };

    function startSession(byPerson: boolean, saved: Parameters<typeof resumeGuide>[1] = null) {
      if (!pack || !page.summary || session) return;
      const state = saved ? resumeGuide(pack, saved, adapter.id, Date.now()) : startGuide(pack, adapter.id, Date.now());
      if (!state) return;
      const code = pack.procedureCode;
      if (page.shared.panel.get().open) page.shared.panel.set({ open: false, focusFinding: null });
      focusCard = byPerson;
      // Counter staff work from the papers list while talking to the citizen: open it from the start.
      checklistOpen = settings.mode === 'staff';
      const frames = declaration.get();
      session = new GuideSession({
        pack,
        adapter,
        win: window,
        state,
        targetTimeoutMs: TARGET_TIMEOUT_MS,
        ...(frames ? { frames } : {}),
        reads: page.reads,
        now: () => Date.now(),
        save: (s) => void sendMessage('guides/state-save', { procedureCode: code, state: keepsState(s) ? s : null }).catch(() => undefined),
        report: (o) => void sendMessage('guides/outcome', o).catch(() => undefined),
        render: (m) => {
          model = m;
          tell();
          slot.paint();
        },
        onEnd: () => {
          session = null;
          model = null;
          tell();
          slot.paint();
        },
      });
    }

    const loadPack = async (code: string) => {
      if (packCode === code) return;
      packCode = code;
      pack = await sendMessage('guides/pack', { procedureCode: code, portal: adapter.id }).catch(() => null);
      if (signal.aborted) return;
      tell();
      if (!pack || session) return;
      // A guide that was running in this tab before a reload or a portal redirect picks up where it was.
      const saved = await sendMessage('guides/state-load', code).catch(() => null);
      if (saved && keepsState(saved) && page.summary && guideStartsOn(pack, adapter.id, page.summary.kind)) startSession(false, saved);
    };

    /** A draft was put up (run it now, as the person would see it) or taken down (back to this page's own pack). */
    const previewChanged = async (code: string | null) => {
      session?.stop();
      session = null;
      model = null;
      packCode = null;
      // The preview's place in its steps must not be resumed as the page's own guide later.
      if (previewCode) await sendMessage('guides/state-save', { procedureCode: previewCode, state: null }).catch(() => undefined);
      previewCode = code;
      if (previewCode) void loadPack(previewCode).then(() => startSession(true));
      else if (page.summary?.procedureCode) void loadPack(page.summary.procedureCode);
      tell();
      slot.paint();
    };
    const onPreview = (p: { procedureCode: string | null; seq: number } | null) => {
      if (!p || p.seq <= previewSeq) return;
      previewSeq = p.seq;
      void previewChanged(p.procedureCode);
    };
    preview.watch(onPreview, signal);

    // Settings come from the background (content scripts cannot read extension storage), and follow the popup.
    void sendMessage('settings/get', undefined).then((s) => {
      settings = settingsFrom(s);
      slot.paint();
    }).catch(() => undefined);
    const stopSettings = onTabMessage('tab/settings', ({ data }) => {
      settings = settingsFrom(data);
      slot.paint();
    });

    page.onReading((r) => {
      session?.pageChanged(page.routeChanged);
      if (session) session.pageAnswers(answersFromCase(session.pack, r.portalCase));
      const code = page.summary?.procedureCode;
      if (code) void loadPack(code);
      tell();
      slot.paint();
    }, signal);
    // A draft put up before the companion was here.
    onPreview(preview.get());

    signal.addEventListener('abort', () => {
      stopSettings();
      session?.stop();
      session = null;
      model = null;
      render(null, slot.container);
      slot.release();
      if (guideShown.get()) guideShown.set(false);
      if (guideOffer.get()) guideOffer.set(null);
    }, { once: true });
  },
});
