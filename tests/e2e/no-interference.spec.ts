/**
 * The portal behaves the same with and without us: the replica's own counter (page events, route
 * changes, uploads, submits) and the server's request log must match between the two runs.
 */
import type { Page } from '@playwright/test';
import type { Replicas } from '../replicas/server';
import { launchBrowser } from './browser';
import { expect, test } from './fixtures';

/** A journey does the same page actions in both runs; `withUs` only adds clicks on our own UI. */
type Journey = (page: Page, withUs: boolean) => Promise<void>;

const ID = '6215fc5acfa6484e420b67d8';

const JOURNEYS: Record<string, Journey> = {
  'iGate detail → apply-online → upload → submit': async (page) => {
    await page.goto(`https://dichvucong.quangngai.gov.vn/vi/procedure/detail/${ID}`);
    await page.getByRole('tab', { name: 'Thành phần hồ sơ' }).click();
    await page.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).click();
    await page.locator('input[name="data[phoneNumber]"]').first().fill('0900000000');
    await page.locator('#cdk-step-content-0-0 .btn_next').click();
    await page.locator('tr[data-index="0"] input[type=file]').setInputFiles({ name: 'to-khai.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(64 * 1024, 3) });
    await expect(page.locator('tr[data-index="0"] .uploaded-file')).toHaveCount(1);
    await page.locator('#cdk-step-content-0-1 .btn_next').click();
    await page.locator('input[name=captcha]').fill('7K2Q9');
    await page.locator('button[form="captchaForm"]').click();
    await expect(page.getByText('Nộp hồ sơ thành công')).toBeVisible();
  },
  'liên thông form through its five steps': async (page) => {
    await page.goto('https://lienthong.dichvucong.gov.vn/#/ke-khai/2.000986');
    await page.locator('[formcontrolname="NguoiYeuCauSoDienThoai"]').fill('0900000000');
    const next = page.locator('#next');
    for (let i = 0; i < 3; i++) await next.click();
    await page.locator('tr[data-stt="1"] input[type=file]').setInputFiles({ name: 'a.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(1024, 1) });
    await next.click();
    await next.click();
    await expect(page.getByText('Vui lòng ghi nhớ các thông tin bên dưới')).toBeVisible();
  },
  'iGate apply-online with the guide shown over it': async (page, withUs) => {
    await page.goto(`https://dichvucong.quangngai.gov.vn/vi/padsvc/apply-online/${ID}`);
    await expect(page.locator('input[name="data[phoneNumber]"]').first()).toBeVisible();
    if (withUs) {
      await page.locator('dvc-companion button.dvc-launcher').click();
      await page.locator('dvc-companion').getByTestId('start-guide').click();
      await expect(page.locator('dvc-companion .dvc-highlight')).toBeVisible();
    }
    await page.locator('input[name="data[phoneNumber]"]').first().fill('0900000000');
    await page.locator('select[name="data[district]"]').selectOption('Phường Cẩm Thành');
    await page.locator('input[name="data[address]"]').first().fill('12 Lê Lợi');
    await page.locator('#cdk-step-content-0-0 .btn_next').click();
    await page.locator('tr[data-index="1"] input[type=file]').setInputFiles({ name: 'a.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(2048, 1) });
    await expect(page.locator('tr[data-index="1"] .uploaded-file')).toHaveCount(1);
    await page.locator('#cdk-step-content-0-1 .btn_next').click();
    await page.locator('input[name=captcha]').fill('7K2Q9');
    await page.locator('button[form="captchaForm"]').click();
    await expect(page.getByText('Nộp hồ sơ thành công')).toBeVisible();
  },
  'DVCQG detail popup and search paging': async (page) => {
    await page.goto('https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193');
    await page.getByText('Giấy tờ phải xuất trình', { exact: true }).click();
    await page.getByText('Xem chi tiết', { exact: true }).click();
    await page.locator('#popupChitietTTHC .close').click();
    await expect(page.locator('#requiresBox')).toHaveText('Không');
    await page.goto('https://dichvucong.gov.vn/p/home/dvc-tim-kiem-thu-tuc.html?key=đăng ký');
    await expect(page.locator('#totalRecord')).toHaveText('11');
    await page.locator('.pagination a', { hasText: '2' }).click();
    await expect(page.locator('.pagination .active')).toHaveText('2');
  },
};

async function run(page: Page, replicas: Replicas, journey: Journey, withUs: boolean) {
  const from = replicas.requests.length;
  await journey(page, withUs);
  const events = (await page.evaluate(() => (window as unknown as { __replicaEvents(): Record<string, number> }).__replicaEvents())) as Record<string, number>;
  const requests = replicas.requests.slice(from).map((r) => `${r.method} ${r.host}${r.path.replace(/[?].*$/, '')} ${r.status}`);
  const formData = await page.evaluate(() => Array.from(document.querySelectorAll('form')).map((f) => Array.from(new FormData(f).keys()).join(',')));
  return { events, requests: requests.sort(), formData };
}

for (const [name, journey] of Object.entries(JOURNEYS)) {
  test(`${name}: the portal's own counts are identical with and without the extension`, async ({ replicas }) => {
    const results = [];
    for (const withExtension of [false, true]) {
      const context = await launchBrowser({ resolverRules: replicas.resolverRules, withExtension });
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        results.push(await run(page, replicas, journey, withExtension));
        await expect(page.locator('dvc-companion')).toHaveCount(withExtension ? 1 : 0);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }
    const [without, withUs] = results;
    expect(without!.events['page-load']).toBeGreaterThan(0);
    expect(withUs!.events).toEqual(without!.events);
    expect(withUs!.requests).toEqual(without!.requests);
    expect(withUs!.formData).toEqual(without!.formData);
  });
}
