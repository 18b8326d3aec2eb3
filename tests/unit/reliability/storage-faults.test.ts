/**
 * Storage faults (issue 10 §4) at the recorder's level: a database connection closed under it
 * (by the browser, or an upgrade elsewhere) loses no record — they wait in the session buffer —
 * and the recorder keeps working on a fresh connection.
 */
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, test } from 'vitest';
import { BUFFER_KEY, TimingsRecorder } from '../../../lib/timings/recorder-background';
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
});
