/**
 * Storage faults (issue 10 §4) at the recorder's level: a database connection closed under it
 * (by the browser, or an upgrade elsewhere) loses no record — they wait in the session buffer —
 * and the recorder keeps working on a fresh connection.
 */
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, test } from 'vitest';
import { BUFFER_KEY, INFLIGHT_KEY, TimingsRecorder } from '../../../lib/timings/recorder-background';
import type { TimingRecord } from '../../../lib/timings/record.schema';
import { TimingsStore } from '../../../lib/timings/store';
import { recordFigure } from '../../figures';
import { records as sample } from '../timings/sample-records';

const batch = (from: number, n: number): TimingRecord[] => Array.from({ length: n }, (_, i) => ({ ...sample[2]!, id: `rec-${String(from + i).padStart(8, '0')}`, at: sample[2]!.at + from + i }) as TimingRecord);

describe('storage faults at the recorder', () => {
  beforeEach(() => fakeBrowser.reset());

  test('a connection closed under the recorder: 0 records lost, the next flush writes them on a new connection', async () => {
    const recorder = new TimingsRecorder();
    await fakeBrowser.storage.session.set({ [BUFFER_KEY]: batch(0, 50) });
    await recorder.flush();
    const first = await recorder.storeNow();
    expect(await first.count()).toBe(50);

    first.close(); // as the browser does on storage pressure or a deleted profile folder
    await fakeBrowser.storage.session.set({ [BUFFER_KEY]: batch(50, 50) });
    await recorder.flush(); // fails on the closed connection, keeps the buffer
    expect(((await fakeBrowser.storage.session.get(BUFFER_KEY))[BUFFER_KEY] as unknown[]).length).toBe(50);

    await recorder.flush(); // a new connection
    const reopened = await recorder.storeNow();
    expect(reopened).not.toBe(first);
    const ids = await reopened.ids();
    const lost = batch(0, 100).filter((r) => !ids.has(r.id)).length;
    expect(lost).toBe(0);
    expect(((await fakeBrowser.storage.session.get(BUFFER_KEY))[BUFFER_KEY] as unknown[]).length).toBe(0);
    recordFigure({ id: 'storage-closed-db', area: 'storage', what: 'records acknowledged before and during a database connection closed under the recorder', cases: 100, recordsLost: lost });
    reopened.close();
    await TimingsStore.open().then((s) => s.clear().then(() => s.close()));
  });

  const bufferLength = async () => (((await fakeBrowser.storage.session.get(BUFFER_KEY))[BUFFER_KEY] as unknown[] | undefined) ?? []).length;
  const emptyStore = () => TimingsStore.open().then((s) => s.clear().then(() => s.close()));

  test('the worker stopped in the middle of the IndexedDB write: the transaction is rolled back, the records stay in the buffer and the next worker writes each once', async () => {
    const stopped = new TimingsRecorder();
    await fakeBrowser.storage.session.set({ [BUFFER_KEY]: batch(0, 100) });
    // The browser ends a stopped worker's open transactions: the 40th record's write is where it dies.
    const add = IDBObjectStore.prototype.add;
    let writes = 0;
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (++writes === 40) this.transaction.abort();
      return add.apply(this, args);
    };
    try {
      await stopped.flush();
    } finally {
      IDBObjectStore.prototype.add = add;
    }
    const half = await stopped.storeNow();
    expect(await half.count()).toBe(0); // nothing of the aborted transaction was kept
    expect(await bufferLength()).toBe(100);
    half.close();

    const next = new TimingsRecorder(); // a new worker: memory gone, session storage kept
    await next.flush();
    const store = await next.storeNow();
    const ids = await store.ids();
    const lost = batch(0, 100).filter((r) => !ids.has(r.id)).length;
    expect(lost).toBe(0);
    expect(await store.count()).toBe(100);
    expect(await bufferLength()).toBe(0);
    recordFigure({ id: 'storage-sw-stop-in-write', area: 'storage', what: 'service worker stopped during the IndexedDB write (transaction aborted at its 40th record); the next worker writes the buffer', cases: 100, recordsLost: lost });
    store.close();
    await emptyStore();
  });

  test('the worker stopped after the write was committed but before the buffer was emptied: written again, no duplicates', async () => {
    const store = await TimingsStore.open();
    await store.add(batch(0, 60));
    await fakeBrowser.storage.session.set({ [BUFFER_KEY]: batch(0, 80) }); // 60 already committed, 20 not
    const next = new TimingsRecorder();
    await next.flush();
    expect(await store.count()).toBe(80);
    expect(await bufferLength()).toBe(0);
    store.close();
    await emptyStore();
  });

  test('an upload that outlasts the worker (weak internet, 30 s idle limit) is recorded by the next worker when it ends', async () => {
    const host = 'dichvucong.quangngai.gov.vn';
    const t = Date.now();
    const before = new TimingsRecorder();
    await before.handle(3, { type: 'page', at: t, portal: 'igate', host, kind: 'upload', code: '1.001193', step: 2 });
    before.requestStarted({ requestId: 'r1', tabId: 3, url: `https://${host}/fi/file/--multiple`, method: 'POST', type: 'xmlhttprequest', timeStamp: t + 100 });
    before.requestStarted({ requestId: 'r2', tabId: 3, url: `https://${host}/vi/assets/app.js`, method: 'GET', type: 'script', timeStamp: t + 100 });
    await before.flush();
    expect(Object.keys((await fakeBrowser.storage.session.get(INFLIGHT_KEY))[INFLIGHT_KEY] as object)).toEqual(['r1']);

    const after = new TimingsRecorder(); // the upload's end wakes a new worker
    after.requestEnded({ requestId: 'r2', timeStamp: t + 200, statusCode: 200 });
    after.requestEnded({ requestId: 'r1', timeStamp: t + 65_100, statusCode: 200 });
    await after.flush();
    const uploads = (await (await after.storeNow()).range()).filter((r) => r.type === 'upload');
    expect(uploads).toHaveLength(1);
    expect(uploads[0]).toMatchObject({ durationMs: 65_000, outcome: 'ok' });
    expect((await fakeBrowser.storage.session.get(INFLIGHT_KEY))[INFLIGHT_KEY]).toEqual({});
    recordFigure({ id: 'storage-sw-stop-upload', area: 'storage', what: 'an upload under way while the service worker stops (65 s, past the 30 s idle limit): recorded when it ends, from session storage', cases: 1, recordsLost: uploads.length === 1 ? 0 : 1 });
    (await after.storeNow()).close();
    await emptyStore();
  });
});
