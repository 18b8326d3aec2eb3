import type { BrowserContext, Page } from '@playwright/test';
import { extensionId } from './browser';

/** Every timing record in the extension's IndexedDB, read from one of its pages. */
export async function timingRecords(context: BrowserContext): Promise<Record<string, unknown>[]> {
  const page = await extensionPage(context, 'findings.html');
  const records = await page.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('dvc-timings');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('records')) return resolve([]);
          const req = db.transaction('records').objectStore('records').getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result as Record<string, unknown>[]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
  await page.close();
  return records;
}

export async function extensionPage(context: BrowserContext, path: string): Promise<Page> {
  const id = await extensionId(context);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/${path}`);
  return page;
}

/** Waits until records of a type show up (the background writes them shortly after the event). */
export async function waitForRecords(context: BrowserContext, type: string, count = 1, timeout = 15_000): Promise<Record<string, unknown>[]> {
  const until = Date.now() + timeout;
  for (;;) {
    const found = (await timingRecords(context)).filter((r) => r.type === type);
    if (found.length >= count || Date.now() > until) return found;
    await new Promise((r) => setTimeout(r, 500));
  }
}
