import { expect, expectPanel, test } from './fixtures';

const QNG = 'https://dichvucong.quangngai.gov.vn';
const ID = '6215fc5acfa6484e420b67d8';
const PORTAL = 'Cổng DVC tỉnh (dichvucong.quangngai.gov.vn)';
const PROCEDURE = 'Thủ tục đăng ký khai sinh (1.001193)';

test('iGate: home (no panel) → detail → apply-online by client-side routes, through upload to the result panel', async ({ page, replicas }) => {
  const since = replicas.requests.length; // the replicas serve the whole worker: count from here
  await page.goto(`${QNG}/vi/`);
  await expect(page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh' })).toBeVisible();
  await expect(page.locator('dvc-companion')).toHaveCount(0);
  const loads = replicas.requests.filter((r) => r.path.startsWith('/vi')).length;

  await page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh' }).click();
  await expectPanel(page, { portal: PORTAL, kind: 'Trang chi tiết thủ tục', procedure: PROCEDURE });

  await page.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).click();
  await expect(page).toHaveURL(`${QNG}/vi/padsvc/apply-online/${ID}`);
  await expectPanel(page, { kind: 'Trang nộp hồ sơ', step: 'Bước 1/4: Thông tin hồ sơ', procedure: PROCEDURE });
  // No page load happened: the SPA changed route by itself.
  expect(replicas.requests.filter((r) => r.path.startsWith('/vi')).length).toBe(loads);

  await page.locator('#cdk-step-content-0-0 .btn_next').click();
  await expectPanel(page, { kind: 'Trang nộp hồ sơ · bước đính kèm giấy tờ', step: 'Bước 2/4: Thành phần hồ sơ' });
  await page.locator('tr[data-index="1"] input[type=file]').setInputFiles({ name: 'chung-sinh.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(300 * 1024, 7) });
  await expect(page.locator('tr[data-index="1"] .uploaded-file')).toHaveText('chung-sinh.pdf (300 KB)');

  await page.locator('#cdk-step-content-0-1 .btn_next').click();
  await expectPanel(page, { kind: 'Trang nộp hồ sơ', step: 'Bước 3/4: Phí, lệ phí / Hình thức nhận kết quả' });
  await page.locator('button[form="captchaForm"]').click();
  await expect(page.getByText('Nộp hồ sơ thành công')).toBeVisible();
  await expectPanel(page, { kind: 'Trang biên nhận hồ sơ', step: 'Bước 4/4: Nộp hồ sơ' });
  const mine = replicas.requests.slice(since);
  expect(mine.filter((r) => r.path.startsWith('/fi/file/--multiple')).length).toBe(1);
  expect(mine.filter((r) => r.path.startsWith('/pa/dossier/--apply-online/')).length).toBe(1);

  // Back in history: the SPA route changes back and so does the panel.
  await page.goBack();
  await expect(page).toHaveURL(/\/vi\/procedure\/detail\//);
  await expectPanel(page, { kind: 'Trang chi tiết thủ tục', procedure: PROCEDURE });
});

test('iGate: a form that renders late gives a partial panel first, then the full reading', async ({ page, replicas }) => {
  replicas.faults.add({ host: 'dichvucong.quangngai.gov.vn', path: `/vi/padsvc/apply-online/${ID}`, renderDelayMs: 2500, times: 1 });
  await page.goto(`${QNG}/vi/padsvc/apply-online/${ID}`);
  await expectPanel(page, { kind: 'Trang nộp hồ sơ', procedure: 'Chưa xác định được thủ tục' });
  await expectPanel(page, { procedure: PROCEDURE, step: 'Bước 1/4: Thông tin hồ sơ' });
});

test('iGate: a province not in the built-in list gets nothing until the user adds it', async ({ page }) => {
  await page.goto(`https://dichvucong.gialai.gov.vn/vi/procedure/detail/${ID}`);
  await expect(page.getByText('Thủ tục đăng ký khai sinh').first()).toBeVisible();
  await page.waitForTimeout(800);
  await expect(page.locator('dvc-companion')).toHaveCount(0);
});
