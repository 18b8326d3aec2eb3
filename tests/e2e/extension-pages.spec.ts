import { launchBrowser, extensionId } from './browser';
import { expect, expectPanel, test } from './fixtures';

test('dashboard lists what was recognised in this session, without any personal data', async ({ page, context }) => {
  await page.goto('https://vpcp.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193');
  await expectPanel(page, { procedure: 'Thủ tục đăng ký khai sinh (1.001193)' });
  await page.goto('https://lienthong.dichvucong.gov.vn/#/ke-khai/2.000986');
  await page.locator('[formcontrolname="NguoiYeuCauSoDienThoai"]').fill('0912345678');
  await expectPanel(page, { step: 'Bước 1/5: Thông tin người yêu cầu' });

  const id = await extensionId(context);
  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${id}/dashboard.html`);
  const table = dash.getByTestId('dashboard-history');
  // The procedure is named from the bundled list by its code, not from the page's heading.
  await expect(table).toContainText('Đăng ký khai sinh (1.001193)');
  await expect(table).toContainText('Cổng DVC liên thông');
  await expect(table).toContainText('Bước 1/5: Thông tin người yêu cầu');
  // What the background keeps: host and the page summary; no typed value, no identity data from the page.
  const stored = await dash.evaluate(() => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.session.get(null));
  const text = JSON.stringify(stored);
  expect(text).not.toContain('0912345678');
  expect(text).not.toContain('001090012345');
  expect(text).not.toContain('NGUYỄN VĂN AN');
  expect(text).not.toContain('ke-khai');
});

test('popup: says when the open tab is no portal page, and refuses a host that is not a provincial portal', async ({ context }) => {
  const id = await extensionId(context);
  const popup = context.pages()[0]!;
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await expect(popup.getByTestId('popup-current')).toHaveText('Trang đang mở không phải là trang cổng dịch vụ công mà tiện ích nhận diện được.');
  await expect(popup.getByRole('listitem').filter({ hasText: 'dichvucong.quangngai.gov.vn' })).toHaveCount(1);
  await popup.getByLabel('Ví dụ: dichvucong.tentinh.gov.vn').fill('evil.example.com');
  await popup.getByRole('button', { name: 'Cho phép trên cổng này' }).click();
  await expect(popup.getByRole('status')).toHaveText('Địa chỉ không hợp lệ. Chỉ nhận địa chỉ dạng dichvucong.<tên tỉnh>.gov.vn.');
});

test('English is the second locale: with an English browser the panel speaks English', async ({ replicas }) => {
  const context = await launchBrowser({ resolverRules: replicas.resolverRules, withExtension: true, uiLanguage: 'en' });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('https://vpcp.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193');
    await expectPanel(page, { portal: 'National portal (legacy pages)', kind: 'Procedure details' });
  } finally {
    await context.close();
  }
});

test('keyboard: the launcher is reachable with Tab, opens with Enter and closes with Escape', async ({ page }) => {
  await page.goto('https://vpcp.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193');
  const launcher = page.locator('dvc-companion button.dvc-launcher');
  await launcher.waitFor();
  await launcher.focus();
  await page.keyboard.press('Enter');
  await expect(launcher).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('dvc-companion [role=region]')).toHaveAttribute('aria-label', 'Trợ lý Dịch vụ công');
  await page.keyboard.press('Escape');
  await expect(launcher).toHaveAttribute('aria-expanded', 'false');
  await expect(launcher).toHaveAttribute('aria-label', /^Trợ lý DVC( \d+)?: Cổng DVCQG \(trang cũ\) · Thủ tục đăng ký khai sinh \(1\.001193\)/);
});
