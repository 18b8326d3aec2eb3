import { expect, expectPanel, test } from './fixtures';

const FORM = 'https://lienthong.dichvucong.gov.vn/#/ke-khai/2.000986';
const PROCEDURE =
  'Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi (2.000986)';

test('liên thông birth bundle: five steps on one URL, upload step, receipt without "thành công"', async ({ page }) => {
  await page.goto(FORM);
  await expectPanel(page, { portal: 'Cổng DVC liên thông', procedure: PROCEDURE, kind: 'Trang nộp hồ sơ', step: 'Bước 1/5: Thông tin người yêu cầu' });

  const next = page.locator('#next');
  for (let i = 0; i < 3; i++) await next.click();
  await expectPanel(page, { kind: 'Trang nộp hồ sơ · bước đính kèm giấy tờ', step: 'Bước 4/5: Thành phần hồ sơ' });
  await page.locator('tr[data-stt="1"] input[type=file]').setInputFiles({ name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(2048, 1) });
  await expect(page.locator('tr[data-stt="1"] .file-list li')).toHaveCount(1);

  await next.click();
  await expect(next).toHaveText('Hoàn thành');
  await next.click();
  await expect(page.getByText('Vui lòng ghi nhớ các thông tin bên dưới')).toBeVisible();
  await expectPanel(page, { kind: 'Trang biên nhận hồ sơ', step: null, procedure: PROCEDURE });
  expect(page.url()).toBe(FORM);
});

test('liên thông home route is not a filing page: no panel; a hash route change to the form brings it', async ({ page }) => {
  await page.goto('https://lienthong.dichvucong.gov.vn/#/trang-chu');
  await page.waitForTimeout(1200);
  await expect(page.locator('dvc-companion')).toHaveCount(0);
  await page.getByRole('link', { name: 'Đăng ký khai sinh liên thông' }).click();
  await expectPanel(page, { step: 'Bước 1/5: Thông tin người yêu cầu' });
});
