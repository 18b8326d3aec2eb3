// Submission timings in real Chromium against the replicas' fault knobs: what is recorded must match
// what was injected (throttle, 413, hang, submit delay), and nothing personal reaches the store.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { recordFigure } from '../figures';
import { twoSignificant } from '../../lib/privacy/coarsen';
import { expect, expectPanel, test } from './fixtures';
import { extensionStoresDump } from './stores';
import { extensionPage, finishIgateFiling, timingRecords, waitForRecords } from './timings-helpers';
// A module without imports: Playwright's loader cannot follow the adapters' JSON imports.
import { PAGE_READING_THROTTLE_MS } from '../../lib/page/reading-throttle';

/** A timer's lateness on a loaded 2-core machine, beyond the delay asked for. */
const TIMER_SLACK_MS = 50;

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
  expect(up).toMatchObject({ type: 'upload', portal: 'igate', host: 'dichvucong.quangngai.gov.vn', code: '1.001193', bytes: twoSignificant(MB), files: 1, outcome: 'ok', status: 200 });
  const kbps = up!.throughputKBps as number;
  console.log(`recorded upload: ${up!.bytes} bytes in ${Math.round(up!.durationMs as number)} ms = ${kbps.toFixed(1)} KB/s (throttle 200 KB/s)`);
  expect(kbps).toBeGreaterThan(200 * 0.85);
  expect(kbps).toBeLessThan(200 * 1.15);
});

test('a 413 answer is recorded as "too large"; a request that hangs is recorded as a hang', async ({ page, context, replicas }) => {
  replicas.faults.add({ host: 'dichvucong.quangngai.gov.vn', path: '/fi/file/--multiple', status: 413, times: 1 });
  await toUploadStep(page);
  await page.locator('tr[data-index="1"] input[type=file]').setInputFiles({ name: 'a.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(64 * 1024, 1) });
  await page.getByText('Tệp vượt quá dung lượng cho phép').waitFor();
  const [tooLarge] = await waitForRecords(context, 'upload');
  expect(tooLarge).toMatchObject({ outcome: 'too-large', status: 413, bytes: twoSignificant(64 * 1024) });

  // Hang threshold lowered for the test (a setting the dashboard offers); the upload hangs 4 s.
  const ext = await extensionPage(context, 'findings.html');
  await ext.evaluate(() => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.local.set({ timingsSettings: { retentionDays: 180, hangSeconds: 2 } }));
  await ext.close();
  // Not limited to one request: Chromium retries a POST whose reused connection was dropped, on
  // the Form.io page up to five times (faults.spec), so the portal's error can take 24 s.
  test.setTimeout(90_000);
  replicas.faults.add({ host: 'dichvucong.quangngai.gov.vn', path: '/fi/file/--multiple', hangMs: 4000 });
  await page.locator('tr[data-index="2"] input[type=file]').setInputFiles({ name: 'b.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(1024, 1) });
  await page.getByText('Có lỗi xảy ra, vui lòng thử lại sau').waitFor({ timeout: 45_000 });
  replicas.faults.clear();
  const [hang] = await waitForRecords(context, 'hang');
  expect(hang).toMatchObject({ outcome: 'waited', failed: true, resource: 'xmlhttprequest' });
  console.log(`recorded hang: pending ${Math.round(hang!.pendingMs as number)} ms, outcome ${hang!.outcome}`);
  expect(hang!.pendingMs as number).toBeGreaterThan(3500);
  const uploads = await waitForRecords(context, 'upload', 2);
  expect(uploads.map((u) => u.outcome).sort()).toEqual(['failed', 'too-large']);
});

test('submit latency of a known injected delay is recorded between the delay and the click-to-receipt time measured from outside', async ({ page, context, replicas }) => {
  replicas.faults.add({ host: 'dichvucong.quangngai.gov.vn', path: '/pa/dossier/--apply-online/', latencyMs: 3000 });
  await toUploadStep(page);
  await page.locator('#cdk-step-content-0-1 .btn_next').click();
  // Seen from outside: the click to the receipt being visible. That includes the test driver's own
  // delays, so it bounds our figure from above; the server's injected delay bounds it from below.
  // (A fixed ±15 % around 3,000 ms failed on a loaded CI machine, where the portal's render after
  // the answer grows; so does a ±15 % around the outside time, where the driver's polling grows.)
  const clickedAt = Date.now();
  await page.locator('button[form="captchaForm"]').click();
  await page.getByText('Nộp hồ sơ thành công').waitFor({ timeout: 15_000 });
  const truth = Date.now() - clickedAt;
  const [submit] = await waitForRecords(context, 'submit');
  expect(submit).toMatchObject({ outcome: 'receipt', status: 200, attempt: 1, code: '1.001193' });
  console.log(`recorded submit latency: ${Math.round(submit!.latencyMs as number)} ms (injected 3000 ms, measured from outside ${Math.round(truth)} ms)`);
  expect(truth).toBeGreaterThan(3000);
  expect(submit!.latencyMs as number).toBeGreaterThan(3000 * 0.95);
  // Our end is when the receipt is read, which comes after it renders by up to the reading throttle,
  // plus a timer's slack on a loaded machine (a +5 % bound failed once: 3,453 ms against 3,360 ms).
  expect(submit!.latencyMs as number).toBeLessThanOrEqual(truth + PAGE_READING_THROTTLE_MS + TIMER_SLACK_MS);
  const [journey] = await waitForRecords(context, 'journey');
  expect(journey).toMatchObject({ outcome: 'submitted', submits: 1 });
  const pages = (await timingRecords(context)).filter((r) => r.type === 'page');
  expect(pages.some((p) => p.nav === 'load' && typeof p.formReadyMs === 'number')).toBe(true);
});

const PERSON = { name: 'Nguyễn Thị Hồng Nhung', id: '079123456789', address: 'Số 12 ngõ 34 đường Trần Hưng Đạo', file: 'Nguyen-Thi-Hong-Nhung-CCCD.pdf' };

test('PII-seeded filing: nothing typed, no ID number, no address and no file name in the store or in any export', async ({ page, context }) => {
  await page.goto(APPLY);
  const typed: [string, string][] = [
    ['data[noidungyeucaugiaiquyet]', `${PERSON.name} ${PERSON.id}`],
    ['data[address]', PERSON.address],
    ['data[phoneNumber]', '0912345678'],
  ];
  for (const [name, value] of typed) {
    const field = page.locator(`[name="${name}"]`).first();
    if ((await field.count()) && (await field.isEditable())) await field.fill(value);
  }
  await finishIgateFiling(page, { name: PERSON.file, bytes: 30 * 1024, fill: 9 });
  await waitForRecords(context, 'journey');

  const timings = await extensionPage(context, 'timings.html');
  await timings.getByTestId('timings-table').waitFor();
  const [csv] = await Promise.all([timings.waitForEvent('download'), timings.getByTestId('timings-export-csv').click()]);
  const [json] = await Promise.all([timings.waitForEvent('download'), timings.getByTestId('timings-export-json').click()]);
  const dump = (await extensionStoresDump(timings)).text;
  const exported = readFileSync((await csv.path())!, 'utf8') + readFileSync((await json.path())!, 'utf8');
  for (const secret of [PERSON.name, 'Nhung', PERSON.id, PERSON.address, 'Trần Hưng Đạo', PERSON.file, 'Nguyen-Thi', '0912345678']) {
    expect(dump, `store holds "${secret}"`).not.toContain(secret);
    expect(exported, `exports hold "${secret}"`).not.toContain(secret);
  }
  expect(dump).toContain('1.001193');
  await timings.close();
});

test('dashboard: per-procedure figures, charts, CSV with BOM, import merges another machine without duplicates, a bad file changes nothing; axe clean', async ({ page, context }) => {
  await page.goto(APPLY);
  await page.locator('#cdk-step-content-0-0 .btn_next').click();
  await page.locator('tr[data-index="1"] input[type=file]').setInputFiles({ name: 'x.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(50 * 1024, 2) });
  await page.locator('tr[data-index="1"] .uploaded-file').waitFor();
  await waitForRecords(context, 'upload');
  await waitForRecords(context, 'page');

  const timings = await extensionPage(context, 'timings.html');
  const table = timings.getByTestId('timings-table');
  await expect(table.locator('tbody tr').filter({ hasText: '1.001193' })).toHaveCount(1);
  await expect(table).toContainText('dichvucong.quangngai.gov.vn');
  await expect(timings.locator('.tm-chart canvas')).toHaveCount(2);
  const axe = await new AxeBuilder({ page: timings }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  const [csv] = await Promise.all([timings.waitForEvent('download'), timings.getByTestId('timings-export-csv').click()]);
  const csvText = readFileSync((await csv.path())!, 'utf8');
  expect(csvText.charCodeAt(0)).toBe(0xfeff);
  expect(csvText).toContain('id,type,time,portal,host,kind,code');
  const [json] = await Promise.all([timings.waitForEvent('download'), timings.getByTestId('timings-export-json').click()]);
  const exported = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { records: { id: string }[] };
  const before = (await timingRecords(context)).length;

  // A bad file: refused, explained in Vietnamese, nothing changed.
  const broken = { ...exported, records: [...exported.records, { ...exported.records[0], id: 'x' }] };
  await timings.getByTestId('timings-import').setInputFiles({ name: 'may-khac.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(timings.getByTestId('timings-problems')).toContainText('Không nhập tệp này');
  await expect(timings.getByTestId('timings-problems')).toContainText(`Bản ghi thứ ${exported.records.length + 1}: id`);
  expect((await timingRecords(context)).length).toBe(before);

  // Another counter's machine: new ids are added, the same file again adds nothing.
  const other = { ...exported, records: exported.records.map((r) => ({ ...r, id: `other-${r.id}`.slice(0, 60) })) };
  const file = { name: 'may-khac.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) };
  await timings.getByTestId('timings-import').setInputFiles(file);
  await expect(timings.getByTestId('timings-status')).toContainText(`Đã nhập ${exported.records.length} bản ghi mới; bỏ qua 0`);
  await timings.getByTestId('timings-import').setInputFiles(file);
  await expect(timings.getByTestId('timings-status')).toContainText(`Đã nhập 0 bản ghi mới; bỏ qua ${exported.records.length}`);
  expect((await timingRecords(context)).length).toBe(before + exported.records.length);
  await timings.close();
});

test('the service worker stopped while an upload is under way: the next worker records the upload when it ends, with its size and time', async ({ page, context, replicas }) => {
  // 1 MB at 200 KB/s: five seconds on the wire, as a large scan on a weak commune line takes longer than the worker's idle limit.
  replicas.faults.add({ host: 'dichvucong.quangngai.gov.vn', path: '/fi/file/--multiple', throttleKBps: 200, times: 1 });
  await toUploadStep(page);
  await page.locator('tr[data-index="1"] input[type=file]').setInputFiles({ name: 'ban-chup.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(MB, 6) });
  await page.waitForTimeout(1500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.locator('tr[data-index="1"] .uploaded-file').waitFor({ timeout: 20_000 });
  const [up] = await waitForRecords(context, 'upload');
  expect(up).toMatchObject({ bytes: twoSignificant(MB), files: 1, outcome: 'ok', status: 200 });
  expect(up!.durationMs as number).toBeGreaterThan(4000);
  recordFigure({ id: 'storage-sw-stop-upload-e2e', area: 'storage', what: 'service worker stopped (CDP) 1.5 s into a 5 s upload: the upload is recorded by the next worker, with its size and full time', cases: 1, recordsLost: 0 });
});

test('the service worker stopped in the middle of a filing loses nothing: the journey and its upload are still recorded', async ({ page, context }) => {
  // Step 1 recognised before going on: the journey's first step is then known to the background
  // before the stop. (A click on "Tiếp tục" while Form.io is still drawing can come before our
  // first reading of step 1, and the journey then rightly starts at step 2.)
  await page.goto(APPLY);
  await expectPanel(page, { step: 'Bước 1/4: Thông tin hồ sơ' });
  await page.locator('#cdk-step-content-0-0 .btn_next').click();
  // Sizes chosen, then the browser stops the extension's service worker (as MV3 does when idle).
  await page.locator('tr[data-index="1"] input[type=file]').setInputFiles({ name: 'a.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(100 * 1024, 4) });
  await page.locator('tr[data-index="1"] .uploaded-file').waitFor();
  await waitForRecords(context, 'upload');
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.locator('tr[data-index="2"] input[type=file]').setInputFiles({ name: 'b.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(150 * 1024, 4) });
  await page.locator('tr[data-index="2"] .uploaded-file').waitFor();
  await page.locator('#cdk-step-content-0-1 .btn_next').click();
  await page.locator('button[form="captchaForm"]').click();
  await page.getByText('Nộp hồ sơ thành công').waitFor({ timeout: 15_000 });
  const uploads = await waitForRecords(context, 'upload', 2);
  expect(uploads.map((u) => u.bytes).sort()).toEqual([twoSignificant(100 * 1024), twoSignificant(150 * 1024)]);
  const [journey] = await waitForRecords(context, 'journey');
  // The journey began before the stop: its start and steps came back from session storage.
  expect(journey).toMatchObject({ outcome: 'submitted', submits: 1 });
  expect((journey!.steps as { index: number }[]).map((s) => s.index)).toContain(1);
  recordFigure({ id: 'storage-sw-stop', area: 'storage', what: 'service worker stopped (CDP) in the middle of a filing, between two uploads: both uploads and the journey begun before the stop are recorded', cases: 3, recordsLost: 0 });
});
