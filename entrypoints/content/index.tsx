import { render } from 'preact';
import { browser } from 'wxt/browser';
import { AddressHintCard, ADDRESS_HINT_CSS } from '../../components/AddressHintCard';
import { GuideOverlay, GUIDE_OVERLAY_CSS } from '../../components/GuideOverlay';
import { watchAddressFields, type AddressHint } from '../../lib/admin-units/address-hints';
import { freeTextAddressFields } from '../../lib/portals/address-fields';
import { PagePanel, PAGE_PANEL_CSS } from '../../components/PagePanel';
import { checklist, localized } from '../../lib/guides/checklist';
import { resumeGuide, startGuide } from '../../lib/guides/engine';
import { GuideSession, type GuideRenderModel } from '../../lib/guides/guide-session';
import type { GuidePack } from '../../lib/guides/pack.schema';
import { placeCard } from '../../lib/guides/placement';
import { plainText } from '../../lib/guides/markup';
import { t } from '../../lib/i18n/t';
import { DEFAULT_SETTINGS, sendMessage, type Settings } from '../../lib/messaging/protocol';
import { describePage } from '../../lib/page/describe';
import { watchPage } from '../../lib/page/watch-page';
import { SUPPORTED_HOSTS, matchPattern } from '../../lib/portals/hosts';
import { adapterFor, readPage } from '../../lib/portals/registry';
import { summarize, type PageReading, type PageSummary } from '../../lib/portals/types';

const UI_NAME = 'dvc-companion';
/** How long a step waits for its target before showing the unanchored card. */
const TARGET_TIMEOUT_MS = 8000;
/** Page kinds where a guide's steps live (filing happens there). */
const GUIDE_PAGES = new Set(['filing-form', 'upload', 'receipt']);

export default defineContentScript({
  // Provinces the user adds at run time are registered by the background with this same file.
  matches: SUPPORTED_HOSTS.map(matchPattern),
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = adapterFor(location.hostname);
    if (!adapter) return;
    const lang = browser.i18n.getUILanguage();

    let summary: PageSummary | null = null;
    let expanded = false;
    let ui: Awaited<ReturnType<typeof createShadowRootUi<void>>> | null = null;
    let mounting: Promise<void> | null = null;
    let pack: GuidePack | null = null;
    let packCode: string | null = null;
    let session: GuideSession | null = null;
    let model: GuideRenderModel | null = null;
    let cardSize = { width: 360, height: 220 };
    let checklistOpen = false;
    let focusCard = false;
    let routeKey = '';
    let settings: Settings = DEFAULT_SETTINGS;
    let reading: PageReading | null = null;
    let hint: AddressHint | null = null;
    const labels = {
      launcher: t('launcherLabel'),
      title: t('panelTitle'),
      recognised: t('panelRecognised'),
      lookup: t('panelLookup'),
    };

    // One render per tick, never from inside another render's effects: Preact roots must not be
    // re-entered (doing so left a second overlay behind).
    let paintQueued = false;
    const paint = () => {
      if (paintQueued) return;
      paintQueued = true;
      queueMicrotask(() => {
        paintQueued = false;
        paintNow();
      });
    };
    const paintNow = () => {
      if (!ui) return;
      const shadowFocused = Boolean(ui.shadow.activeElement);
      const guide = model && pack;
      const canStart = !session && pack && summary && GUIDE_PAGES.has(summary.kind);
      render(
        <div class="dvc-ui">
          {summary && !guide && (
            <PagePanel
              description={describePage(summary, location.hostname, t)}
              expanded={expanded}
              labels={labels}
              guideLabel={canStart ? t('guideStart', localized(pack!.title, lang)) : null}
              onToggle={() => {
                expanded = !expanded;
                paint();
              }}
              onStartGuide={() => startSession(true)}
              onOpenLookup={() => void sendMessage('lookup/open', undefined).catch(() => undefined)}
            />
          )}
          {model && pack && (
            <GuideOverlay
              title={localized(pack.title, lang)}
              text={localized(model.view.step.text, lang)}
              announce={`${t('guideStepOf', model.view.index, model.view.count)}. ${plainText(localized(model.view.step.text, lang))}`}
              question={model.view.question ? localized(pack.questions!.find((q) => q.id === model!.view.question)!.text, lang) : null}
              degraded={model.view.degraded}
              waiting={model.waiting}
              isFirst={model.view.isFirst}
              isLast={model.view.isLast}
              target={model.target}
              card={placeCard(model.view.degraded ? null : model.target, { width: innerWidth, height: innerHeight }, cardSize)}
              checklist={checklist(pack.papers, model.state.answers, t, lang)}
              checklistOpen={checklistOpen}
              largeText={settings.mode === 'citizen'}
              focusCard={focusCard || shadowFocused}
              labels={{
                step: t('guideStepOf', model.view.index, model.view.count),
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
              onPrintChecklist={() => void sendMessage('guides/open-checklist', pack!.procedureCode).catch(() => undefined)}
              onNext={() => session?.dispatch({ type: 'next' })}
              onBack={() => session?.dispatch({ type: 'back' })}
              onExit={() => session?.dispatch({ type: 'exit' })}
              onAnswer={(value) => model?.view.question && session?.dispatch({ type: 'answer', question: model.view.question, value })}
              onToggleChecklist={() => {
                checklistOpen = !checklistOpen;
                paint();
              }}
              onCardSize={(size) => {
                if (size.width === cardSize.width && size.height === cardSize.height) return;
                cardSize = size;
                paint();
              }}
            />
          )}
          {hint && hint.field.isConnected && (
            <AddressHintCard
              suggestion={hint.suggestion}
              position={(() => {
                const r = hint.field.getBoundingClientRect();
                return { top: Math.min(r.bottom + 6, innerHeight - 150), left: Math.max(8, Math.min(r.left, innerWidth - 430)) };
              })()}
              labels={{
                heading: t('hintHeading'),
                nowIn: t('lookupNowIn'),
                basis: (res, clause) => (clause === null ? t('lookupBasisNoClause', res) : t('lookupBasis', res, clause)),
                open: t('hintOpen'),
                close: t('hintClose'),
              }}
              onOpen={() => void sendMessage('lookup/open', undefined).catch(() => undefined)}
              onClose={() => {
                if (hint) hints.dismiss(hint.field);
                hint = null;
                paint();
              }}
            />
          )}
        </div>,
        ui.uiContainer,
      );
      focusCard = false;
    };

    const ensureUi = async () => {
      mounting ??= createShadowRootUi(ctx, {
        name: UI_NAME,
        position: 'inline',
        anchor: 'body',
        css: PAGE_PANEL_CSS + GUIDE_OVERLAY_CSS + ADDRESS_HINT_CSS,
        // Keys, clicks and focus moves in our UI must not reach the portal's own handlers.
        isolateEvents: ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'focusin', 'focusout', 'input', 'change'],
        onMount: () => {},
        onRemove: () => {
          if (ui) render(null, ui.uiContainer);
        },
      }).then((created) => {
        ui = created;
      });
      await mounting;
      if (ui && !ui.shadowHost.isConnected) ui.mount();
    };

    function startSession(byPerson: boolean, saved: Parameters<typeof resumeGuide>[1] = null) {
      if (!pack || !summary || session) return;
      const state = saved ? resumeGuide(pack, saved, adapter!.id, Date.now()) : startGuide(pack, adapter!.id, Date.now());
      if (!state) return;
      const code = pack.procedureCode;
      expanded = false;
      focusCard = byPerson;
      // Counter staff work from the papers list while talking to the citizen: open it from the start.
      checklistOpen = settings.mode === 'staff';
      session = new GuideSession({
        pack,
        adapter: adapter!,
        win: window,
        state,
        targetTimeoutMs: TARGET_TIMEOUT_MS,
        now: () => Date.now(),
        save: (s) => void sendMessage('guides/state-save', { procedureCode: code, state: s.status === 'running' ? s : null }).catch(() => undefined),
        report: (o) => void sendMessage('guides/outcome', o).catch(() => undefined),
        render: (m) => {
          model = m;
          void ensureUi().then(paint);
        },
        onEnd: () => {
          session = null;
          model = null;
          void ensureUi().then(paint);
        },
      });
    }

    const loadPack = async (code: string) => {
      if (packCode === code) return;
      packCode = code;
      pack = await sendMessage('guides/pack', { procedureCode: code, portal: adapter.id }).catch(() => null);
      if (!pack || session) return;
      // A guide that was running in this tab before a reload or a portal redirect picks up where it was.
      const saved = await sendMessage('guides/state-load', code).catch(() => null);
      if (saved && saved.status === 'running' && summary && GUIDE_PAGES.has(summary.kind)) startSession(false, saved);
      else paint();
    };

    const readSettings = (value: unknown) => {
      const mode = (value as Partial<Settings> | undefined)?.mode;
      settings = { mode: mode === 'citizen' ? 'citizen' : 'staff' };
    };
    void browser.storage.local.get('settings').then((s) => readSettings(s.settings));
    const onSettings = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !changes.settings) return;
      readSettings(changes.settings.newValue);
      paint();
    };
    browser.storage.onChanged.addListener(onSettings);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onSettings));

    const watch = watchPage(adapter, window, {
      signal: ctx.signal,
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      isOwnNode: (node) => node instanceof Element && node.tagName.toLowerCase() === UI_NAME,
      onReading: (r) => {
        reading = r;
        const next = summarize(r);
        const recognised = next.kind !== 'other';
        summary = recognised ? next : null;
        sendMessage('page/recognised', summary).catch(() => {
          /* the background may be restarting; the next reading will report again */
        });
        const key = `${location.pathname}${location.hash}|${next.kind}|${next.step?.index ?? ''}`;
        const routeChanged = routeKey !== '' && key !== routeKey;
        routeKey = key;
        session?.pageChanged(routeChanged);
        if (recognised && next.procedureCode) void loadPack(next.procedureCode);
        if (recognised || session) void ensureUi().then(paint);
        else if (ui?.shadowHost.isConnected) ui.remove();
      },
    });
    const hints = watchAddressFields(window, {
      signal: ctx.signal,
      fields: (typingIn) => {
        if (!reading || !summary || !GUIDE_PAGES.has(summary.kind)) return [];
        // A field the last reading does not know (rendered since, or re-rendered): read the page again.
        const known = reading.fields.some((f) => f.node === typingIn && f.node.isConnected);
        if (typingIn && !known) reading = readPage(adapter, new URL(location.href), document);
        return freeTextAddressFields(reading).map((f) => f.node);
      },
      ask: (typed) => sendMessage('lookup/suggest', typed).catch(() => null),
      onHint: (h) => {
        hint = h;
        if (h) void ensureUi().then(paint);
        else paint();
      },
    });
    ctx.addEventListener(window, 'scroll', () => hint && paint(), { capture: true, passive: true });

    // pushState routes that change nothing in the DOM right away still get a fresh reading.
    ctx.addEventListener(window, 'wxt:locationchange', () => watch.refresh());
    ctx.onInvalidated(() => session?.stop());
  },
});
