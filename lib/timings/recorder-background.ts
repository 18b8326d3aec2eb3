/**
 * The recorder's background half: the tab's requests as the browser sees them (webRequest, no
 * bodies, no wrapping of the page's objects), the content script's events, and the store. Tab
 * state and not-yet-stored records live in session storage, so a service worker stopped in the
 * middle of a filing loses neither.
 */
import { browser } from 'wxt/browser';
import { adapterFor } from '../portals/registry';
import { DEFAULT_RECORDER_SETTINGS, emptyTab, reduce, type RecorderSettings, type RequestRole, type TabState, type TimingEvent } from './journey';
import { loadTimingsSettings } from './settings';
import type { TimingRecord } from './record.schema';
import { DEFAULT_LIMITS, TimingsStore, type StoreLimits } from './store';

export const BUFFER_KEY = 'timingsBuffer';
/** Records waiting for IndexedDB (a full disk, a blocked upgrade): kept, up to this many. */
const BUFFER_CAP = 5000;
/**
 * The portal's POSTs under way (uploads, submits), kept in session storage: on weak internet an
 * upload outlasts the worker's 30 s idle limit, and its end wakes a new worker that remembers
 * nothing. GETs are not kept: many per page, and a lost page request costs no record of a filing.
 */
export const INFLIGHT_KEY = 'timings:inflight';
/** How long an upload that ended before its sizes arrived waits for them. */
const SIZES_WAIT_MS = 500;
/** In-flight entries older than this are forgotten (the request ended while no worker listened). */
const INFLIGHT_MAX_AGE_MS = 60 * 60_000;

function newId(): string {
  return crypto.randomUUID();
}

interface PendingRequest {
  tabId: number;
  post: boolean;
  start: number;
  role: RequestRole;
  resource: string;
  mainFrame: boolean;
}

export class TimingsRecorder {
  private store: Promise<TimingsStore> | null = null;
  private readonly pending = new Map<string, PendingRequest>();
  private readonly lastMainFrame = new Map<number, number>();
  private chain: Promise<void> = Promise.resolve();

  storeNow(): Promise<TimingsStore> {
    this.store ??= loadTimingsSettings()
      .then(async (s) => {
        const store = await TimingsStore.open({ ...DEFAULT_LIMITS, retentionDays: s.retentionDays } satisfies StoreLimits);
        // Retention is applied each time the background starts (at most a few times a day).
        await store.prune(Date.now()).catch(() => undefined);
        return store;
      })
      .catch((err: unknown) => {
        // A store that failed to open is retried next time; records wait in the session buffer.
        this.store = null;
        throw err;
      });
    return this.store;
  }

  /** Serialised: events of all tabs go through one queue, so state reads and writes never interleave. */
  handle(tabId: number, event: TimingEvent): Promise<void> {
    return this.queue(() => this.apply(tabId, event));
  }

  private async apply(tabId: number, event: TimingEvent, waited = false): Promise<void> {
    const key = `timings:tab:${tabId}`;
    const prev = ((await browser.storage.session.get(key))[key] as TabState | undefined) ?? emptyTab();
    // The page sends the files' sizes before the upload starts, but its message and the browser's
    // report of a short upload's end race each other: an upload that ends before its sizes arrived
    // waits for them once, briefly, instead of being recorded without a size.
    if (event.type === 'request' && event.role === 'upload' && !prev.pendingUpload && !waited) {
      setTimeout(() => void this.queue(() => this.apply(tabId, event, true)), SIZES_WAIT_MS);
      return;
    }
    const settings = await loadTimingsSettings();
    const recorder: RecorderSettings = { ...DEFAULT_RECORDER_SETTINGS, hangMs: settings.hangSeconds * 1000 };
    const { state, records } = reduce(prev, event, recorder, newId);
    if (event.type === 'tab-gone') await browser.storage.session.remove(key);
    else await browser.storage.session.set({ [key]: state });
    if (records.length) await this.keep(records);
  }

  /** Write-ahead: records go to the session buffer first, then to IndexedDB; the buffer empties on success. */
  private async keep(records: TimingRecord[]): Promise<void> {
    const buffered = ((await browser.storage.session.get(BUFFER_KEY))[BUFFER_KEY] as TimingRecord[] | undefined) ?? [];
    const all = [...buffered, ...records].slice(-BUFFER_CAP);
    await browser.storage.session.set({ [BUFFER_KEY]: all });
    await this.writeBuffer();
  }

  /**
   * Writes what waits in the buffer (at start-up: what a stopped worker left). Queued with the
   * events: run beside them, it could empty the buffer just after an event's records were added
   * to it, and those would be gone if their own write then failed (a full disk).
   */
  flush(): Promise<void> {
    return this.queue(() => this.writeBuffer());
  }

  /**
   * The buffer empties only after IndexedDB confirmed the write. A worker stopped in between leaves
   * the records in the buffer; the store skips ids it already has, so writing them again is safe.
   */
  private async writeBuffer(): Promise<void> {
    const buffered = ((await browser.storage.session.get(BUFFER_KEY))[BUFFER_KEY] as TimingRecord[] | undefined) ?? [];
    if (!buffered.length) return;
    try {
      const store = await this.storeNow();
      const result = await store.add(buffered);
      if (!result.failed) await browser.storage.session.set({ [BUFFER_KEY]: [] });
      else {
        // The connection may be gone (closed by the browser or an upgrade elsewhere): open a new one next time.
        this.store = null;
        store.close();
      }
    } catch {
      /* kept in the buffer; the next event or start-up tries again */
    }
  }

  /** webRequest, observation only. Role from the portal adapter's named endpoints; never the URL kept. */
  requestStarted(d: { requestId: string; tabId: number; url: string; method: string; type: string; timeStamp: number }): void {
    if (d.tabId < 0) return;
    let url: URL;
    try {
      url = new URL(d.url);
    } catch {
      return;
    }
    // The browser's own favicon fetch is not the portal's doing; a missing one is not a filing error.
    if (url.pathname === '/favicon.ico') return;
    const requests = adapterFor(url.hostname)?.requests;
    const post = d.method === 'POST';
    const role: RequestRole = post && requests?.upload?.test(url.pathname) ? 'upload' : post && requests?.submit?.test(url.pathname) ? 'submit' : 'other';
    if (d.type === 'main_frame') this.lastMainFrame.set(d.tabId, d.timeStamp);
    const request: PendingRequest = { tabId: d.tabId, post, start: d.timeStamp, role, resource: d.type, mainFrame: d.type === 'main_frame' };
    this.pending.set(d.requestId, request);
    if (post) void this.queue(() => this.updateInflight((kept) => ({ ...kept, [d.requestId]: request })));
  }

  requestEnded(d: { requestId: string; timeStamp: number; statusCode?: number; error?: string }): void {
    const p = this.pending.get(d.requestId);
    if (p) {
      this.pending.delete(d.requestId);
      if (p.post) void this.queue(() => this.updateInflight(({ [d.requestId]: _ended, ...rest }) => rest));
      void this.handle(p.tabId, this.requestEvent(p, d));
      return;
    }
    // Begun under a worker that has since stopped: known only from session storage.
    void this.queue(async () => {
      const kept = (await this.inflight())[d.requestId];
      if (!kept) return;
      await this.updateInflight(({ [d.requestId]: _ended, ...rest }) => rest);
      // Its sizes, if any, arrived long ago (under the old worker): no wait.
      await this.apply(kept.tabId, this.requestEvent(kept, d), true);
    });
  }

  private queue(task: () => Promise<void>): Promise<void> {
    this.chain = this.chain.then(task).catch(() => undefined);
    return this.chain;
  }

  private async inflight(): Promise<Record<string, PendingRequest>> {
    return ((await browser.storage.session.get(INFLIGHT_KEY))[INFLIGHT_KEY] as Record<string, PendingRequest> | undefined) ?? {};
  }

  private async updateInflight(change: (kept: Record<string, PendingRequest>) => Record<string, PendingRequest>): Promise<void> {
    const kept = await this.inflight();
    const oldest = Date.now() - INFLIGHT_MAX_AGE_MS;
    const fresh = Object.fromEntries(Object.entries(change(kept)).filter(([, r]) => r.start >= oldest));
    await browser.storage.session.set({ [INFLIGHT_KEY]: fresh });
  }

  private requestEvent(p: PendingRequest, d: { timeStamp: number; statusCode?: number; error?: string }): TimingEvent {
    const reloadedSince = (this.lastMainFrame.get(p.tabId) ?? 0) > p.start;
    return {
      type: 'request',
      at: d.timeStamp,
      start: p.start,
      role: p.role,
      resource: p.resource,
      mainFrame: p.mainFrame,
      status: d.statusCode ?? null,
      error: d.error ?? null,
      reloadedSince,
      post: p.post,
    };
  }

  tabGone(tabId: number): void {
    const pending: { start: number; resource: string }[] = [];
    for (const [id, p] of this.pending) {
      if (p.tabId !== tabId) continue;
      pending.push({ start: p.start, resource: p.resource });
      this.pending.delete(id);
    }
    this.lastMainFrame.delete(tabId);
    void this.handle(tabId, { type: 'tab-gone', at: Date.now(), pending });
  }
}
