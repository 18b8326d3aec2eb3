/**
 * Timing records in IndexedDB (the extension's own origin), through idb. The schema is versioned
 * with migrations from day one; retention and a size cap keep it small; a full disk or a blocked
 * upgrade never loses what is stored and never throws at the recorder: the oldest records go first,
 * with a note the dashboard shows.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { TimingRecord } from './record.schema';

export const DB_NAME = 'dvc-timings';

type Db = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/**
 * Migration i upgrades version i to i + 1. Released entries are never edited: a machine may still
 * hold data written by any of them (tests/unit/timings/store.test.ts opens each version with data).
 */
export const MIGRATIONS: ((db: Db, tx: UpgradeTx) => void)[] = [
  // v1: records by id, by time.
  (db) => {
    db.createObjectStore('records', { keyPath: 'id' }).createIndex('at', 'at');
  },
  // v2: the dashboard's filters by portal and procedure; notes for the person (records dropped).
  (db, tx) => {
    const records = tx.objectStore('records');
    records.createIndex('portal', 'portal');
    records.createIndex('code', 'code');
    db.createObjectStore('meta');
  },
];
export const DB_VERSION = MIGRATIONS.length;

export interface StoreNote {
  at: number;
  kind: 'dropped-oldest' | 'quota' | 'retention';
  count: number;
}

export interface StoreLimits {
  maxRecords: number;
  retentionDays: number;
}

export const DEFAULT_LIMITS: StoreLimits = { maxRecords: 200_000, retentionDays: 180 };

export function openTimingsDb(version = DB_VERSION, name = DB_NAME): Promise<Db> {
  return openDB(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) MIGRATIONS[v]!(db, tx as unknown as UpgradeTx);
    },
    // Another page holds an older version open: let it go so the upgrade can proceed.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
    },
  });
}

function isQuota(err: unknown): boolean {
  const name = (err as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

export class TimingsStore {
  constructor(
    private readonly db: Db,
    private readonly limits: StoreLimits = DEFAULT_LIMITS,
  ) {}

  static async open(limits: StoreLimits = DEFAULT_LIMITS, name = DB_NAME): Promise<TimingsStore> {
    return new TimingsStore(await openTimingsDb(DB_VERSION, name), limits);
  }

  close(): void {
    this.db.close();
  }

  /**
   * Adds records (ids already present are kept as they are). On a full disk the oldest tenth goes,
   * with a note, and the write is tried once more. Returns the ids written; never throws.
   */
  async add(records: readonly TimingRecord[]): Promise<{ written: number; failed: boolean }> {
    if (!records.length) return { written: 0, failed: false };
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const tx = this.db.transaction('records', 'readwrite');
        // Awaited below; caught here too, so an aborted transaction (a worker stopping, a full disk)
        // ends in the catch and not also as an unhandled rejection in the worker's console.
        tx.done.catch(() => undefined);
        const store = tx.objectStore('records');
        let written = 0;
        for (const r of records) {
          if ((await store.getKey(r.id)) !== undefined) continue;
          await store.add(r);
          written++;
        }
        await tx.done;
        await this.enforceCap();
        return { written, failed: false };
      } catch (err) {
        if (!isQuota(err) || attempt > 0) {
          await this.note({ at: Date.now(), kind: 'quota', count: records.length }).catch(() => undefined);
          return { written: 0, failed: true };
        }
        const count = await this.count();
        await this.dropOldest(Math.max(1, Math.ceil(count / 10)), 'quota');
      }
    }
    return { written: 0, failed: true };
  }

  async count(): Promise<number> {
    return this.db.count('records');
  }

  /** Records with at in [from, to], oldest first. */
  async range(from = 0, to = Number.MAX_SAFE_INTEGER): Promise<TimingRecord[]> {
    return (await this.db.getAllFromIndex('records', 'at', IDBKeyRange.bound(from, to))) as TimingRecord[];
  }

  async ids(): Promise<Set<string>> {
    return new Set((await this.db.getAllKeys('records')) as string[]);
  }

  async clear(): Promise<void> {
    await this.db.clear('records');
  }

  /** Removes what is older than the retention period; notes how many went. */
  async prune(now: number): Promise<number> {
    const cutoff = now - this.limits.retentionDays * 24 * 3600 * 1000;
    const tx = this.db.transaction('records', 'readwrite');
    let removed = 0;
    for (let c = await tx.store.index('at').openCursor(IDBKeyRange.upperBound(cutoff, true)); c; c = await c.continue()) {
      await c.delete();
      removed++;
    }
    await tx.done;
    if (removed) await this.note({ at: now, kind: 'retention', count: removed });
    return removed;
  }

  async notes(): Promise<StoreNote[]> {
    return ((await this.db.get('meta', 'notes')) as StoreNote[] | undefined) ?? [];
  }

  private async note(n: StoreNote): Promise<void> {
    const notes = await this.notes();
    await this.db.put('meta', [...notes, n].slice(-50), 'notes');
  }

  private async enforceCap(): Promise<void> {
    const count = await this.count();
    if (count > this.limits.maxRecords) await this.dropOldest(count - this.limits.maxRecords, 'dropped-oldest');
  }

  private async dropOldest(n: number, why: StoreNote['kind']): Promise<void> {
    const tx = this.db.transaction('records', 'readwrite');
    let removed = 0;
    for (let c = await tx.store.index('at').openCursor(); c && removed < n; c = await c.continue()) {
      await c.delete();
      removed++;
    }
    await tx.done;
    if (removed) await this.note({ at: Date.now(), kind: why, count: removed }).catch(() => undefined);
  }
}
