// Submission timings in real Chromium against the replicas' fault knobs: what is recorded must match
// what was injected (throttle, 413, hang, submit delay), and nothing personal reaches the store.
import { expect, test } from './fixtures';
import { extensionPage, timingRecords, waitForRecords } from './timings-helpers';

const APPLY = 'https://dichvucong.quangngai.gov.vn/vi/padsvc/apply-online/6215fc5acfa6484e420b67d8';
const MB = 1024 * 1024;

async function toUploadStep(page: import('@playwright/test').Page) {
  await page.goto(APPLY);
  await page.locator('#cdk-step-content-0-0 .btn_next').click();
  await page.locator('tr[data-index="1"] input[type=file]').waitFor({ state: 'attached' });
}

test('a 1 MB upload throttled to 200 KB/s is recorded with its size, time and a throughput within ±15 %', async ({ page, context, replicas }) => {
  replicas.faults.add({ host: 'dichvucong.quangngai.gov.vn', path: '/fi/file/--multiple', throttleKBps: 200 });
  await toUploadStep(page);
  await page.locator('tr[data-index="1"] input[type=file]').setInputFiles({ name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(MB, 5) });
  await page.locator('tr[data-index="1"] .uploaded-file').waitFor({ timeout: 20_000 });
  const [up] = await waitForRecords(context, 'upload');
  expect(up).toMatchObject({ type: 'upload', portal: 'igate', host: 'dichvucong.quangngai.gov.vn', code: '1.001193', bytes: MB, files: 1, outcome: 'ok', status: 200 });
  const kbps = up!.throughputKBps as number;
  expect(kbps).toBeGreaterThan(200 * 0.85);
  expect(kbps).toBeLessThan(200 * 1.15);
});

test('a 413 answer is recorded as "too large"; a request that hangs is recorded as a hang', async ({ page, context, replicas }) => {
  replicas.faults.add({ host: 'dichvucong.quangngai.gov.vn', path: '/fi/file/--multiple', status: 413, times: 1 });
  await toUploadStep(page);
  await page.locator('tr[data-index="1"] input[type=file]').setInputFiles({ name: 'a.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(64 * 1024, 1) });
  await page.getByText('Tệp vượt quá dung lượng cho phép').waitFor();
  const [tooLarge] = await waitForRecords(context, 'upload');
  expect(tooLarge).toMatchObject({ outcome: 'too-large', status: 413, bytes: 64 * 1024 });

  // Hang threshold lowered for the test (a setting the dashboard offers); the upload hangs 4 s.
  const ext = await extensionPage(context, 'findings.html');
  await ext.evaluate(() => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.local.set({ timingsSettings: { retentionDays: 180, hangSeconds: 2 } }));
  await ext.close();
  // Not limited to one request: Chromium retries a POST whose reused connection was dropped.
  replicas.faults.add({ host: 'dichvucong.quangngai.gov.vn', path: '/fi/file/--multiple', hangMs: 4000 });
  await page.locator('tr[data-index="2"] input[type=file]').setInputFiles({ name: 'b.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(1024, 1) });
  await page.getByText('Có lỗi xảy ra, vui lòng thử lại sau').waitFor({ timeout: 20_000 });
  replicas.faults.clear();
  const [hang] = await waitForRecords(context, 'hang');
  expect(hang).toMatchObject({ outcome: 'waited', failed: true, resource: 'xmlhttprequest' });
  expect(hang!.pendingMs as number).toBeGreaterThan(3500);
  const uploads = await waitForRecords(context, 'upload', 2);
  expect(uploads.map((u) => u.outcome).sort()).toEqual(['failed', 'too-large']);
});

test('submit latency of a known injected delay is recorded within ±15 %', async ({ page, context, replicas }) => {
  replicas.faults.add({ host: 'dichvucong.quangngai.gov.vn', path: '/pa/dossier/--apply-online/', latencyMs: 3000 });
  await toUploadStep(page);
  await page.locator('#cdk-step-content-0-1 .btn_next').click();
  await page.locator('button[form="captchaForm"]').click();
  await page.getByText('Nộp hồ sơ thành công').waitFor({ timeout: 15_000 });
  const [submit] = await waitForRecords(context, 'submit');
  expect(submit).toMatchObject({ outcome: 'receipt', status: 200, attempt: 1, code: '1.001193' });
  expect(submit!.latencyMs as number).toBeGreaterThan(3000 * 0.85);
  expect(submit!.latencyMs as number).toBeLessThan(3000 * 1.15);
  const [journey] = await waitForRecords(context, 'journey');
  expect(journey).toMatchObject({ outcome: 'submitted', submits: 1 });
  const pages = (await timingRecords(context)).filter((r) => r.type === 'page');
  expect(pages.some((p) => p.nav === 'load' && typeof p.formReadyMs === 'number')).toBe(true);
});
