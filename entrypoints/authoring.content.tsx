/**
 * Guide authoring on a live portal page. Not part of the content script every portal page loads:
 * the background injects it into a tab where the author turned authoring on (popup), again after
 * each page load of that tab, and the dashboard injects it (without the panel) to check a pack's
 * steps on the open page. Everything the author types is stored as data and shown as text.
 */
import { render } from 'preact';
import type { ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { browser } from 'wxt/browser';
import { AuthoringPanel, AUTHORING_PANEL_CSS, PickOutline, type AuthoringStepView } from '../components/AuthoringPanel';
import { addStep, markLabelSource, moveStep, removeStep, updateStep, type Draft } from '../lib/authoring/draft';
import { previewPack } from '../lib/authoring/preview';
import { onTabMessage } from '../lib/messaging/tab-protocol';
import { checkTarget, meaningfulElement, proposeTarget } from '../lib/authoring/propose-target';
import { reviewPack } from '../lib/authoring/review';
import type { AuthoringWorld } from '../lib/authoring/world';
import { stepText } from '../lib/authoring/step-text';
import { stepOnPage } from '../lib/guides/engine';
import type { GuideStep } from '../lib/guides/pack.schema';
import { t } from '../lib/i18n/t';
import { sendMessage } from '../lib/messaging/protocol';
import { SUPPORTED_HOSTS, matchPattern } from '../lib/portals/hosts';
import { adapterFor, readPage } from '../lib/portals/registry';
import type { PageReading } from '../lib/portals/types';
import { kindLabel } from '../lib/page/one-line';
import { watchPage } from '../lib/page/watch-page';
import { ownLifetime, watchLocation } from '../lib/page/lifetime';
import { ignoreUntrustedEvents, ISOLATED_EVENTS } from '../lib/page/our-ui';

const UI_NAME = 'dvc-authoring';

/** The page kind a step waits for; on a page the adapter cannot tell, the step waits for none. */
function pageOf(r: PageReading): GuideStep['page'] {
  return r.kind === 'other' ? undefined : r.kind;
}

export default defineContentScript({
  registration: 'runtime',
  matches: SUPPORTED_HOSTS.map(matchPattern),
  async main(ctx) {
    const world = globalThis as AuthoringWorld;
    const showPanel = world.__dvcAuthoringMode !== 'review';
    world.__dvcAuthoringMode = undefined;
    if (world.__dvcAuthoring) {
      if (showPanel) world.__dvcAuthoring.show();
      return;
    }
    const adapter = adapterFor(location.hostname);
    if (!adapter) return;
    const life = ownLifetime(ctx);
    const read = (): PageReading => readPage(adapter, new URL(location.href), document);
    let shown = false;
    world.__dvcAuthoring = {
      review: (pack) => reviewPack(pack, adapter, read(), document, new URL(location.href)),
      show: () => void open(),
    };

    let ui: ShadowRootContentScriptUi<void> | null = null;
    let draft: Draft | null = null;
    let reading: PageReading = read();
    let status = '';
    let editing: string | null = null;
    let picking: { repick: string | null } | null = null;
    let hovered: Element | null = null;
    let previewing = false;
    /** Elements picked in this view of the page, to say when the guide would highlight another one. */
    const picked = new Map<string, Element>();
    let listeners: AbortController | null = null;
    /** The page listeners of one pick; the page behaves as usual again once it is aborted. */
    let pickAbort: AbortController | null = null;
    /** The press that picked an element: its mouseup and click must not reach the portal either. */
    let swallowAfterPick: { until: number } | null = null;

    async function open() {
      if (shown) return;
      shown = true;
      listeners = new AbortController();
      // Drafts and the preview are kept by the background: this script cannot open extension storage.
      draft = await sendMessage('authoring/draft-current', reading.procedureCode ?? '');
      previewing = await sendMessage('authoring/preview-get', undefined).catch(() => false);
      ui ??= await createShadowRootUi(life.uiContext, {
        name: UI_NAME,
        // Closed: the page's script sees our host element and nothing inside it (issue 18 §2).
        mode: 'closed',
        position: 'inline',
        anchor: 'body',
        css: AUTHORING_PANEL_CSS,
        // Keys and clicks in the panel must not reach the portal's own handlers.
        isolateEvents: ISOLATED_EVENTS,
        onMount: () => {},
        onRemove: () => ui && render(null, ui.uiContainer),
      });
      ignoreUntrustedEvents(ui.shadow, life.signal);
      ui.mount();
      const stopFollowing = onTabMessage('tab/draft', ({ data: d }) => {
        // Another page (the pack details, the step editor) changed the draft: take its copy unless ours is newer.
        if (d && draft && d.id === draft.id && d.updatedAt > draft.updatedAt) {
          draft = d;
          paint();
        }
      });
      listeners.signal.addEventListener('abort', stopFollowing);
      watchPage(adapter!, window, {
        signal: listeners.signal,
        isOwnNode: (node) => node instanceof Element && node.tagName.toLowerCase() === UI_NAME,
        onReading: (r) => {
          reading = r;
          paint();
        },
      });
      // A new press is a new action: the guard below covers only the rest of the press that picked.
      // (Its click may never reach the page, e.g. when the step editor opens under the pointer.)
      window.addEventListener('pointerdown', (e) => {
        if (e.isTrusted) swallowAfterPick = null;
      }, { capture: true, signal: listeners.signal });
      for (const type of ['mousedown', 'pointerup', 'mouseup', 'click']) {
        window.addEventListener(type, (e) => {
          if (!e.isTrusted || !swallowAfterPick || ourHost(e)) return;
          if (Date.now() > swallowAfterPick.until) {
            swallowAfterPick = null;
            return;
          }
          e.preventDefault();
          e.stopImmediatePropagation();
          if (type === 'click') swallowAfterPick = null;
        }, { capture: true, signal: listeners.signal });
      }
      paint();
    }

    function close() {
      stopPicking();
      listeners?.abort();
      listeners = null;
      shown = false;
      if (previewing) void sendMessage('authoring/preview-set', null).catch(() => undefined);
      previewing = false;
      ui?.remove();
      void sendMessage('authoring/stop', undefined).catch(() => undefined);
    }

    /** Saves not yet confirmed: the step editor (which reads the stored draft) waits for them. */
    let saving = 0;
    function commit(next: Draft, message: string) {
      draft = next;
      status = message;
      saving++;
      paint();
      void sendMessage('authoring/draft-save', next).catch(() => ({ ok: false, reason: 'other' }) as const).then((r) => {
        saving--;
        paint();
        if (r.ok) return;
        status = t(r.reason === 'full' ? 'authorSaveFull' : 'authorSaveFailed');
        paint();
      });
    }

    const ourHost = (e: Event) => Boolean(ui && e.composedPath().includes(ui.shadowHost));

    function startPicking(repick: string | null) {
      stopPicking();
      picking = { repick };
      status = t('authorPicking');
      pickAbort = new AbortController();
      const opts = { capture: true, signal: pickAbort.signal } as AddEventListenerOptions;
      // Only the author's own pointer and keys pick: a page script's events never choose an element.
      const follow = (e: Event) => {
        if (!e.isTrusted || !picking || ourHost(e) || !(e.target instanceof Element)) return;
        hovered = meaningfulElement(e.target);
        paint();
      };
      const swallow = (e: Event) => {
        if (!e.isTrusted || !picking || ourHost(e)) return;
        // While picking, the click is the author's choice, not an action on the portal.
        e.preventDefault();
        e.stopImmediatePropagation();
      };
      // Picked on pointerdown: a disabled field (prefilled from VNeID) gets pointer events but no
      // click. The mouseup and click that follow the press are still the author's, not the portal's.
      const pick = (e: Event) => {
        if (!e.isTrusted || !picking || ourHost(e) || !(e.target instanceof Element)) return;
        swallow(e);
        const el = meaningfulElement(e.target);
        swallowAfterPick = { until: Date.now() + 1500 };
        choose(el);
      };
      window.addEventListener('pointerover', follow, opts);
      window.addEventListener('focusin', follow, opts);
      window.addEventListener('pointerdown', pick, opts);
      for (const type of ['mousedown', 'pointerup', 'mouseup', 'click']) window.addEventListener(type, swallow, opts);
      window.addEventListener('keydown', (e) => {
        if (!e.isTrusted || !picking) return;
        if (e.key === 'Escape') {
          swallow(e);
          stopPicking();
          status = t('authorPickCancelled');
          paint();
          return;
        }
        if ((e.key === 'Enter' || e.key === ' ') && !ourHost(e) && document.activeElement && document.activeElement !== document.body) {
          swallow(e);
          choose(meaningfulElement(document.activeElement));
        }
      }, opts);
      paint();
    }

    function stopPicking() {
      pickAbort?.abort();
      pickAbort = null;
      picking = null;
      hovered = null;
    }

    function choose(el: Element) {
      if (!draft || !picking) return;
      reading = read();
      const proposal = proposeTarget(el, reading);
      const repick = picking.repick;
      stopPicking();
      if (repick) {
        picked.set(repick, proposal.element);
        commit(markLabelSource(updateStep(draft, repick, { target: proposal.target, portal: adapter!.id, page: pageOf(reading) }, Date.now()), repick, proposal.labelSource), t('authorSaved'));
        return;
      }
      const { draft: next, id } = addStep(draft, {
        portal: adapter!.id,
        page: pageOf(reading),
        target: proposal.target,
        text: { vi: stepText(proposal.action, proposal.target.label ?? '') },
        action: proposal.action,
        advance: proposal.advance,
      }, Date.now());
      picked.set(id, proposal.element);
      editing = id;
      commit(markLabelSource(next, id, proposal.labelSource), t('authorStepAdded', next.steps.length));
    }

    function stepView(step: GuideStep): AuthoringStepView {
      const summary = step.target?.label ?? step.target?.key ?? step.text.vi.slice(0, 60);
      if (!stepOnPage(step, undefined, adapter!.id, reading.kind) || !step.target) {
        const kind = step.page ? kindLabel(step.page, t) : '';
        return { step, summary, check: { kind: 'other-page', text: t('authorOtherPage', kind || step.portal || ''), warnings: [] } };
      }
      const c = checkTarget(step.target, adapter!, document, new URL(location.href), picked.get(step.id)?.isConnected ? picked.get(step.id) : null);
      const warnings: string[] = [];
      if (c.via && picked.has(step.id) && !c.same) warnings.push(t('authorNotSame'));
      if (step.target.css) warnings.push(c.cssMatches === 1 ? t('authorCssUnique') : t('authorCssMatches', c.cssMatches));
      return { step, summary, check: c.via ? { kind: 'found', text: t(`authorFound_${c.via}`), warnings } : { kind: 'missing', text: t('authorNotFound'), warnings } };
    }

    async function togglePreview() {
      if (!draft) return;
      if (previewing) {
        previewing = false;
        await sendMessage('authoring/preview-set', null).catch(() => undefined);
        paint();
        return;
      }
      const r = previewPack(draft, reading.procedureCode);
      if (!r.ok) {
        status = t('authorPreviewProblems', r.problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join('; '));
        paint();
        return;
      }
      previewing = true;
      status = t('authorPreviewOn');
      // The page's own content script runs the preview with its real overlay (the background tells it).
      await sendMessage('authoring/preview-set', r.pack).catch(() => undefined);
      paint();
    }

    let paintQueued = false;
    function paint() {
      if (paintQueued) return;
      paintQueued = true;
      queueMicrotask(() => {
        paintQueued = false;
        if (!ui || !shown || !draft) return;
        const d = draft;
        const box = hovered?.isConnected ? hovered.getBoundingClientRect() : null;
        render(
          <div>
            <PickOutline box={picking && box ? { top: box.top, left: box.left, width: box.width, height: box.height } : null} />
            <AuthoringPanel
              heading={t('authorPanelTitle')}
              draftLine={t('authorDraftLine', d.procedureCode || t('authorNoCode'), d.steps.length)}
              status={status}
              picking={Boolean(picking)}
              previewing={previewing}
              steps={d.steps.map(stepView)}
              editing={editing}
              labels={{
                pick: t('authorPick'), stopPick: t('authorStopPick'), repick: t('authorRepick'), preview: t('authorPreview'), stopPreview: t('authorStopPreview'),
                meta: t('authorMeta'), close: t('authorClose'), steps: t('authorSteps'), noSteps: t('authorNoSteps'), edit: t('authorEdit'), up: t('authorUp'),
                down: t('authorDown'), delete: t('authorDelete'), done: t('authorDone'), editor: t('stepEditorTitle'), saving: t('stepEditorSaving'),
                key: t('authorTargetKey'), css: t('authorTargetCss'), label: t('authorTargetLabel'),
              }}
              stepLabel={(n, s) => t('authorStepItem', n, s)}
              buttonLabel={(kind, n) => t(({ edit: 'authorEditLabel', up: 'authorUpLabel', down: 'authorDownLabel', delete: 'authorDeleteLabel' } as const)[kind], n)}
              editingLabel={(n) => t('authorEditing', n)}
              editorReady={saving === 0}
              editorUrl={(stepId) => browser.runtime.getURL(`/step-editor.html?draft=${encodeURIComponent(d.id)}&step=${encodeURIComponent(stepId)}` as '/step-editor.html')}
              onPick={() => (picking ? (stopPicking(), paint()) : startPicking(null))}
              onRepick={(id) => startPicking(id)}
              onPreview={() => void togglePreview()}
              onMeta={() => void sendMessage('authoring/open-drafts', undefined).catch(() => undefined)}
              onClose={close}
              onEdit={(id) => {
                editing = id;
                paint();
              }}
              onMove={(id, delta) => {
                const next = moveStep(d, id, delta, Date.now());
                commit(next, t('authorStepMoved', next.steps.findIndex((s) => s.id === id) + 1));
              }}
              onDelete={(id) => {
                const n = d.steps.findIndex((s) => s.id === id) + 1;
                if (editing === id) editing = null;
                commit(removeStep(d, id, Date.now()), t('authorStepDeleted', n));
              }}
            />
          </div>,
          ui.uiContainer,
        );
      });
    }

    life.listen(window, 'scroll', () => picking && paint(), { capture: true, passive: true });
    // SPA routes (pushState) that change nothing in the DOM at once still get a fresh reading.
    watchLocation(window, life.signal, () => {
      if (!shown) return;
      reading = read();
      paint();
    });
    if (showPanel) void open();
  },
});
