import type { BrowserContext, Page } from '@playwright/test';
import { extensionId } from './browser';

/** Every timing record in the extension's IndexedDB, read from one of its pages. */
export async function timingRecords(context: BrowserContext): Promise<Record<string, unknown>[]> {
  const page = await extensionPage(context, 'findings.html');
  const records = await page.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('dvc-timings');
        // Not made yet by the background: opening it here must not create it (an empty database
        // would leave the background's own first open without its stores).
        let absent = false;
        open.onupgradeneeded = () => {
          absent = true;
          open.transaction?.abort();
        };
        open.onerror = () => (absent ? resolve([]) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('records')) {
            db.close();
            return resolve([]);
          }
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
export async function finishIgateFiling(page: Page, file: { name: string; bytes: number; fill?: number }, opts: { chooseInPage?: boolean } = {}): Promise<void> {
  await page.locator('#cdk-step-content-0-0 .btn_next').click();
  const input = page.locator('tr[data-index="1"] input[type=file]');
  if (opts.chooseInPage) {
    // Playwright's setInputFiles leaves a DevTools handle on the input (a GC root), which keeps
    // every old view of the SPA alive: a day-long memory run chooses the file from inside the page.
    await input.evaluate((el: HTMLInputElement, f) => {
      const files = new DataTransfer();
      files.items.add(new File([new Uint8Array(f.bytes).fill(f.fill)], f.name, { type: 'application/pdf' }));
      el.files = files.files;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }, { name: file.name, bytes: file.bytes, fill: file.fill ?? 7 });
  } else await input.setInputFiles({ name: file.name, mimeType: 'application/pdf', buffer: Buffer.alloc(file.bytes, file.fill ?? 7) });
  await page.locator('tr[data-index="1"] .uploaded-file').waitFor();
  await page.locator('#cdk-step-content-0-1 .btn_next').click();
  await page.locator('button[form="captchaForm"]').click();
  await page.getByText('Nộp hồ sơ thành công').waitFor({ timeout: 15_000 });
}

/**
 * One filing of a counter day in an iGate tab that stays open (SPA): from the procedure page,
 * apply online, a 100 KB upload, submit, read the receipt, back. Shared by the load run and
 * scripts/heap-diff.ts.
 */
export async function igateDayFiling(page: Page, i: number): Promise<void> {
  await page.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).click();
  await page.locator('input[name="data[phoneNumber]"]').first().fill(`09000000${String(i % 100).padStart(2, '0')}`);
  await finishIgateFiling(page, { name: 'giay-to.pdf', bytes: 100 * 1024, fill: i % 256 }, { chooseInPage: true });
  // The person reads the dossier number before going back; leaving the receipt within our reading
  // throttle (150 ms) would leave the submit unpaired (noted in the issue, not fixed yet).
  await page.waitForTimeout(400);
  await page.goBack();
  await page.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).waitFor();
}
