import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { extensionId } from './browser';
import { expect, test } from './fixtures';
import { guide } from './guide-helpers';

const FORM = 'https://dichvucong.quangngai.gov.vn/vi/padsvc/apply-online/6215fc5acfa6484e420b67d8';
const bundled = readFileSync('public/guides/1.001193.json', 'utf8');
const bundledCount = (JSON.parse(readFileSync('public/guides/index.json', 'utf8')) as { packs: string[] }).packs.length;

test('dashboard: bundled packs with their anchors; a bad file is refused with every problem listed and nothing imported; a good one replaces the bundled pack, is used on the portal, and exports back', async ({ context, page }) => {
  const id = await extensionId(context);
  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${id}/dashboard.html`);
  const table = dash.getByTestId('pack-table');
  await expect(table.locator('tbody > tr[data-code]')).toHaveCount(bundledCount);
  // Search as counter staff type: no diacritics, or a code.
  const search = dash.getByLabel(/Tìm gói hướng dẫn/);
  await search.fill('dang ky khai sinh');
  await expect(table.locator('tbody > tr[data-code]').first()).toHaveAttribute('data-code', '1.001193');
  await expect(dash.getByTestId('pack-search-count')).toContainText(`trên ${bundledCount} gói`);
  for (const code of await table.locator('tbody > tr[data-code]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')))) {
    await expect(table.locator(`tr[data-code="${code}"] > td`).nth(1)).toContainText(/khai sinh/i);
  }
  await search.fill('2.000986');
  await expect(table.locator('tbody > tr[data-code]')).toHaveCount(1);
  await search.fill('không có thủ tục này');
  await expect(table.locator('tbody > tr[data-code]')).toHaveCount(0);
  await expect(dash.getByTestId('pack-search-count')).toContainText(`Đang hiện 0 trên ${bundledCount} gói`);
  await search.fill('');
  const row = table.locator('tr[data-code="1.001193"]');
  await expect(row).toContainText('có sẵn');
  await row.getByText('Các bước và vị trí trên trang cổng').click();
  await expect(row).toContainText('field:so-dien-thoai');

  const broken = JSON.parse(bundled) as { steps: { action: string }[]; lastReviewed: string };
  broken.steps[1]!.action = 'type';
  broken.lastReviewed = 'hôm qua';
  await dash.locator('#pack-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(dash.getByTestId('import-result')).toContainText('Tệp không hợp lệ nên chưa nhập gì');
  await expect(dash.getByTestId('import-problems').locator('li')).toHaveText([/^lastReviewed: sai định dạng$/, /^steps\[1\]\.action: giá trị không hợp lệ/]);
  await dash.locator('#pack-file').setInputFiles({ name: 'not-json.json', mimeType: 'application/json', buffer: Buffer.from('{ "schemaVersion": 1, ') });
  await expect(dash.getByTestId('import-problems')).toContainText('(tệp): không phải JSON hợp lệ');
  await dash.reload();
  await expect(dash.getByTestId('pack-table').locator('tr[data-code="1.001193"]')).toContainText('có sẵn');

  const provincial = JSON.parse(bundled) as { title: { vi: string } };
  provincial.title.vi = 'Đăng ký khai sinh (hướng dẫn của tỉnh)';
  // A file standing in for a bundled pack waits for the person's yes; "no" keeps the bundled one.
  const importProvincial = () => dash.locator('#pack-file').setInputFiles({ name: '1.001193.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(provincial)) });
  await importProvincial();
  await expect(dash.getByTestId('import-confirm')).toContainText('sẽ thay cho gói hướng dẫn có sẵn cùng mã');
  await dash.getByTestId('import-confirm-no').click();
  await expect(dash.getByTestId('pack-table').locator('tr[data-code="1.001193"]')).toContainText('có sẵn');
  await importProvincial();
  await dash.getByTestId('import-confirm-yes').click();
  await expect(dash.getByTestId('import-result')).toHaveText('Đã nhập gói hướng dẫn 1.001193, thay cho gói cũ cùng mã.');
  await expect(dash.getByTestId('pack-table').locator('tr[data-code="1.001193"]')).toContainText('đã nhập');

  const download = dash.waitForEvent('download');
  await dash.getByTestId('pack-table').locator('tr[data-code="1.001193"]').getByRole('button', { name: 'Xuất tệp' }).click();
  const file = await (await download).path();
  // Exported as imported, except that a pack from a file is never "verified".
  expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ ...JSON.parse(JSON.stringify(provincial)), verified: false });

  await page.goto(FORM);
  const g = guide(page);
  await g.start();
  await expect(g.step).toContainText('Đăng ký khai sinh (hướng dẫn của tỉnh)');
  // Every step says the pack came from a file, and so does the printable checklist.
  await expect(page.locator('dvc-companion').getByTestId('guide-origin')).toHaveText('Gói nhập từ tệp — chưa kiểm chứng');
  const checklist = await context.newPage();
  await checklist.goto(`chrome-extension://${id}/checklist.html?code=1.001193`);
  await expect(checklist.getByTestId('checklist-imported')).toContainText('nhập từ tệp, chưa được kiểm chứng');
  await checklist.close();
});

test('a pack file whose source links are not https is refused, link by link, and nothing is imported', async ({ context }) => {
  const id = await extensionId(context);
  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${id}/dashboard.html`);
  const pack = JSON.parse(bundled) as { procedureCode: string; sources: { url?: string }[] };
  pack.procedureCode = '1.999001';
  pack.sources = [
    { ...pack.sources[0], url: 'javascript:alert(document.domain)' },
    { ...pack.sources[0], url: 'http://phishing.example/dang-nhap-vneid' },
    { ...pack.sources[0], url: 'data:text/html,<script>alert(1)</script>' },
    { ...pack.sources[0], url: 'file:///etc/passwd' },
  ];
  await dash.locator('#pack-file').setInputFiles({ name: 'links.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
  await expect(dash.getByTestId('import-problems').locator('li')).toHaveText([
    /^sources\[0\]\.url: không phải địa chỉ web hợp lệ/,
    /^sources\[1\]\.url: chỉ nhận liên kết bắt đầu bằng https:\/\//,
    /^sources\[2\]\.url: không phải địa chỉ web hợp lệ/,
    /^sources\[3\]\.url: không phải địa chỉ web hợp lệ/,
  ]);
  await expect(dash.getByTestId('pack-table').locator('tr[data-code="1.999001"]')).toHaveCount(0);
});

test('printable checklist: every paper with its form and conditions, shared-data notes, sources; print layout hides the button; no serious axe violations', async ({ context }) => {
  const id = await extensionId(context);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/checklist.html?code=1.001193`);
  await expect(page.getByTestId('checklist-procedure')).toHaveText('Thủ tục: Đăng ký khai sinh (mã 1.001193)');
  const items = page.getByTestId('checklist-items').locator('li');
  await expect(items).toHaveCount(6);
  await expect(items.nth(1)).toContainText('Giấy chứng sinh');
  await expect(items.nth(1)).toContainText('bản chính: 1');
  await expect(items.nth(2)).toContainText('Chỉ khi: Trẻ có phải là trẻ bị bỏ rơi không? Có');
  await expect(items.nth(4)).toContainText('Không phải nộp nếu dữ liệu đã có trong Cơ sở dữ liệu hộ tịch điện tử (căn cứ: Nghị định số 07/2025/NĐ-CP; Công văn số 481/BTP-HTQTCT).');
  await expect(items.nth(5)).toContainText('Không phải nộp nếu dữ liệu đã có trong Cơ sở dữ liệu quốc gia về dân cư (căn cứ: Nghị định số 104/2022/NĐ-CP).');
  await expect(page.getByText('Luật Hộ tịch số 60/2014/QH13')).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'In (khổ A4)' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(1000);

  await page.goto(`chrome-extension://${id}/checklist.html?code=9.999999`);
  await expect(page.getByText('Không tìm thấy gói hướng dẫn cho mã thủ tục này.')).toBeVisible();
});

test('citizen mode (set in the popup) shows the guide in large text with the checklist closed', async ({ context, page }) => {
  const id = await extensionId(context);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await popup.getByLabel('Người dân, tình nguyện viên: chữ to, từng bước một').check();
  await popup.close();
  await page.goto(FORM);
  const g = guide(page);
  await g.start();
  await expect(page.locator('dvc-companion .dvc-guide')).toHaveClass(/dvc-large/);
  await expect(page.locator('dvc-companion .dvc-checklist')).toHaveCount(0);
  const size = await g.text.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(19);
});
