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

/** From step 1 of the iGate replica's filing form: next, a file in row 1, next, submit, the receipt. */
export async function finishIgateFiling(page: Page, file: { name: string; bytes: number; fill?: number }): Promise<void> {
  await page.locator('#cdk-step-content-0-0 .btn_next').click();
  await page.locator('tr[data-index="1"] input[type=file]').setInputFiles({ name: file.name, mimeType: 'application/pdf', buffer: Buffer.alloc(file.bytes, file.fill ?? 7) });
  await page.locator('tr[data-index="1"] .uploaded-file').waitFor();
  await page.locator('#cdk-step-content-0-1 .btn_next').click();
  await page.locator('button[form="captchaForm"]').click();
  await page.getByText('Nộp hồ sơ thành công').waitFor({ timeout: 15_000 });
}
