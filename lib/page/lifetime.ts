/**
 * How long our content script lives on a page: until the extension itself is gone (updated,
 * reloaded, removed), and not a moment earlier.
 *
 * WXT's ContentScriptContext switches itself off when the document receives a CustomEvent named
 * "<extension id>:<entrypoint>:wxt:content-script-started" from anyone else, its way of stopping an
 * older copy of the script after an update. The extension id is public and the suffix fixed, so a
 * portal page could dispatch that event and silently remove the once-only warnings and the guide
 * until the next reload (issue 18 §4). So nothing of ours hangs on WXT's signal: listeners, timers
 * and the shadow-root UI hang on this lifetime, which ends only when `browser.runtime.id` is
 * really gone. WXT's context is replaced by a quiet one (quiet-context.ts), which announces nothing
 * to the page; an older copy of us left on a page after an update finds the runtime gone at its
 * next timer or reading and ends.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface Lifetime {
  readonly signal: AbortSignal;
  /** Stands in for WXT's context where a WXT helper takes one (the shadow-root UI): it ends with us. */
  readonly uiContext: ContentScriptContext;
  /** Is the extension still there? Ends the lifetime when it is not. */
  check(): boolean;
  listen<K extends keyof WindowEventMap>(target: Window, type: K, handler: (e: WindowEventMap[K]) => void, options?: AddEventListenerOptions): void;
  listen(target: EventTarget, type: string, handler: (e: Event) => void, options?: AddEventListenerOptions): void;
  setTimeout(handler: () => void, ms: number): void;
}

export function ownLifetime(ctx: ContentScriptContext, runtimeAlive: () => boolean = () => browser.runtime?.id != null): Lifetime {
  const controller = new AbortController();
  const signal = controller.signal;
  const check = () => {
    if (!signal.aborted && !runtimeAlive()) controller.abort('extension gone');
    return !signal.aborted;
  };
  // The context's own invalidation is only a cue: a gone runtime ends us.
  ctx.onInvalidated(check);
  const uiContext = {
    options: ctx.options,
    get signal() {
      return signal;
    },
    get isValid() {
      return check();
    },
    get isInvalid() {
      return !check();
    },
    onInvalidated(cb: () => void) {
      signal.addEventListener('abort', cb, { once: true });
      return () => signal.removeEventListener('abort', cb);
    },
  } as unknown as ContentScriptContext;
  return {
    signal,
    uiContext,
    check,
    listen(target: EventTarget, type: string, handler: (e: Event) => void, options: AddEventListenerOptions = {}) {
      target.addEventListener(type, handler, { ...options, signal });
    },
    setTimeout(handler, ms) {
      // The abort listener goes when the timer fires: none pile up over a day of readings.
      const cancel = () => clearTimeout(id);
      const id = setTimeout(() => {
        signal.removeEventListener('abort', cancel);
        if (check()) handler();
      }, ms);
      signal.addEventListener('abort', cancel, { once: true });
    },
  };
}

/**
 * Client-side route changes (pushState, replaceState, back/forward), from the browser's own
 * Navigation API where it has one, else by looking at the address once a second. Only trusted
 * navigate events count: a page's `navigation.dispatchEvent(new Event('navigate'))` is not one.
 */
export function watchLocation(win: Window, signal: AbortSignal, onChange: () => void): void {
  let last = win.location.href;
  const nav = (win as Window & { navigation?: EventTarget }).navigation;
  if (nav && typeof nav.addEventListener === 'function') {
    nav.addEventListener('navigate', (e) => {
      const to = (e as Event & { destination?: { url?: string } }).destination?.url;
      if (!e.isTrusted || !to || to === last) return;
      last = to;
      onChange();
    }, { signal });
    return;
  }
  const id = win.setInterval(() => {
    if (win.location.href === last) return;
    last = win.location.href;
    onChange();
  }, 1000);
  signal.addEventListener('abort', () => win.clearInterval(id), { once: true });
}
