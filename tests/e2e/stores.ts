import type { Page } from '@playwright/test';

/**
 * Everything the extension keeps, as one text to search for a person's data: every IndexedDB
 * database of the extension's origin, and storage local, session and sync. `page` is one of the
 * extension's own pages (only they can open its databases).
 */
export async function extensionStoresDump(page: Page): Promise<{ stores: number; text: string }> {
  return page.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    const dbs: unknown[] = [];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const names = Array.from(db.objectStoreNames);
      if (names.length) {
        const tx = db.transaction(names);
        for (const n of names) dbs.push({ db: info.name, store: n, rows: await new Promise((r) => (tx.objectStore(n).getAll().onsuccess = (e) => r((e.target as IDBRequest).result))) });
      }
      db.close();
    }
    return { stores: dbs.length, text: JSON.stringify([dbs, await c.storage.local.get(null), await c.storage.session.get(null), await c.storage.sync.get(null)]) };
  });
}
