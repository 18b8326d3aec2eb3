import AxeBuilder from '@axe-core/playwright';
import { extensionStoresDump } from './stores';
import { extensionId } from './browser';
import { expect, test } from './fixtures';

test('after-merger look-up: a typed old address gives the new commune, its legal basis and where to file; split communes show all; reverse look-up; axe clean', async ({ context }) => {
  const id = await extensionId(context);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/lookup.html`);
  const input = page.locator('#q');
  await expect(page.getByLabel('Địa chỉ cũ: xã/phường, quận/huyện, tỉnh/thành phố')).toHaveAttribute('id', 'q');
  await expect(input).toBeFocused();
  await input.pressSequentially('P. Phuc Xa, Q. Ba Dinh, Ha Noi', { delay: 10 });
  const first = page.getByTestId('lookup-results').locator(':scope > li').first();
  await expect(first).toContainText('Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội');
  await expect(first).toContainText('Nay thuộc: Phường Hồng Hà, Thành phố Hà Nội');
  await expect(first).toContainText('Căn cứ: Nghị quyết 1656/NQ-UBTVQH15, khoản 14');
  await expect(first).toContainText('Nộp hồ sơ trực tuyến: Cổng Dịch vụ công Quốc gia (dichvucong.gov.vn)');

  await input.fill('Cống Vị, Ba Đình');
  await expect(first).toContainText('được chia cho 2 xã, phường mới');
  await expect(first.locator('.new')).toHaveText(['Nay thuộc: Phường Ngọc Hà, Thành phố Hà Nội', 'Nay thuộc: Phường Giảng Võ, Thành phố Hà Nội']);

  // A province with its own portal in our list names it.
  await input.fill('Xã Bình Sơn, Huyện Bình Sơn, Quảng Ngãi');
  await expect(page.getByTestId('lookup-status')).toHaveText(/kết quả/);
  await expect(first).toContainText('dichvucong.quangngai.gov.vn');

  expect((await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await page.getByLabel('Xã, phường mới → gồm những xã, phường cũ nào').check();
  await expect(page.getByLabel('Tên xã, phường mới (có thể thêm tỉnh sau dấu phẩy)')).toHaveAttribute('id', 'q');
  await input.fill('Phường Hồng Hà, Hà Nội');
  await expect(first).toContainText('Phường Hồng Hà, Thành phố Hà Nội');
  await expect(first).toContainText('Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội');

  await input.fill('zzzz qqqq');
  await expect(page.getByTestId('lookup-status')).toHaveText('Không tìm thấy. Kiểm tra lại tên, hoặc thêm quận/huyện cũ sau dấu phẩy.');
});

test('a province loads its commune service-centre addresses: validated, then shown under the new commune', async ({ context }) => {
  const id = await extensionId(context);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/lookup.html`);
  await page.locator('#centres-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ schemaVersion: 1, province: 'Thành phố Hà Nội', source: 'x', date: '24/11/2026', centres: [] })) });
  await expect(page.getByTestId('centres-result')).toContainText('Tệp không hợp lệ nên chưa nạp gì');
  await expect(page.getByTestId('centres-result').locator('li')).toHaveText(['date: sai định dạng', 'centres: không được để trống']);
  // Test data, not a real address: the file format is what is under test.
  const file = { schemaVersion: 1, province: 'Thành phố Hà Nội', source: 'Tệp thử nghiệm', date: '2026-11-24', centres: [{ commune: 'Phường Hồng Hà', address: 'Địa chỉ thử nghiệm số 1', phone: '000' }] };
  await page.locator('#centres-file').setInputFiles({ name: 'ha-noi.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByTestId('centres-result')).toHaveText('Đã nạp 1 địa chỉ của Thành phố Hà Nội.');
  await page.locator('#q').fill('Phúc Xá, Ba Đình');
  const first = page.getByTestId('lookup-results').locator(':scope > li').first();
  await expect(first).toContainText('Nộp trực tiếp: Địa chỉ thử nghiệm số 1 · 000');
  await expect(first).toContainText('(nguồn: Tệp thử nghiệm, 2026-11-24)');
});

test('the look-up opens from the panel on a portal page and from the popup', async ({ context, page }) => {
  await page.goto('https://vpcp.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193');
  await page.locator('dvc-companion button.dvc-launcher').click();
  const opened = context.waitForEvent('page');
  await page.locator('dvc-companion .dvc-lookup').click();
  const lookup = await opened;
  await expect(lookup).toHaveURL(/\/lookup\.html$/);
  await expect(lookup.getByRole('heading', { name: 'Tra cứu địa bàn mới' })).toBeVisible();

  const id = await extensionId(context);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await expect(popup.getByTestId('popup-lookup')).toHaveAttribute('href', `chrome-extension://${id}/lookup.html`);
});

test('on a filing form, an old address typed in a free-text field gets a suggestion beside it; the field is untouched and nothing typed is stored', async ({ context, page }) => {
  await page.goto('https://dichvucong.quangngai.gov.vn/vi/padsvc/apply-online/6215fc5acfa6484e420b67d8');
  const address = page.locator('input[name="data[address]"]').first();
  const typed = '12 Lê Lợi, Phường Phúc Xá, Quận Ba Đình, Hà Nội';
  await address.fill(typed);
  const hint = page.locator('dvc-companion').getByTestId('address-hint');
  await expect(hint).toContainText('Có vẻ là địa chỉ cũ: Phường Phúc Xá, Quận Ba Đình');
  await expect(hint).toContainText('Nay thuộc: Phường Hồng Hà, Thành phố Hà Nội (Căn cứ: Nghị quyết 1656/NQ-UBTVQH15, khoản 14)');
  await expect(address).toHaveValue(typed);
  // The hint sits below the field, not over it.
  const [f, h] = [await address.boundingBox(), await hint.boundingBox()];
  expect(h!.y).toBeGreaterThanOrEqual(f!.y + f!.height);
  // The portal's "Tiếp tục" leaves the step with the field: the hint goes with it, so it cannot
  // sit over the next step's buttons, and it is back when the person comes back to the field.
  await page.locator('#cdk-step-content-0-0 .btn_next').click();
  await expect(hint).toHaveCount(0);
  await page.getByRole('button', { name: 'Quay lại' }).first().click();
  await expect(hint).toBeVisible();
  await hint.getByRole('button', { name: 'Đóng' }).click();
  await expect(hint).toHaveCount(0);
  // Leaving the field (its "change") must not bring back a hint the person closed.
  await page.locator('input[name="data[phoneNumber]"]').first().click();
  await page.waitForTimeout(1000);
  await expect(hint).toHaveCount(0);

  await address.fill('12 Lê Lợi, Phường Cẩm Thành');
  await page.waitForTimeout(1200);
  await expect(hint).toHaveCount(0);

  const id = await extensionId(context);
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${id}/dashboard.html`);
  const stored = (await extensionStoresDump(ext)).text;
  expect(stored).not.toContain('Lê Lợi');
  expect(stored).not.toContain('Phúc Xá');
});
