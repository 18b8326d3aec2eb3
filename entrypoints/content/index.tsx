import { render } from 'preact';
import type { ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { browser } from 'wxt/browser';
import { AddressHintBeside, ADDRESS_HINT_CSS } from '../../components/AddressHintCard';
import { GuideOverlay, GUIDE_OVERLAY_CSS } from '../../components/GuideOverlay';
import { watchAddressFields, type AddressHint } from '../../lib/admin-units/address-hints';
import { freeTextAddressFields } from '../../lib/portals/address-fields';
import { PagePanel, PAGE_PANEL_CSS } from '../../components/PagePanel';
import { OnceOnlyBadges, OnceOnlyList, ONCE_ONLY_CSS, placeBadge, type BadgePlacement } from '../../components/OnceOnly';
import { anchorCandidates, pageRequests, PublishedList, visibleBox } from '../../lib/once-only/page-items';
import { boxesAfterLayout } from '../../lib/page/boxes';
import { dockSide, type DockSide } from '../../lib/page/dock';
import type { OnceOnlyView } from '../../lib/once-only/views';
import { DVCQG_FEEDBACK_URL } from '../../lib/portals/dvcqg';
import { PageTimer } from '../../lib/timings/recorder-page';
import { checklist, localized } from '../../lib/guides/checklist';
import { answersFromCase, FILING_PAGES, guideStartsOn, keepsState, resumeGuide, startGuide } from '../../lib/guides/engine';
import { GuideSession, type GuideRenderModel } from '../../lib/guides/guide-session';
import type { LoadedPack } from '../../lib/guides/pack-store';
import { placeCard } from '../../lib/guides/placement';
import { plainText } from '../../lib/guides/markup';
import contentMessages from 'virtual:content-messages';
import { tableTranslator } from '../../lib/i18n/format';
import { t as browserT } from '../../lib/i18n/t';
import { DEFAULT_SETTINGS, sendMessage, settingsFrom, type Settings } from '../../lib/messaging/protocol';
import { onTabMessage } from '../../lib/messaging/tab-protocol';
import { describePage } from '../../lib/page/describe';
import { DeclarationFrame } from '../../lib/page/frame-fields';
import { watchPage } from '../../lib/page/watch-page';
import { ownLifetime, watchLocation } from '../../lib/page/lifetime';
import { ignoreUntrustedEvents, ISOLATED_EVENTS } from '../../lib/page/our-ui';
import { PAGE_HOSTS, matchPattern } from '../../lib/portals/hosts';
import { adapterFor, readPage } from '../../lib/portals/registry';
import { summarize, type PageReading, type PageSummary } from '../../lib/portals/types';

const UI_NAME = 'dvc-companion';
/** How long a step waits for its target before showing the unanchored card. */
const TARGET_TIMEOUT_MS = 8000;

export default defineContentScript({
  // Provinces the user adds at run time are registered by the background with this same file.
  matches: PAGE_HOSTS.map(matchPattern),
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = adapterFor(location.hostname);
    if (!adapter) return;
    // Our own lifetime, not WXT's: a page can forge the event that ends WXT's (lib/page/lifetime.ts).
    const life = ownLifetime(ctx);
    // The browser's own choice of locale: English for an English UI, else the default (Vietnamese).
    // One answer for the panel's words, the pack texts and the once-only explanations.
    const lang = browser.i18n.getUILanguage().startsWith('en') ? 'en' : 'vi';
    const t = tableTranslator(contentMessages[lang], browserT);

    let summary: PageSummary | null = null;
    let expanded = false;
    let ui: ShadowRootContentScriptUi<void> | null = null;
    let mounting: Promise<void> | null = null;
    let pack: LoadedPack | null = null;
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
    // Once-only check: the findings for this page, and the page element each one is about.
    let onceOnly: OnceOnlyView[] = [];
    let onceOnlyAnchors = new Map<string, Element>();
    let onceOnlySignature = '';
    // Rows the person adds to the portal's list: checked and shown here, but their words are never kept.
    const publishedList = new PublishedList();
    let focusFinding: string | null = null;
    let copyStatus = '';
    let manualCopyKey: string | null = null;
    let badges: BadgePlacement[] = [];
    let dock: DockSide = 'left';
    let docking = false;
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
      const canStart = !session && pack && summary && guideStartsOn(pack, adapter.id, summary.kind);
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
              findings={onceOnly.length ? { count: onceOnly.length, label: t('onceOnlyLauncherCount', onceOnly.length) } : null}
              dock={dock}
            >
              {expanded && onceOnly.length > 0 && (
                <OnceOnlyList
                  views={onceOnly}
                  labels={{
                    heading: t('onceOnlyHeading', onceOnly.length),
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
          )}
          {onceOnly.length > 0 && <OnceOnlyBadges badges={badges} text={t('onceOnlyBadgeText')} onOpen={openFinding} />}
          {model && pack && (
            <GuideOverlay
              title={localized(pack.title, lang)}
              originNote={pack.origin === 'imported' ? t('guideImported') : null}
              text={localized(model.view.step.text, lang)}
              announce={`${t('guideStepOf', model.view.index, model.view.count)}. ${plainText(localized(model.view.step.text, lang))}`}
              question={model.view.question ? localized(pack.questions!.find((q) => q.id === model!.view.question)!.text, lang) : null}
              degraded={model.view.degraded}
              waiting={model.waiting}
              isFirst={model.view.isFirst}
              isLast={model.view.isLast}
              target={model.target}
              card={placeCard(model.view.degraded ? null : model.target, { width: innerWidth, height: innerHeight }, cardSize, { opensBelow: model.view.step.action === 'choose' })}
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
            <AddressHintBeside
              field={hint.field}
              suggestion={hint.suggestion}
              t={t}
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
      placeBadgesSoon();
    };

    const ensureUi = async () => {
      // Mounted in a task of its own: the page reading that asked for it already took one.
      mounting ??= new Promise<void>((next) => life.setTimeout(next, 0)).then(() => createShadowRootUi(life.uiContext, {
        name: UI_NAME,
        // Closed: the page's script sees our host element and nothing inside it (issue 18 §2).
        mode: 'closed',
        position: 'inline',
        anchor: 'body',
        css: PAGE_PANEL_CSS + GUIDE_OVERLAY_CSS + ADDRESS_HINT_CSS + ONCE_ONLY_CSS,
        // Keys, clicks and focus moves in our UI must not reach the portal's own handlers.
        isolateEvents: ISOLATED_EVENTS,
        onMount: () => {},
        onRemove: () => {
          if (ui) render(null, ui.uiContainer);
        },
      })).then((created) => {
        // The page's script cannot click, type or choose in our UI on the person's behalf.
        ignoreUntrustedEvents(created.shadow, life.signal);
        ui = created;
      });
      await mounting;
      if (ui && !ui.shadowHost.isConnected) ui.mount();
    };

    let placeAfterLoad = false;
    let measuring = false;
    let measureAgain = false;
    /**
     * Badge positions come from the browser's own next layout (boxesAfterLayout), never from a
     * layout forced in the middle of the portal's rendering.
     */
    function placeBadgesSoon() {
      if (placeAfterLoad) return;
      if (measuring) {
        measureAgain = true;
        return;
      }
      // While the portal is still loading, badges wait for its load event.
      if (document.readyState !== 'complete') {
        placeAfterLoad = true;
        life.listen(window, 'load', () => {
          placeAfterLoad = false;
          placeBadgesSoon();
        }, { once: true });
        return;
      }
      const anchors = onceOnly.map((v) => onceOnlyAnchors.get(v.key)).filter((el): el is Element => Boolean(el?.isConnected));
      measuring = true;
      void boxesAfterLayout(window, anchors.flatMap(anchorCandidates), life.signal).then((boxes) => {
        measuring = false;
        const next = badgePlacements(boxes);
        const same = next.length === badges.length && next.every((b, i) => b.key === badges[i]!.key && b.top === badges[i]!.top && b.left === badges[i]!.left);
        if (!same) {
          badges = next;
          paint();
        }
        if (measureAgain) {
          measureAgain = false;
          placeBadgesSoon();
        }
      });
    }

    /** Docks the launcher away from the portal's own controls, from the browser's next layout (never a forced one). */
    function dockSoon() {
      if (docking || !reading) return;
      const controls = [reading.submit, ...reading.uploadSlots.map((s) => s.trigger ?? s.input), ...reading.fields.map((f) => f.node)].filter((el): el is Element => Boolean(el?.isConnected)).slice(0, 200);
      docking = true;
      void boxesAfterLayout(window, controls, life.signal).then((boxes) => {
        docking = false;
        const next = dockSide(boxes.values(), { width: innerWidth, height: innerHeight });
        if (next !== dock) {
          dock = next;
          paint();
        }
      });
    }

    function badgePlacements(boxes: Map<Element, DOMRectReadOnly>): BadgePlacement[] {
      const viewport = { width: innerWidth, height: innerHeight };
      const out: BadgePlacement[] = [];
      for (const v of onceOnly) {
        const el = onceOnlyAnchors.get(v.key);
        const box = el && visibleBox(el, (n) => boxes.get(n));
        const at = box && placeBadge(box, viewport);
        if (at) out.push({ key: v.key, verdict: v.verdict, ...at, label: t('onceOnlyBadge', v.text) });
      }
      return out;
    }

    function openFinding(key: string) {
      expanded = true;
      focusFinding = key;
      void ensureUi().then(paint);
    }

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
      paint();
    }

    /** Asks the background about the page's labels when they change (new rows, a new step, a lazy tab). */
    function checkOnceOnly(r: PageReading, recognised: boolean) {
      const added = recognised ? publishedList.personAdded(location.pathname + location.hash, r.dossierComponents.map((c) => c.title), Date.now()) : new Set<string>();
      const req = pageRequests(recognised ? r : null, added);
      onceOnlyAnchors = req.anchors;
      if (req.signature === onceOnlySignature) return;
      onceOnlySignature = req.signature;
      if (!req.items.length) {
        if (onceOnly.length) {
          onceOnly = [];
          paint();
        }
        return;
      }
      const signature = req.signature;
      void sendMessage('onceOnly/check', { portal: adapter!.id, procedureCode: r.procedureCode, procedureName: r.procedureName, lang, items: req.items })
        .then((views) => {
          if (signature !== onceOnlySignature) return;
          onceOnly = Array.isArray(views) ? views : [];
          if (onceOnly.length) void ensureUi().then(paint);
          else paint();
        })
        .catch(() => {
          // The background may be restarting: the next change of the page asks again.
          onceOnlySignature = '';
        });
    }

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
        ...(declaration ? { frames: declaration } : {}),
        now: () => Date.now(),
        save: (s) => void sendMessage('guides/state-save', { procedureCode: code, state: keepsState(s) ? s : null }).catch(() => undefined),
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
      if (saved && keepsState(saved) && summary && guideStartsOn(pack, adapter.id, summary.kind)) startSession(false, saved);
      else paint();
    };

    // Settings come from the background (this script cannot read extension storage), and follow the popup.
    void sendMessage('settings/get', undefined).then((s) => (settings = settingsFrom(s))).catch(() => undefined);
    /**
     * Guide authoring's preview: a draft was put up (run it now, as the person would see it) or
     * taken down (back to this page's own pack). The pack itself comes checked from the background.
     */
    let previewCode: string | null = null;
    const previewChanged = async (code: string | null) => {
      session?.stop();
      session = null;
      model = null;
      packCode = null;
      // The preview's place in its steps must not be resumed as the page's own guide later.
      if (previewCode) await sendMessage('guides/state-save', { procedureCode: previewCode, state: null }).catch(() => undefined);
      previewCode = code;
      if (previewCode) void loadPack(previewCode).then(() => startSession(true));
      else if (summary?.procedureCode) void loadPack(summary.procedureCode);
      void ensureUi().then(paint);
    };
    // The wizard's declaration frame reports its fields through the background (entrypoints/eform.content.tsx).
    const declaration = adapter.id === 'moj' ? new DeclarationFrame(document, (slug) => void sendMessage('eform/reveal', slug).catch(() => undefined)) : null;
    const stopListening = [
      onTabMessage('tab/eform-report', ({ data }) => declaration?.update(data)),
      onTabMessage('tab/eform-filled', ({ data }) => declaration?.filled(data)),
      onTabMessage('tab/settings', ({ data }) => {
        settings = settingsFrom(data);
        paint();
      }),
      onTabMessage('tab/preview', ({ data }) => void previewChanged(typeof data?.procedureCode === 'string' ? data.procedureCode : null)),
    ];
    life.signal.addEventListener('abort', () => stopListening.forEach((stop) => stop()));

    // Submission timings: small events to the background; a restarting background loses only one event.
    const timer = new PageTimer(window, adapter.id, (e) => void sendMessage('timings/event', e).catch(() => undefined), life.signal);

    const watch = watchPage(adapter, window, {
      // The page's own timers (watchPage checks the signal itself): ctx.setTimeout would add an
      // invalidation listener per reading that is never removed, a few hundred bytes per route all day.
      signal: life.signal,
      isOwnNode: (node) => node instanceof Element && node.tagName.toLowerCase() === UI_NAME,
      // The script's own start (compiling, listeners) and the first reading are two short tasks, not one long one.
      firstReadingDelayMs: 0,
      onReading: (r) => {
        if (!life.check()) return;
        reading = r;
        timer.onReading(r);
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
        session?.pageAnswers(answersFromCase(session.pack, r.portalCase));
        if (recognised && next.procedureCode) void loadPack(next.procedureCode);
        checkOnceOnly(r, recognised);
        if (recognised) dockSoon();
        if (recognised || session) void ensureUi().then(paint);
        else if (ui?.shadowHost.isConnected) ui.remove();
      },
    });
    const hints = watchAddressFields(window, {
      signal: life.signal,
      fields: (typingIn) => {
        if (!reading || !summary || !FILING_PAGES.has(summary.kind)) return [];
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
    // Our hint card and badges follow the page's elements as it scrolls or resizes.
    const follow = () => {
      if (summary) dockSoon();
      if (hint) paint();
      else if (onceOnly.length) placeBadgesSoon();
    };
    life.listen(window, 'scroll', follow, { capture: true, passive: true });
    life.listen(window, 'resize', follow, { passive: true });
    // A portal tab or accordion that opens shows rows whose badges had no place: place them after the portal's own handler ran.
    life.listen(document, 'click', () => onceOnly.length && placeBadgesSoon(), { capture: true, passive: true });

    // pushState routes that change nothing in the DOM right away still get a fresh reading.
    watchLocation(window, life.signal, () => {
      timer.routeChanged();
      watch.refresh();
    });
    life.signal.addEventListener('abort', () => session?.stop());
  },
});
