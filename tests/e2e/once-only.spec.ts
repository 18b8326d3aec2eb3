// Once-only check in real Chromium: findings in the panel and as badges on both portals' detail
// pages and filing forms, content that renders late, copying the feedback text, and the report page.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { extensionId } from './browser';
import { extensionStoresDump } from './stores';
import { expect, panel, test } from './fixtures';

const DVCQG = 'https://vpcp.dichvucong.gov.vn/p/home';
const IGATE = 'https://dichvucong.quangngai.gov.vn';
const IGATE_RESIDENCE = '6215fc5acfa6484e420b7222';
const IGATE_BIRTH = '6215fc5acfa6484e420b67d8';

function findings(page: Page) {
  const host = panel(page).host;
  return {
    items: host.getByTestId('once-only-finding'),
    badges: host.getByTestId('once-only-badge'),
    count: host.getByTestId('once-only-count'),
    /** The portal wording of each finding, in panel order. */
    async wordings(): Promise<string[]> {
      return (await this.items.locator('.dvc-oo-wording').allTextContents()).map((t) => t.replace(/^[^:]*:\s*“|”$/g, ''));
    },
  };
}

test('DVCQG detail that still asks for the household book and an ID copy: exactly those two findings, with badges', async ({ page }) => {
  await page.goto(`${DVCQG}/dvc-chi-tiet-thu-tuc-nganh-doc.html?ma_thu_tuc=1.004222`);
  const f = findings(page);
  await expect(f.count).toHaveText('2');
  // Badges are drawn only for rows on screen: the dossier list is below the fold.
  await expect(f.badges).toHaveCount(0);
  await page.getByText('Bản sao thẻ Căn cước công dân (CCCD) của chủ hộ', { exact: true }).scrollIntoViewIfNeeded();
  await expect(f.badges).toHaveCount(2);
  await panel(page).open();
  expect(await f.wordings()).toEqual(['Bản sao Sổ hộ khẩu của gia đình', 'Bản sao thẻ Căn cước công dân (CCCD) của chủ hộ']);
  await expect(f.items.nth(0)).toHaveAttribute('data-paper', 'household_book');
  await expect(f.items.nth(1)).toHaveAttribute('data-paper', 'id_card_copy');
  await expect(f.items.nth(0)).toContainText('Không được yêu cầu');
  await expect(f.items.nth(0)).toContainText('Cơ sở dữ liệu quốc gia về dân cư');
  await f.items.nth(0).getByText('Căn cứ pháp lý').click();
  await expect(f.items.nth(0)).toContainText('Nghị định số 104/2022/NĐ-CP');

  // Each badge sits beside its row on the page and opens its explanation.
  await panel(page).close();
  const row = page.getByText('Bản sao thẻ Căn cước công dân (CCCD) của chủ hộ', { exact: true });
  const [rowBox, badgeBox] = [await row.boundingBox(), await f.badges.nth(1).boundingBox()];
  expect(Math.abs(rowBox!.y + rowBox!.height / 2 - (badgeBox!.y + badgeBox!.height / 2))).toBeLessThan(rowBox!.height);
  await f.badges.nth(1).click();
  await expect(f.items.nth(1)).toBeFocused();

  // Keyboard: Esc closes the panel; the badges are buttons in the tab order with their wording as name.
  await page.keyboard.press('Escape');
  await expect(f.items).toHaveCount(0);
  await f.badges.first().focus();
  await page.keyboard.press('Enter');
  await expect(f.items.nth(0)).toBeFocused();
  await expect(f.badges.first()).toHaveAccessibleName(/^Đã có trong CSDL: Bản sao Sổ hộ khẩu của gia đình/);
  await f.items.nth(0).getByText('Căn cứ pháp lý').click();
  const axe = await new AxeBuilder({ page }).include('dvc-companion').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('copying the feedback text puts the portal wording, database and legal basis on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://vpcp.dichvucong.gov.vn' });
  await page.goto(`${DVCQG}/dvc-chi-tiet-thu-tuc-nganh-doc.html?ma_thu_tuc=1.004222`);
  await panel(page).open();
  const f = findings(page);
  await f.items.nth(0).getByRole('button', { name: 'Sao chép nội dung phản ánh' }).click();
  await expect(panel(page).host.getByRole('status').filter({ hasText: 'Đã sao chép' })).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('Trang cổng yêu cầu: "Bản sao Sổ hộ khẩu của gia đình"');
  expect(text).toContain('Thủ tục: Đăng ký thường trú (mã 1.004222)');
  expect(text).toContain('Nghị định số 104/2022/NĐ-CP');
  expect(text).toContain('Cổng: vpcp.dichvucong.gov.vn');
});

test('DVCQG birth registration: no finding for "Giấy chứng sinh"', async ({ page }) => {
  await page.goto(`${DVCQG}/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193`);
  const p = panel(page);
  await p.open();
  await expect(p.procedure).toHaveText('Thủ tục đăng ký khai sinh (1.001193)');
  await expect(p.host.getByText('Thành phần hồ sơ: 6')).toBeVisible();
  const f = findings(page);
  expect((await f.wordings()).filter((w) => /chứng sinh/i.test(w))).toEqual([]);
  await expect(f.items.filter({ hasText: 'Giấy chứng sinh' })).toHaveCount(0);
});

test('filing form on the interlinked portal: upload slots for the household book and an ID copy are flagged, the birth certificate slot is not', async ({ page, replicas }) => {
  replicas.faults.add({ host: 'lienthong.dichvucong.gov.vn', path: '/', extraComponents: ['Sổ hộ khẩu', 'Bản sao căn cước công dân'] });
  await page.goto('https://lienthong.dichvucong.gov.vn/#/ke-khai/2.000986');
  const f = findings(page);
  // The upload table sits on a later step: it is read as soon as the app renders it (hidden or not).
  await expect(f.count).toHaveText('2');
  await panel(page).open();
  expect(await f.wordings()).toEqual(['Sổ hộ khẩu', 'Bản sao căn cước công dân']);
  await panel(page).close();
  // Badges appear once the step with the slots is on screen.
  await expect(f.badges).toHaveCount(0);
  for (let i = 0; i < 3; i++) await page.locator('#next').click();
  await expect(page.locator('.tbl-giayto')).toBeVisible();
  await expect(f.badges).toHaveCount(2);
  const slotRow = page.locator('.giayto-row', { hasText: 'Sổ hộ khẩu' });
  const [rowBox, badgeBox] = [await slotRow.boundingBox(), await f.badges.first().boundingBox()];
  expect(Math.abs(rowBox!.y + rowBox!.height / 2 - (badgeBox!.y + badgeBox!.height / 2))).toBeLessThan(rowBox!.height);
});

test('iGate: late-rendered detail and filing form of a procedure asking for the household book and an ID copy; a row added later is checked too', async ({ page, context }) => {
  await page.goto(`${IGATE}/vi/procedure/detail/${IGATE_RESIDENCE}`);
  const f = findings(page);
  // The SPA shows a spinner first and renders the component table later.
  await expect(f.count).toHaveText('2', { timeout: 10_000 });
  await panel(page).open();
  expect(await f.wordings()).toEqual(['Sổ hộ khẩu', 'Bản sao căn cước công dân']);
  await panel(page).close();
  // The rows are in the "Thành phần hồ sơ" tab: badges show once it is open.
  await page.getByRole('tab', { name: 'Thành phần hồ sơ' }).click();
  await expect(f.badges).toHaveCount(2);

  await page.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).click();
  await page.waitForURL(/apply-online/);
  await expect(page.locator('.component-rows tr')).toHaveCount(4);
  await panel(page).open();
  await expect(f.items).toHaveCount(2);
  expect(await f.wordings()).toEqual(['Sổ hộ khẩu', 'Bản sao căn cước công dân']);
  await panel(page).close();

  // The person adds a dossier component by hand: the new row is checked as it appears, marked as
  // theirs; its text stays in the panel and is never stored.
  await page.locator('[data-go="1"]').first().click();
  await expect(f.badges).toHaveCount(2);
  // The portal's own list settles within PublishedList's time; what comes after is the person's.
  await page.waitForTimeout(3200);
  page.once('dialog', (d) => void d.accept('Bản sao sổ tạm trú của Nguyễn Văn An'));
  await page.locator('.btn-add-component').click();
  await expect(f.count).toHaveText('3');
  await panel(page).open();
  expect(await f.wordings()).toContain('Bản sao sổ tạm trú của Nguyễn Văn An');
  await expect(f.items.filter({ hasText: 'Nguyễn Văn An' }).getByTestId('once-only-added')).toHaveText(/Thành phần do người nộp thêm/);
  await expect(panel(page).host.getByTestId('once-only-added')).toHaveCount(1);

  // A file uploaded into the flagged slot: its name and the ID number in it stay out of our storage.
  const row = page.locator('.component-rows tr', { hasText: 'Bản sao căn cước công dân' });
  await row.locator('input[type=file]').setInputFiles({ name: 'Nguyen-Van-An-012345678901.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(20 * 1024, 3) });
  await expect(row.locator('.uploaded-file')).toHaveCount(1);
  await expect(f.count).toHaveText('3');
  const id = await extensionId(context);
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${id}/findings.html`);
  // Two rows from the detail page, the same two as upload slots on the form, and the added one.
  await expect(ext.getByTestId('findings-table').locator('tbody tr')).toHaveCount(5);
  const dump = (await extensionStoresDump(ext)).text;
  await ext.close();
  expect(dump).toContain('căn cước công dân');
  expect(dump).toContain('"addedByPerson":true');
  expect(dump).not.toMatch(/Nguyen|Nguyễn|012345678901|\.pdf/);
});

test('iGate birth registration: "Giấy chứng sinh" is not flagged; the parents\' marriage certificate is, as conditional', async ({ page }) => {
  await page.goto(`${IGATE}/vi/procedure/detail/${IGATE_BIRTH}`);
  const f = findings(page);
  await expect(f.count).toHaveText('1', { timeout: 10_000 });
  await panel(page).open();
  expect(await f.wordings()).toEqual(['Giấy chứng nhận kết hôn của cha, mẹ (nếu có)']);
  await expect(f.items.first()).toContainText('Chỉ khi không tra được dữ liệu');
});

test('the findings report lists what was seen, exports CSV with a BOM and JSON, and never holds anything typed', async ({ page, context }) => {
  await page.goto(`${DVCQG}/dvc-chi-tiet-thu-tuc-nganh-doc.html?ma_thu_tuc=1.004222`);
  await expect(findings(page).count).toHaveText('2');
  await page.goto(`${IGATE}/vi/procedure/detail/${IGATE_RESIDENCE}`);
  await expect(findings(page).count).toHaveText('2', { timeout: 10_000 });

  const id = await extensionId(context);
  const report = await context.newPage();
  await report.goto(`chrome-extension://${id}/findings.html`);
  const table = report.getByTestId('findings-table');
  await expect(table.locator('tbody tr')).toHaveCount(4);
  expect((await new AxeBuilder({ page: report }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  // Only the words the catalogue matched are kept of the portal's wording ("Bản sao Sổ hộ khẩu của gia đình").
  await expect(table).toContainText('Sổ hộ khẩu');
  await expect(table).not.toContainText('của gia đình');
  await expect(table).toContainText('dichvucong.quangngai.gov.vn');
  await report.getByTestId('findings-search').fill('quangngai');
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await report.getByTestId('findings-search').fill('');

  const [csv] = await Promise.all([report.waitForEvent('download'), report.getByTestId('export-csv').click()]);
  const csvText = readFileSync((await csv.path())!, 'utf8');
  expect(csvText.charCodeAt(0)).toBe(0xfeff);
  expect(csvText).toContain('Cổng,Mã thủ tục,Tên thủ tục,Từ ngữ khớp trên cổng');
  expect(csvText).toContain('thẻ Căn cước');
  expect(csvText).not.toContain('của chủ hộ');
  const [json] = await Promise.all([report.waitForEvent('download'), report.getByTestId('export-json').click()]);
  const parsed = JSON.parse(readFileSync((await json.path())!, 'utf8'));
  expect(parsed.rows).toHaveLength(4);
  expect(Object.keys(parsed.rows[0]).sort()).toEqual(
    ['component_text', 'database', 'first_seen', 'last_seen', 'legal_basis', 'paper', 'portal', 'procedure_code', 'procedure_name', 'verdict', 'where'].sort(),
  );
  await report.close();
});
