import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, MIGRATIONS, openTimingsDb, TimingsStore } from '../../../lib/timings/store';
import type { TimingRecord } from '../../../lib/timings/record.schema';
import { recordFigure } from '../../figures';

let dbSeq = 0;
const names: string[] = [];
const freshName = () => {
  const name = `timings-test-${++dbSeq}`;
  names.push(name);
  return name;
};
afterEach(() => names.splice(0).forEach((n) => indexedDB.deleteDatabase(n)));

const rec = (i: number, at = Date.UTC(2026, 10, 1) + i * 1000): TimingRecord => ({
  id: `rec-${String(i).padStart(8, '0')}`,
  type: 'upload',
  at,
  portal: 'igate',
  host: 'dichvucong.quangngai.gov.vn',
  kind: 'upload',
  code: '1.001193',
  bytes: 1000,
  files: 1,
  durationMs: 100,
  throughputKBps: 9.8,
  outcome: 'ok',
  status: 200,
});

describe('timings store', () => {
  it('data written by every earlier schema version is intact after the upgrade to the current one', async () => {
    for (let v = 1; v < DB_VERSION; v++) {
      const name = freshName();
      const old = await openTimingsDb(v, name);
      for (let i = 0; i < 50; i++) await old.put('records', rec(i));
      old.close();
      const store = await TimingsStore.open(undefined, name);
      expect(await store.count()).toBe(50);
      expect(await store.range()).toEqual(Array.from({ length: 50 }, (_, i) => rec(i)));
      await store.add([rec(50)]);
      expect(await store.count()).toBe(51);
      store.close();
    }
    expect(MIGRATIONS).toHaveLength(DB_VERSION);
    recordFigure({ id: 'storage-upgrade', area: 'storage', what: `upgrade from every released schema version (${DB_VERSION - 1}) to v${DB_VERSION}, 50 records each`, cases: (DB_VERSION - 1) * 50, recordsLost: 0 });
  });

  it('skips ids already stored (merging another machine), keeps a cap by dropping the oldest with a note, prunes by retention', async () => {
    const name = freshName();
    const store = new TimingsStore(await openTimingsDb(DB_VERSION, name), { maxRecords: 10, retentionDays: 30 });
    expect((await store.add([rec(1), rec(2)])).written).toBe(2);
    expect((await store.add([rec(2), rec(3)])).written).toBe(1);
    await store.add(Array.from({ length: 12 }, (_, i) => rec(100 + i)));
    expect(await store.count()).toBe(10);
    expect((await store.range()).map((r) => r.id)[0]).toBe('rec-00000102'); // 15 stored, cap 10: the 5 oldest went
    expect((await store.notes()).at(-1)).toMatchObject({ kind: 'dropped-oldest', count: 5 });
    const removed = await store.prune(Date.UTC(2026, 10, 1) + 40 * 24 * 3600 * 1000);
    expect(removed).toBe(10);
    store.close();
  });

  it('a quota error in the middle of a write loses no earlier record and does not throw', async () => {
    const name = freshName();
    const db = await openTimingsDb(DB_VERSION, name);
    const store = new TimingsStore(db);
    await store.add(Array.from({ length: 20 }, (_, i) => rec(i)));
    // The disk fills up: every add now fails the way browsers report it.
    const realTransaction = db.transaction.bind(db);
    (db as unknown as { transaction: unknown }).transaction = (names: never, mode: never) => {
      const tx = realTransaction(names, mode);
      if (mode === 'readwrite' && names === ('records' as never)) {
        const s = (tx as unknown as { objectStore(n: string): object }).objectStore('records');
        (s as unknown as { add: unknown }).add = () => Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
      }
      return tx;
    };
    const result = await store.add([rec(500), rec(501)]);
    expect(result.failed).toBe(true);
    (db as unknown as { transaction: unknown }).transaction = realTransaction;
    // What was stored before is still there, except the oldest tenth the person is told about.
    const notes = await store.notes();
    expect(notes.map((n) => n.kind)).toEqual(['quota', 'quota']);
    expect(notes[0]).toMatchObject({ count: 2 }); // the oldest tenth of 20 went to make room
    const left = (await store.range()).map((r) => r.id);
    expect(left).toEqual(Array.from({ length: 18 }, (_, i) => rec(i + 2).id));
    // And the store keeps working once there is room again.
    expect((await store.add([rec(600)])).written).toBe(1);
    store.close();
    recordFigure({ id: 'storage-quota', area: 'storage', what: 'QuotaExceededError in the middle of a write (20 stored, 2 more written)', cases: 22, recordsLost: 0, measure: 'the oldest tenth (2) dropped to make room, with a note shown on the timings page; the failed write stays in the recorder\'s session buffer; the store keeps working' });
  });

  it('an upgrade blocked by one of our own older connections proceeds: that connection lets go by itself', async () => {
    const name = freshName();
    const old = await openTimingsDb(1, name);
    await old.put('records', rec(1));
    // Not closed here: openTimingsDb's "blocking" handler closes it when the new version asks.
    const db = await openTimingsDb(DB_VERSION, name);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.count('records')).toBe(1);
    db.close();
    recordFigure({ id: 'storage-blocked', area: 'storage', what: 'upgrade blocked by an older open connection of ours', cases: 1, recordsLost: 0 });
  });
});
