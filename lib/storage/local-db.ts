/**
 * The extension's own IndexedDB for what people create or see (once-only findings, guide-authoring
 * drafts): unlike storage.local, a content script cannot open it, so a portal page that ran code in
 * our content script's world could still not read or change it. Only extension pages and the
 * background open it. Versioned with migrations, like the timings store.
 */
import { openDB, type IDBPDatabase } from 'idb';

export const LOCAL_DB = 'dvc-local';

export type LocalDb = IDBPDatabase<unknown>;

/** Migration i upgrades version i to i + 1. Released entries are never edited. */
const MIGRATIONS: ((db: LocalDb) => void)[] = [
  // v1: once-only findings by id (host|code|paper|where|matched words), by "last seen"; drafts by id; meta.
  (db) => {
    db.createObjectStore('findings', { keyPath: 'id' }).createIndex('lastSeen', 'lastSeen');
    db.createObjectStore('drafts', { keyPath: 'id' });
    db.createObjectStore('meta');
  },
];

let opening: Promise<LocalDb> | null = null;

export function localDb(): Promise<LocalDb> {
  opening ??= openDB(LOCAL_DB, MIGRATIONS.length, {
    upgrade(db, oldVersion) {
      for (let v = oldVersion; v < MIGRATIONS.length; v++) MIGRATIONS[v]!(db);
    },
    // Another page holds an older version open: let it go so the upgrade can proceed.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      opening = null;
    },
    terminated() {
      opening = null;
    },
  }).catch((err: unknown) => {
    opening = null;
    throw err;
  });
  return opening;
}

/** For tests: forget the open connection (fake-indexeddb is reset between them). */
export async function closeLocalDb(): Promise<void> {
  const db = await opening?.catch(() => null);
  db?.close();
  opening = null;
}
