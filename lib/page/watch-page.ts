/**
 * Follows a portal page as it renders and changes route, and hands each new reading on.
 * Portals render late (Angular bootstraps after load, DVCQG injects sections by XHR) and change
 * route without a page load, so one reading at start is not enough. Reads are throttled and a
 * reading is passed on only when what it says changed.
 */
import { readPage } from '../portals/read-page';
import { summarize, type PageReading, type PortalAdapter } from '../portals/types';
import { PAGE_READING_THROTTLE_MS } from './reading-throttle';

export interface PageWatchOptions {
  signal: AbortSignal;
  /** A reading whose summary changed. */
  onReading(reading: PageReading): void;
  /** Every reading, changed or not (a guide waiting for its target looks in each). */
  onRead?(reading: PageReading): void;
  /** Nodes of our own (the UI host) whose insertion must not count as a page change. */
  isOwnNode?(node: Node): boolean;
  throttleMs?: number;
  /** Read first in a task of its own after this delay, instead of at once (keeps the content script's start short). */
  firstReadingDelayMs?: number;
  setTimeout?(fn: () => void, ms: number): unknown;
}

/** Attribute changes that SPAs use to switch steps and panels. */
const WATCHED_ATTRIBUTES = ['hidden', 'aria-selected', 'aria-expanded', 'aria-hidden', 'aria-current'];

export interface PageWatch {
  /** Ask for a fresh reading soon (e.g. on a route-change event). */
  refresh(): void;
}

export function watchPage(adapter: PortalAdapter, win: Window, opts: PageWatchOptions): PageWatch {
  const throttleMs = opts.throttleMs ?? PAGE_READING_THROTTLE_MS;
  const later = opts.setTimeout ?? ((fn: () => void, ms: number) => win.setTimeout(fn, ms));
  let pending = false;
  let lastKey = '';

  const run = () => {
    pending = false;
    if (opts.signal.aborted) return;
    const reading = readPage(adapter, new URL(win.location.href), win.document);
    const key = JSON.stringify(summarize(reading));
    opts.onRead?.(reading);
    if (key === lastKey) return;
    lastKey = key;
    opts.onReading(reading);
  };
  const refresh = () => {
    if (pending || opts.signal.aborted) return;
    pending = true;
    later(run, throttleMs);
  };

  const Observer = (win as Window & typeof globalThis).MutationObserver;
  const observer = new Observer((records: MutationRecord[]) => {
    // A reading is already due: nothing in these records can change that. The callback runs at the
    // end of the portal's own task, so it must cost next to nothing while the portal renders.
    if (pending) return;
    const own = opts.isOwnNode;
    const onlyOurs = (r: MutationRecord) => {
      if (own!(r.target)) return true;
      const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
      return r.type === 'childList' && nodes.length > 0 && nodes.every((n) => own!(n));
    };
    if (own && records.every(onlyOurs)) return;
    refresh();
  });
  observer.observe(win.document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  win.addEventListener('hashchange', refresh, { signal: opts.signal });
  win.addEventListener('popstate', refresh, { signal: opts.signal });
  opts.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  if (opts.firstReadingDelayMs === undefined) run();
  else {
    pending = true;
    later(run, opts.firstReadingDelayMs);
  }
  return { refresh };
}
