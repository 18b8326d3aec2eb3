/**
 * The one element of ours on a portal page: a closed shadow root (the page's script sees the host
 * element and nothing inside it), one slot per feature with its own styles, and one scheduler
 * that paints every slot that asked, once per microtask. The host is on the page only while a slot
 * shows something (a feature that is loaded but has nothing to show leaves no trace). Only the end-to-end build opens the root (scripts/vite-e2e-open-roots.ts).
 */
import { ignoreUntrustedEvents, ISOLATED_EVENTS } from '../page/our-ui';

export const OVERLAY_TAG = 'dvc-companion';

export interface OverlaySlot {
  readonly container: HTMLElement;
  /** Paint this slot in the next microtask (several asks, one paint). */
  paint(): void;
  release(): void;
}

export interface OverlayHost {
  /** Null until a feature first takes a slot. */
  readonly shadow: ShadowRoot | null;
  slot(id: string, css: string, paint: () => void): OverlaySlot;
  /** Our own host element (its insertion is no change of the portal's page). */
  isOwn(node: Node): boolean;
}

/** The page's own styles must not reach in, nor ours out. */
const RESET_CSS = ':host{all:initial !important}';

export function overlayHost(doc: Document, signal: AbortSignal): OverlayHost {
  let host: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  const slots = new Map<string, { el: HTMLElement; style: HTMLStyleElement; paint: () => void }>();
  const queued = new Set<string>();
  let flushQueued = false;

  /** On the page while some slot shows something, off it when none does. */
  const settle = () => {
    if (!host || signal.aborted) return;
    const showing = [...slots.values()].some((s) => s.el.firstChild);
    if (showing && !host.isConnected) (doc.body ?? doc.documentElement).append(host);
    else if (!showing && host.isConnected) host.remove();
  };
  const flush = () => {
    flushQueued = false;
    const ids = [...queued];
    queued.clear();
    for (const id of ids) {
      try {
        slots.get(id)?.paint();
      } catch {
        // A slot that fails to paint leaves the others painted.
      }
    }
    settle();
  };
  const ensureHost = () => {
    if (!host) {
      host = doc.createElement(OVERLAY_TAG);
      shadow = host.attachShadow({ mode: 'closed' });
      const reset = doc.createElement('style');
      reset.textContent = RESET_CSS;
      shadow.append(reset);
      // Keys, clicks and focus moves in our UI must not reach the portal's own handlers.
      for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (e) => e.stopPropagation(), { signal });
      // The page's script cannot click, type or choose in our UI on the person's behalf.
      ignoreUntrustedEvents(shadow, signal);
    }
    return shadow!;
  };
  const removeAll = () => {
    host?.remove();
  };
  signal.addEventListener('abort', removeAll, { once: true });

  return {
    get shadow() {
      return shadow;
    },
    isOwn: (node) => node === host || (node instanceof Element && node.tagName.toLowerCase() === OVERLAY_TAG),
    slot(id, css, paint) {
      const root = ensureHost();
      slots.get(id)?.el.remove();
      slots.get(id)?.style.remove();
      const style = doc.createElement('style');
      style.textContent = css;
      const el = doc.createElement('div');
      el.dataset.slot = id;
      root.append(style, el);
      const entry = { el, style, paint };
      slots.set(id, entry);
      return {
        container: el,
        paint() {
          if (slots.get(id) !== entry || signal.aborted) return;
          queued.add(id);
          if (flushQueued) return;
          flushQueued = true;
          queueMicrotask(flush);
        },
        release() {
          if (slots.get(id) !== entry) return;
          slots.delete(id);
          queued.delete(id);
          el.remove();
          style.remove();
          settle();
        },
      };
    },
  };
}
