/**
 * The launcher: a button in the bottom corner saying what was recognised, with the once-only
 * findings count. Drawn with a few DOM calls (it is on every recognised page); opening it loads the
 * companion, whose panel goes in the place kept above the button.
 */
import { watchAll } from '../lib/features/channel';
import { defineFeature } from '../lib/features/define-feature';
import { residentTranslator } from '../lib/i18n/resident-t';
import { boxesAfterLayout } from '../lib/page/boxes';
import { oneLineOf } from '../lib/page/one-line';
import { dockSide } from '../lib/page/dock';
import { isRecognised } from '../lib/portals/page-predicates';

/**
 * Sizes in em so the browser's text size carries over. Docked bottom-left: the portals put their
 * step buttons (Tiếp tục, Nộp hồ sơ) on the right; bottom-right where a portal control would be under us.
 */
export const LAUNCHER_CSS = `
.dvc-root{position:fixed;left:16px;bottom:16px;z-index:2147483646;display:flex;flex-direction:column;align-items:flex-start;gap:8px;pointer-events:none;
  font:15px/1.45 "Noto Sans","Segoe UI",Roboto,Arial,sans-serif;color:#1b1b1b}
.dvc-root[hidden],.dvc-place:empty{display:none}
.dvc-dock-right{left:auto;right:16px;align-items:flex-end}
/* The column itself lets clicks through (the gap beside a narrow launcher, between panel and launcher): only our controls take them. */
.dvc-root>*{pointer-events:auto}
.dvc-launcher{display:inline-flex;align-items:center;gap:.5em;border:2px solid #fff;border-radius:999px;background:#a50e22;color:#fff;
  padding:.55em 1.1em;font:inherit;font-weight:600;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.3)}
.dvc-launcher:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
.dvc-dot{width:.6em;height:.6em;border-radius:50%;background:#ffd23f}
.dvc-count{display:inline-block;min-width:1.4em;padding:0 .35em;border-radius:999px;background:#fff;color:#a50e22;font-size:.85em;text-align:center}
`;

export default defineFeature({
  id: 'launcher',
  runsOn: isRecognised,
  init(signal, page) {
    const { panel, findings, guideShown, dock, panelPlace } = page.shared;
    const t = residentTranslator(page.lang);
    const doc = document;
    let slot: ReturnType<typeof page.overlay.slot> | null = null;
    let button: HTMLButtonElement | null = null;
    let count: HTMLSpanElement | null = null;
    let label: Text | null = null;
    let root: HTMLElement | null = null;

    const draw = () => {
      if (!root || !button || !count || !label || !page.summary) return;
      const views = findings.get().views;
      const oneLineOfPage = oneLineOf(page.summary, location.hostname, t);
      const oneLine = views.length ? `${oneLineOfPage} · ${t('onceOnlyLauncherCount', views.length)}` : oneLineOfPage;
      root.hidden = guideShown.get();
      root.className = dock.get() === 'right' ? 'dvc-root dvc-dock-right' : 'dvc-root';
      button.setAttribute('aria-expanded', String(panel.get().open));
      button.title = oneLine;
      // The accessible name starts with the visible text (WCAG 2.5.3); the state is aria-expanded.
      button.setAttribute('aria-label', `${t('launcherLabel')}${views.length ? ` ${views.length}` : ''}: ${oneLine}`);
      label.data = views.length ? `${t('launcherLabel')} ` : t('launcherLabel');
      count.textContent = String(views.length);
      if (views.length && !count.isConnected) button.append(count);
      else if (!views.length) count.remove();
    };
    const mount = () => {
      if (signal.aborted) return;
      slot = page.overlay.slot('launcher', LAUNCHER_CSS, draw);
      root = doc.createElement('div');
      const place = doc.createElement('div');
      place.className = 'dvc-place';
      button = doc.createElement('button');
      button.type = 'button';
      button.className = 'dvc-launcher';
      button.setAttribute('aria-controls', 'dvc-panel');
      const dot = doc.createElement('span');
      dot.className = 'dvc-dot';
      dot.setAttribute('aria-hidden', 'true');
      label = doc.createTextNode('');
      count = doc.createElement('span');
      count.className = 'dvc-count';
      count.dataset.testid = 'once-only-count';
      button.append(dot, label);
      root.append(place, button);
      slot.container.append(root);
      button.addEventListener('click', () => {
        panel.set({ open: !panel.get().open, focusFinding: null });
        void page.companion();
      }, { signal });
      root.addEventListener('keydown', (e) => {
        if (e.key === 'Escape' && panel.get().open) {
          panel.set({ open: false, focusFinding: null });
          button?.focus();
        }
      }, { signal });
      panelPlace.set(place);
      slot.paint();
    };
    // Drawn in a task of its own: the page reading that asked for it already took one.
    page.life.setTimeout(mount, 0);

    let docking = false;
    /** Docks away from the portal's own controls, from the browser's next layout (never a forced one). */
    const dockSoon = () => {
      const r = page.reading;
      if (docking || !r) return;
      const controls = [r.submit, ...r.uploadSlots.map((s) => s.trigger ?? s.input), ...r.fields.map((f) => f.node)].filter((el): el is Element => Boolean(el?.isConnected)).slice(0, 200);
      docking = true;
      void boxesAfterLayout(window, controls, signal).then((boxes) => {
        docking = false;
        const next = dockSide(boxes.values(), { width: innerWidth, height: innerHeight });
        if (next !== dock.get()) dock.set(next);
      });
    };
    const paint = () => slot?.paint();
    watchAll([panel, findings, guideShown, dock], paint, signal);
    page.onReading(() => {
      dockSoon();
      paint();
    }, signal);
    const follow = () => dockSoon();
    window.addEventListener('scroll', follow, { capture: true, passive: true, signal });
    window.addEventListener('resize', follow, { passive: true, signal });
    signal.addEventListener('abort', () => {
      panelPlace.set(null);
      if (panel.get().open) panel.set({ open: false, focusFinding: null });
      slot?.release();
    }, { once: true });
  },
});
