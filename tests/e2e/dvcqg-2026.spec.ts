/**
 * The national portal as it is in 2026 (issue 19): the React app on dichvucong.gov.vn and its own
 * SurveyJS filing form /nop-ho-so, in Chromium with the built extension, against the replica built
 * on the portal's libraries (React 19, SurveyJS, react-toastify).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { detailUrl, filingUrl, TWIN_DETAIL_URL } from '../replicas/sites/dvcqg-2026';
import { chooseAgency, fillDeathForm, question, signInWithVneid, submitButton, uploadToRow } from './dvcqg-2026-helpers';
import { expect, expectPanel, panel, test } from './fixtures';
import { expectHighlighted, guide, guideOutcomes } from './guide-helpers';
import { extensionStoresDump } from './stores';
import { extensionPage, waitForRecords } from './timings-helpers';

const PORTAL = 'Cổng Dịch vụ công quốc gia';

/** Signed in already: the portal's own session cookie, as after a VNeID sign-in. */
async function signedIn(context: BrowserContext) {
  await context.addCookies([{ name: 'dvc_session', value: '1', domain: 'dichvucong.gov.vn', path: '/', secure: true }]);
}

async function toFiling(page: Page, code = '1.000656') {
  await page.goto(filingUrl(code));
  await question(page, 'citizenName').waitFor();
}

test('the panel names portal, page kind and code on every page kind of the new portal; the legacy path on the main host is no page of ours', async ({ page }) => {
  await page.goto('https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?keyword=khai%20t%E1%BB%AD');
  await expectPanel(page, { portal: PORTAL, kind: 'Trang tìm kiếm thủ tục', procedure: null });

  // The code printed on the page; then one resolved from the exact title (and said so).
  await page.goto(detailUrl('1.001193'));
  await expectPanel(page, { portal: PORTAL, kind: 'Trang chi tiết thủ tục', procedure: 'Đăng ký khai sinh (1.001193)' });
  await page.goto(detailUrl('1.000656'));
  await expectPanel(page, { kind: 'Trang chi tiết thủ tục', procedure: 'Đăng ký khai tử (1.000656) — mã tra theo tên thủ tục' });

  // The agency chooser with two same-named marriage cards: each named by its agency.
  await page.goto(detailUrl('1.000894'));
  await chooseAgency(page);
  await page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Nộp trực tuyến' })).toHaveCount(2);
  await expectPanel(page, { kind: 'Trang chọn cơ quan và dịch vụ công', procedure: 'Đăng ký kết hôn (1.000894) — mã tra theo tên thủ tục' });
  await panel(page).open();
  await expect(panel(page).host.getByTestId('services').locator('li')).toHaveText([
    'Dịch vụ 1: Đăng ký kết hôn — cơ quan thực hiện: Sở Tư pháp',
    'Dịch vụ 2: Đăng ký kết hôn — cơ quan thực hiện: Ủy ban nhân dân cấp xã',
  ]);
  await panel(page).close();

  // VNeID sign-in: recognised, nothing read.
  await page.getByRole('button', { name: 'Nộp trực tuyến' }).last().click();
  await page.waitForURL(/sso\.dancuquocgia\.gov\.vn\/auth/);
  await expectPanel(page, { portal: PORTAL, kind: 'Trang đăng nhập', procedure: null });
  await signInWithVneid(page);
  // Kết hôn is handed over to the Ministry of Justice's wizard (filing-portals-2026.md §2).
  await page.waitForURL(/dichvucongnganhtuphap\.moj\.gov\.vn\/nop-ho-so\/\d+\?.*maThuTuc=1\.000894/);
  await expectPanel(page, { portal: 'Cổng dịch vụ công ngành Tư pháp (hộ tịch)', kind: 'Trang nộp hồ sơ', procedure: 'Đăng ký kết hôn (1.000894)', step: 'Bước: Thông tin chung' });

  await page.goto('https://dichvucong.gov.vn/tra-cuu-ho-so');
  await expectPanel(page, { kind: 'Trang tra cứu hồ sơ' });
  await page.goto('https://dichvucong.gov.vn/thanh-toan-truc-tuyen');
  await expectPanel(page, { kind: 'Trang thanh toán lệ phí' });

  // HTTP 200 and "không tồn tại" for the legacy pages and unknown ids: no panel at all.
  for (const url of ['https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.000656', 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/0195d2a1-7c00-7a10-8000-00000000dead']) {
    await page.goto(url);
    await expect(page.getByRole('heading', { name: /không tồn tại$/ })).toBeVisible();
    await page.waitForTimeout(600);
    await expect(panel(page).launcher).toHaveCount(0);
  }
  // The legacy pages still work where they live on.
  await page.goto('https://vpcp.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193');
  await expectPanel(page, { portal: 'Cổng DVCQG (trang cũ)', procedure: 'Thủ tục đăng ký khai sinh (1.001193)' });
});

test('the twin "Đăng ký lại khai tử" never shows 1.000656, on its detail page, its card or its form', async ({ page, context }) => {
  await signedIn(context);
  await page.goto(TWIN_DETAIL_URL);
  await expectPanel(page, { kind: 'Trang chi tiết thủ tục', procedure: 'Đăng ký lại khai tử' });
  await panel(page).open();
  await expect(panel(page).host.getByTestId('start-guide')).toHaveCount(0);
  await panel(page).close();
  await chooseAgency(page);
  await page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
  await expectPanel(page, { kind: 'Trang chọn cơ quan và dịch vụ công', procedure: 'Đăng ký lại khai tử' });
  await page.getByRole('button', { name: 'Nộp trực tuyến' }).click();
  await question(page, 'citizenName').waitFor();
  await expectPanel(page, { kind: 'Trang nộp hồ sơ', procedure: 'Đăng ký lại khai tử' });
  await expect(panel(page).host).not.toContainText('1.000656');
});

test('guided khai tử: detail page → agency → the commune card → VNeID → /nop-ho-so → "Lưu và nộp hồ sơ", resuming after a reload (counter PC 1366×657)', async ({ page, context }) => {
  await page.setViewportSize({ width: 1366, height: 657 });
  await page.goto(detailUrl('1.000656'));
  const g = guide(page);
  await g.start();
  await g.expectStep('Bước 1/16 · Đăng ký khai tử', 'Thành phần hồ sơ');
  await g.next.click();
  await g.expectStep('Bước 2/16', 'Chọn Tỉnh/ Thành phố');
  await expectHighlighted(page, page.getByRole('button', { name: '-- Chọn Tỉnh/ Thành phố --' }));
  await chooseAgency(page);
  await g.expectStep('Bước 4/16', 'Nộp hồ sơ');
  const confirm = page.getByRole('button', { name: 'Nộp hồ sơ', exact: true });
  await expectHighlighted(page, confirm);
  await confirm.click();

  await g.expectStep('Bước 5/16', 'Nộp trực tuyến');
  await page.reload(); // the cards render again, one by one; the guide comes back at the same step
  await g.expectStep('Bước 5/16', 'Nộp trực tuyến');
  const card = page.getByRole('button', { name: 'Nộp trực tuyến' });
  await expectHighlighted(page, card);
  await card.click();

  await page.waitForURL(/sso\.dancuquocgia\.gov\.vn/);
  await signInWithVneid(page);
  await page.waitForURL(/\/nop-ho-so/);
  await g.expectStep('Bước 6/16', 'VNeID');
  await expectHighlighted(page, question(page, 'citizenName'));
  await g.next.click();

  await g.expectStep('Bước 7/16', 'quan hệ');
  await expectHighlighted(page, question(page, 'citizenmoiquanhe'));
  await question(page, 'citizenmoiquanhe').fill('Con');
  await g.expectStep('Bước 8/16', 'họ, chữ đệm, tên');
  await question(page, 'citizenNDK_HoVaTen').fill('TRẦN VĂN BÌNH');
  await g.expectStep('Bước 9/16', '12 chữ số');
  await expectHighlighted(page, question(page, 'citizenNDK_SoDinhDanh'));
  await question(page, 'citizenNDK_SoDinhDanh').fill('001045009876');
  await g.expectStep('Bước 10/16', 'ngày sinh');
  await question(page, 'citizenNDK_NgaySinh').fill('02/03/1945');
  await g.expectStep('Bước 11/16', 'ngày, tháng, năm chết');
  await question(page, 'citizenField56').fill('20/11/2026');
  await g.expectStep('Bước 12/16', 'bản sao');
  await question(page, 'citizenNoichet').fill('Tại nhà riêng');
  await question(page, 'citizenSoluongbansaonguoiyeucaudenghi').fill('1');

  await g.expectStep('Bước 13/16', 'Giấy báo tử');
  const row = page.locator('tr', { hasText: 'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử' }).locator('visible=true');
  await expectHighlighted(page, row);
  // At 1366×657 the card with its papers list open can sit over the row's own button (issue 23):
  // as a person would, fold the list away first.
  await g.card.getByRole('button', { name: 'Giấy tờ cần chuẩn bị' }).click();
  await uploadToRow(page, 'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử', { name: 'giay-bao-tu.pdf', bytes: 80 * 1024 });

  await g.expectStep('Bước 14/16', 'Hình thức nhận kết quả');
  await g.next.click();
  await g.expectStep('Bước 15/16', 'Lưu và nộp hồ sơ');
  await expectHighlighted(page, submitButton(page));
  await submitButton(page).click();
  await expect(page.getByText('Nộp hồ sơ thành công')).toBeVisible();
  await g.expectStep('Bước 16/16', 'mã hồ sơ');
  await g.next.click();
  await expect(g.card).toHaveCount(0);
  expect(await guideOutcomes(context)).toContainEqual(expect.objectContaining({ procedureCode: '1.000656', outcome: 'completed' }));
});

test('an error toast after "Lưu và nộp hồ sơ" is a failed attempt, never a receipt; upload and submit timings are stored per row', async ({ page, context }) => {
  await signedIn(context);
  await toFiling(page);
  // Nothing filled in: the portal refuses with a toast that vanishes within seconds.
  await submitButton(page).click();
  await expect(page.locator('.Toastify__toast--error')).toBeVisible();
  await expectPanel(page, { kind: 'Trang nộp hồ sơ' });
  const [failed] = await waitForRecords(context, 'submit');
  expect(failed).toMatchObject({ portal: 'dvcqg-2026', host: 'dichvucong.gov.vn', code: '1.000656', outcome: 'error', attempt: 1 });

  // A file the portal refuses (wrong type) is an upload that never left, in its own row.
  await uploadRefused(page, 'Văn bản ủy quyền (nếu có)');
  // Two rows, two uploads, each with its row number and size.
  await fillDeathForm(page);
  await uploadToRow(page, 'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử', { name: 'bao-tu.pdf', bytes: 120 * 1024 });
  await uploadToRow(page, 'Sổ hộ khẩu của người chết', { name: 'so.pdf', bytes: 40 * 1024 });
  await submitButton(page).click();
  await expect(page.getByText('Nộp hồ sơ thành công')).toBeVisible();
  await expectPanel(page, { kind: 'Trang biên nhận hồ sơ' });

  const submits = (await waitForRecords(context, 'submit', 2)).sort((a, b) => (a.attempt as number) - (b.attempt as number));
  expect(submits.map((s) => s.outcome)).toEqual(['error', 'receipt']);
  expect(submits[1]).toMatchObject({ attempt: 2 });
  // Click to receipt: the reply and our reading of it, not an old toast fading out.
  expect(submits[1]!.latencyMs as number).toBeLessThan(3000);
  expect(submits[1]!.latencyMs as number).toBeGreaterThan(0);
  const uploads = await waitForRecords(context, 'upload', 3);
  const bySlot = Object.fromEntries(uploads.map((u) => [`${u.slot}:${u.outcome}`, u]));
  expect(Object.keys(bySlot).sort()).toEqual(['1:ok', '2:rejected', '4:ok']);
  expect(bySlot['1:ok']).toMatchObject({ bytes: 120_000, files: 1 });
  expect(bySlot['4:ok']!.bytes).toBe(41_000);
  const [page1] = await waitForRecords(context, 'page');
  expect(page1).toMatchObject({ portal: 'dvcqg-2026', kind: 'filing-form', nav: 'load' });
  expect(page1!.formReadyMs as number).toBeGreaterThan(0);
  // Nothing typed, uploaded or prefilled reaches a store.
  const ours = await extensionPage(context, 'findings.html');
  const dump = await extensionStoresDump(ours);
  await ours.close();
  expect(dump.stores).toBeGreaterThan(0);
  for (const secret of ['TRẦN VĂN BÌNH', '001045009876', 'NGUYỄN VĂN AN', '001090012345', 'bao-tu.pdf', 'Tại nhà riêng']) expect(dump.text).not.toContain(secret);
});

async function uploadRefused(page: Page, rowText: string) {
  const row = page.locator('tr', { hasText: rowText }).locator('visible=true').first();
  const chooser = page.waitForEvent('filechooser');
  await row.getByTitle('Tải lên file').click();
  await (await chooser).setFiles({ name: 'virus.exe', mimeType: 'application/octet-stream', buffer: Buffer.alloc(2048, 1) });
  await expect(page.locator('.Toastify__toast--error', { hasText: 'không đúng định dạng' })).toBeVisible();
}

test('once-only badges on the /nop-ho-so rows and on the detail tables; the report names the new portal', async ({ page, context }) => {
  await signedIn(context);
  await page.goto(detailUrl('1.000656'));
  const host = panel(page).host;
  await expect(host.getByTestId('once-only-count')).toHaveText('1');
  await toFiling(page);
  await expect(host.getByTestId('once-only-count')).toHaveText('1');
  const row = page.locator('tr', { hasText: 'Sổ hộ khẩu của người chết' }).locator('visible=true');
  await row.scrollIntoViewIfNeeded();
  await expect(host.getByTestId('once-only-badge')).toHaveCount(1);
  const [rowBox, badgeBox] = [await row.boundingBox(), await host.getByTestId('once-only-badge').boundingBox()];
  expect(Math.abs(rowBox!.y + rowBox!.height / 2 - (badgeBox!.y + badgeBox!.height / 2))).toBeLessThan(rowBox!.height);
  await panel(page).open();
  await expect(host.getByTestId('once-only-finding')).toContainText('Cơ sở dữ liệu quốc gia về dân cư');
  await panel(page).close();

  const report = await extensionPage(context, 'findings.html');
  await expect(report.getByText('Cổng Dịch vụ công quốc gia (dichvucong.gov.vn)').first()).toBeVisible();
  await report.close();
});
