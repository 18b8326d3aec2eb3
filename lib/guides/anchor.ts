/**
 * Finding a step's target on the page: the adapter's semantic key first, then the pack's CSS
 * selector, then the visible label (folded: case and diacritics do not matter). Waits a bounded
 * time for late-rendering pages and never throws.
 */
import { isShown, textOf } from '../portals/dom';
import { readPage } from '../portals/read-page';
import { resolveTargetKey, type ResolveOptions } from '../portals/targets';
import type { PageReading, PortalAdapter } from '../portals/types';
import { normalize } from '../text/normalize';
import type { GuideTarget } from './pack.schema';

export type Resolved = { el: Element; via: 'key' | 'css' | 'label' } | { el: null; reason: 'timeout' | 'aborted' };

const CONTROL = 'input:not([type=hidden]), select, textarea, button, [role=combobox], ng-select, mat-select';

/** The control a label names: its own (for= or wrapped), or the one beside it in the same wrapper. */
export function controlOfLabel(label: Element): Element | null {
  return (label as HTMLLabelElement).control ?? label.parentElement?.querySelector(CONTROL) ?? null;
}

function byLabel(doc: Document, label: string, opts: ResolveOptions): Element | null {
  const want = normalize(label);
  const shown = (el: Element) => opts.includeHidden || isShown(el);
  const candidates = doc.querySelectorAll('label, button, a, th, td, span, legend, h2, h3, h4, [role=button]');
  for (const el of Array.from(candidates)) {
    const t = normalize(textOf(el, 200));
    if (t !== want && !t.startsWith(`${want} `)) continue;
    if (!shown(el)) continue;
    // A label points at its control; a row cell stands for its row.
    if (el.tagName === 'LABEL') {
      const control = controlOfLabel(el);
      if (control && shown(control)) return control;
    }
    if (el.tagName === 'TD' || el.tagName === 'SPAN') return el.closest('tr') ?? el;
    return el;
  }
  return null;
}

/**
 * The page's readings as the content script's page hub makes them (lib/features/page-hub.ts): the
 * latest one, every new one, and a way to ask for a fresh one soon. A waiting step uses these
 * instead of reading the page itself.
 */
export interface PageReads {
  latest(): PageReading | null;
  onRead(listener: (reading: PageReading) => void, signal: AbortSignal): void;
  refresh(): void;
}

export function findTarget(target: GuideTarget, adapter: PortalAdapter, doc: Document, url: URL, opts: ResolveOptions = {}, reading?: PageReading | null): Exclude<Resolved, { el: null }> | null {
  try {
    const byKey = resolveTargetKey(target.key, reading ?? readPage(adapter, url, doc), doc, opts);
    if (byKey) return { el: byKey, via: 'key' };
    if (target.css) {
      const el = Array.from(doc.querySelectorAll(target.css)).find((e) => opts.includeHidden || isShown(e));
      if (el) return { el, via: 'css' };
    }
    if (target.label) {
      const el = byLabel(doc, target.label, opts);
      if (el) return { el, via: 'label' };
    }
  } catch {
    // A selector the browser rejects, or a page in an odd state: treat as not found.
  }
  return null;
}

/**
 * Resolves now, or when the page has rendered it, or gives up after `timeoutMs`. With the page's
 * readings (`reads`), a change of the page asks the page hub for a fresh reading (at most one per
 * its throttle) and each reading is looked in; without them, the page is read here.
 */
export function waitForTarget(
  target: GuideTarget,
  adapter: PortalAdapter,
  win: Window,
  opts: { timeoutMs: number; signal: AbortSignal; intervalMs?: number; reads?: PageReads },
): Promise<Resolved> {
  const reads = opts.reads;
  const find = (reading?: PageReading | null) => {
    const hit = findTarget(target, adapter, win.document, new URL(win.location.href), {}, reading ?? reads?.latest());
    // An element of an older reading the portal has since rendered away is no target.
    return hit?.el.isConnected ? hit : null;
  };
  const now = find();
  if (now) return Promise.resolve(now);
  // The latest reading may be older than the page: ask for a fresh one.
  reads?.refresh();
  return new Promise((resolve) => {
    let pending = false;
    const Observer = (win as Window & typeof globalThis).MutationObserver;
    const waiting = new AbortController();
    const done = (r: Resolved) => {
      observer.disconnect();
      waiting.abort();
      win.clearTimeout(timer);
      opts.signal.removeEventListener('abort', onAbort);
      resolve(r);
    };
    const check = (reading?: PageReading) => {
      pending = false;
      const hit = find(reading);
      if (hit) done(hit);
    };
    if (reads) reads.onRead(check, waiting.signal);
    const observer = new Observer(() => {
      if (reads) return reads.refresh();
      if (pending) return;
      pending = true;
      win.setTimeout(check, opts.intervalMs ?? 100);
    });
    observer.observe(win.document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'aria-selected', 'aria-expanded', 'class', 'style'] });
    const timer = win.setTimeout(() => done({ el: null, reason: 'timeout' }), opts.timeoutMs);
    const onAbort = () => done({ el: null, reason: 'aborted' });
    opts.signal.addEventListener('abort', onAbort, { once: true });
  });
}
