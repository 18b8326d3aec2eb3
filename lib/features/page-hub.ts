/**
 * What every feature on a portal page shares: the adapter, one page watch with its latest reading,
 * the overlay host, the shared channels, and the way to the companion (the on-demand part). Made
 * once by the resident content script; the companion finds it in the content scripts' isolated
 * world (companion-link.ts) and bundles none of it again.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../messaging/resident-wire';
import type { PageReads } from '../guides/anchor';
import type { PageReport, PageReportAnswer } from '../page/page-report';
import { ownLifetime, watchLocation, type Lifetime } from '../page/lifetime';
import { watchPage } from '../page/watch-page';
import { readPage } from '../portals/read-page';
import { summarize, type PageReading, type PageSummary, type PortalAdapter } from '../portals/types';
import { overlayHost, type OverlayHost } from './overlay-host';
import { sharedState, type SharedState } from './shared';

export interface PageHub {
  readonly adapter: PortalAdapter;
  /** The browser's own choice: English for an English UI, else Vietnamese. */
  readonly lang: 'vi' | 'en';
  readonly life: Lifetime;
  /** The latest reading and its summary (null: not recognised). */
  readonly reading: PageReading | null;
  readonly summary: PageSummary | null;
  /** The latest reading is on another route (path, hash, page kind or step) than the one before. */
  readonly routeChanged: boolean;
  /** Runs before the reading's listeners (the feature runner starts and stops features here). */
  beforeReading(listener: () => void, signal: AbortSignal): void;
  /**
   * Every reading whose summary changed. A listener added outside a reading (a feature the
   * companion starts) hears the latest reading at once.
   */
  onReading(listener: (reading: PageReading) => void, signal: AbortSignal): void;
  /**
   * Adds to the one message this reading sends the background (`page/reading`, sent once the
   * reading's listeners ran); the answer comes to `onAnswer`, null when the background could not answer.
   */
  report(part: PageReport, onAnswer?: (answer: PageReportAnswer | null) => void): void;
  /** Client-side route changes, before their reading. */
  onRoute(listener: () => void, signal: AbortSignal): void;
  /** A fresh reading now (a field the latest reading does not know yet). */
  readNow(): PageReading;
  /** The readings as they come, changed or not, and a fresh one soon on asking (lib/guides/anchor.ts PageReads). */
  readonly reads: PageReads;
  readonly overlay: OverlayHost;
  readonly shared: SharedState;
  /** Loads the companion (the panel, the guide, the hint card) into this page, once. */
  companion(): Promise<void>;
  /** Set by the companion when it starts, against a second copy. */
  companionStarted: boolean;
}

type Listener<A extends unknown[]> = { fn: (...args: A) => void; signal: AbortSignal };
function listeners<A extends unknown[]>() {
  const list = new Set<Listener<A>>();
  return {
    add(fn: (...args: A) => void, signal: AbortSignal) {
      if (signal.aborted) return;
      const entry = { fn, signal };
      list.add(entry);
      signal.addEventListener('abort', () => list.delete(entry), { once: true });
    },
    emit(...args: A) {
      for (const l of [...list]) {
        if (l.signal.aborted) continue;
        try {
          l.fn(...args);
        } catch {
          // One feature's failure stops none of the others.
        }
      }
    },
  };
}

export function startPageHub(adapter: PortalAdapter, ctx: ContentScriptContext): PageHub {
  // Our own lifetime, not WXT's: a page can forge the event that ends WXT's (lib/page/lifetime.ts).
  const life = ownLifetime(ctx);
  const before = listeners<[]>();
  const readings = listeners<[PageReading]>();
  const routes = listeners<[]>();
  const reads = listeners<[PageReading]>();
  let latestRead: PageReading | null = null;
  let watch: { refresh(): void } | null = null;
  const overlay = overlayHost(document, life.signal);
  let routeKey = '';
  let inReading = false;
  let companionLoad: Promise<void> | null = null;
  let report: PageReport | null = null;
  let answerers: ((answer: PageReportAnswer | null) => void)[] = [];
  let reportQueued = false;
  const sendReport = () => {
    reportQueued = false;
    const sent = report;
    const waiting = answerers;
    report = null;
    answerers = [];
    if (!sent) return;
    const tell = (answer: PageReportAnswer | null) => {
      for (const onAnswer of waiting) {
        try {
          onAnswer(answer);
        } catch {
          // One feature's failure stops none of the others.
        }
      }
    };
    // The background may be restarting: each part's feature hears null and asks again later.
    sendMessage('page/reading', sent).then((a) => tell(a ?? {}), () => tell(null));
  };

  const hub: PageHub = {
    adapter,
    lang: browser.i18n.getUILanguage().startsWith('en') ? 'en' : 'vi',
    life,
    reading: null,
    summary: null,
    routeChanged: false,
    beforeReading: before.add,
    onReading(listener, signal) {
      readings.add(listener, signal);
      if (!inReading && hub.reading && !signal.aborted) listener(hub.reading);
    },
    onRoute: routes.add,
    report(part, onAnswer) {
      report = { ...report, ...part };
      if (onAnswer) answerers.push(onAnswer);
      // Inside a reading the message goes when its listeners are done; outside, in a moment.
      if (inReading || reportQueued) return;
      reportQueued = true;
      queueMicrotask(sendReport);
    },
    readNow: () => readPage(adapter, new URL(location.href), document),
    reads: {
      latest: () => latestRead,
      onRead: reads.add,
      refresh: () => watch?.refresh(),
    },
    overlay,
    shared: sharedState(),
    companion() {
      // A restarting background answers the next ask: only a load that went through is kept.
      companionLoad ??= sendMessage('companion/load', undefined).then(
        () => undefined,
        () => {
          companionLoad = null;
        },
      );
      return companionLoad;
    },
    companionStarted: false,
  };
  const mutable = hub as { -readonly [K in keyof PageHub]: PageHub[K] };

  watch = watchPage(adapter, window, {
    // The page's own timers (watchPage checks the signal itself): ctx.setTimeout would add an
    // invalidation listener per reading that is never removed, a few hundred bytes per route all day.
    signal: life.signal,
    isOwnNode: overlay.isOwn,
    // The script's own start (compiling, listeners) and the first reading are two short tasks, not one long one.
    firstReadingDelayMs: 0,
    onRead: (r) => {
      latestRead = r;
      reads.emit(r);
    },
    onReading: (r) => {
      if (!life.check()) return;
      const summary = summarize(r);
      const key = `${location.pathname}${location.hash}|${summary.kind}|${summary.step?.index ?? ''}`;
      mutable.routeChanged = routeKey !== '' && key !== routeKey;
      routeKey = key;
      mutable.reading = r;
      mutable.summary = summary.kind === 'other' ? null : summary;
      inReading = true;
      try {
        before.emit();
        readings.emit(r);
      } finally {
        inReading = false;
      }
      sendReport();
    },
  });
  // pushState routes that change nothing in the DOM right away still get a fresh reading.
  watchLocation(window, life.signal, () => {
    routes.emit();
    watch?.refresh();
  });
  return hub;
}
