/**
 * The Ministry of Public Security's residence forms and catalogue (issue 21): in Chromium with the
 * built extension, against replicas on the portal's own front-end libraries (jQuery, select2,
 * bootstrap-datepicker), at a counter PC's size.
 */
import type { Page } from '@playwright/test';
import { BCA_DETAIL, LUUTRU_FORM, pickAgency, pickSelect2, TAMTRU_FORM, uploadRow, XOA_FORM } from './cutru-helpers';
import { expect, expectPanel, panel, test } from './fixtures';
import { expectHighlighted, guide, guideOutcomes } from './guide-helpers';
import { extensionPage, waitForRecords } from './timings-helpers';

const CUTRU_PORTAL = 'Cổng dịch vụ công quản lý cư trú (Bộ Công an)';

/** Steps 1–2 of the residence packs: province, then ward, each picked once its step's target is highlighted. */
async function guidedAgency(page: Page, g: ReturnType<typeof guide>, steps: number) {
  // Each step's watch starts once its target is highlighted: act after that, as a person who reads the card does.
  await expectHighlighted(page, page.locator('#cboRECEIVE_ADDR_CITY_CODE + .select2'));
  await pickSelect2(page, 'cboRECEIVE_ADDR_CITY_CODE', 'Hà Nội', 'Hà Nội');
  await g.expectStep(`Bước 2/${steps}`, 'phường, xã');
  await expectHighlighted(page, page.locator('#cboRECEIVE_ADDR_VILLAGE_CODE + .select2'));
  await expect(page.locator('#cboRECEIVE_ADDR_VILLAGE_CODE option')).not.toHaveCount(1);
  await pickSelect2(page, 'cboRECEIVE_ADDR_VILLAGE_CODE', 'Ba');
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 657 });
});

test('guided xóa tạm trú (TAMTRU_06): the panel says 1.010028, never the URL\'s 1.004194; the case chosen on the page picks the upload branch', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto(XOA_FORM);
  await expectPanel(page, { portal: CUTRU_PORTAL, procedure: 'Xóa đăng ký tạm trú (1.010028)', kind: 'Trang nộp hồ sơ' });
  await expect(panel(page).host).not.toContainText('1.004194');
  const g = guide(page);
  await g.start();
  await g.expectStep('Bước 1/9 · Xóa đăng ký tạm trú', 'tỉnh, thành phố');
  await guidedAgency(page, g, 9);
  await g.expectStep('Bước 3/9', 'Xóa đăng ký tạm trú');
  await expect(g.text).toContainText('1.004194');
  await g.next.click();
  await g.expectStep('Bước 4/9', 'Chọn trường hợp');
  await expectHighlighted(page, page.locator('#cboBPROC_CASE_CODE + .select2'));
  await pickSelect2(page, 'cboBPROC_CASE_CODE', 'vắng mặt');
  // Absent from home (TAT-XOA-15): no "không còn chỗ ở" paper; the guide read that from the case select.
  await g.expectStep('Bước 5/8', 'Người khai thông tin là người đăng ký tạm trú');
  await page.locator('#chkIS_REPORTER').check();
  await expect(page.locator('#txtFULLNAME')).toHaveValue('NGUYỄN VĂN AN');
  await g.expectStep('Bước 6/8', 'Trường hợp xóa đăng ký tạm trú');
  await page.getByText('Trường hợp xóa đăng ký tạm trú', { exact: true }).click();
  await g.expectStep('Bước 7/8', 'Tôi xin chịu trách nhiệm');
  // Changing the case again on the page changes the branch: the upload comes back.
  await pickSelect2(page, 'cboBPROC_CASE_CODE', 'cả hộ');
  await g.expectStep('Bước 7/9', 'không còn chỗ ở hợp pháp');
  await expectHighlighted(page, page.locator('#tblGiayToDinhKem tr', { hasText: 'không còn chỗ ở hợp pháp' }));
  await uploadRow(page, 'không còn chỗ ở hợp pháp', 'ly-do-xoa.pdf');
  await g.expectStep('Bước 8/9', 'Tôi xin chịu trách nhiệm');
  await page.locator('#chkCHECK_LIABILITY').check();
  await g.expectStep('Bước 9/9', 'Nộp hồ sơ');
  await expectHighlighted(page, page.locator('#btn-save-send'));
  await expect(panel(page).host).not.toContainText('1.004194');
  const [upload] = await waitForRecords(context, 'upload');
  expect(upload).toMatchObject({ portal: 'cutru', code: '1.010028', outcome: 'ok', slot: 1 });
  expect(JSON.stringify(await guideOutcomes(context))).not.toContain('1.004194');
});

test('guided đăng ký tạm trú from the Ministry catalogue: the code from "Mã thủ tục", the hand-over to the form, the address hint, the rented-home branch, to the payment-window failure recorded as its own outcome', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto(`${BCA_DETAIL}26344`);
  await expectPanel(page, { portal: 'Cổng dịch vụ công Bộ Công an', procedure: 'Đăng ký tạm trú (1.004194)', kind: 'Trang chi tiết thủ tục' });
  const g = guide(page);
  await g.start();
  await g.expectStep('Bước 1/2 · Đăng ký tạm trú', 'Thành phần hồ sơ');
  await g.next.click();
  await g.expectStep('Bước 2/2', 'Nộp hồ sơ');
  const submit = page.getByRole('link', { name: 'Nộp hồ sơ' });
  await expectHighlighted(page, submit);
  await submit.click();

  // The entry hands over to the residence form; the pack's steps there pick up on arrival.
  await page.waitForURL(/dang-ky-tam-tru\.html/);
  await g.expectStep('Bước 1/13 · Đăng ký tạm trú', 'tỉnh, thành phố');
  await guidedAgency(page, g, 13);
  await g.expectStep('Bước 3/13', 'Đăng ký tạm trú');
  await g.next.click();
  await g.expectStep('Bước 4/13', 'Chọn trường hợp');
  await expectHighlighted(page, page.locator('#cboBPROC_CASE_CODE + .select2'));
  await pickSelect2(page, 'cboBPROC_CASE_CODE', 'nhân khẩu');
  await g.expectStep('Bước 5/13', 'Người khai thông tin là người đăng ký tạm trú');
  await page.locator('#chkIS_REPORTER').check();
  await g.expectStep('Bước 6/13', 'địa chỉ chỗ ở');
  // An old address typed in the free-text field: the hint names the new unit beside it.
  const address = page.locator('#txtSUGGEST_ADDRESS');
  await address.fill('Số 5 ngõ 10, Phường Phúc Xá, Quận Ba Đình, Hà Nội');
  const hint = page.locator('dvc-companion').getByTestId('address-hint');
  await expect(hint).toContainText('Nay thuộc: Phường Hồng Hà, Thành phố Hà Nội');
  await hint.getByRole('button', { name: 'Đóng' }).click();
  await g.expectStep('Bước 7/13', 'ngày bắt đầu tạm trú');
  const start = new Date(Date.now() + 86_400_000);
  const ddmmyyyy = `${String(start.getDate()).padStart(2, '0')}/${String(start.getMonth() + 1).padStart(2, '0')}/${start.getFullYear()}`;
  // Typed key by key, as a person does: the datepicker reads typed dates on keyup only (a bare fill is wiped on blur).
  await page.locator('#txtTEMP_RESIDENT_FROM').pressSequentially(ddmmyyyy);
  await page.locator('#txtTEMP_RESIDENT_FROM').press('Tab');
  await expect(page.locator('#txtTEMP_RESIDENT_TO')).toHaveValue(new RegExp(`/${start.getFullYear() + 2}$`));
  // The question behind the two sub-case links, asked where they part.
  await expect(g.yes).toBeVisible();
  await g.yes.click();
  await g.expectStep('Bước 8/12', 'do thuê, mượn, ở nhờ');
  await page.getByText('Trường hợp chỗ ở hợp pháp do thuê, mượn, ở nhờ', { exact: true }).click();
  await g.expectStep('Bước 9/12', 'hợp đồng cho thuê');
  await expectHighlighted(page, page.locator('#tblGiayToDinhKem tr', { hasText: 'Hợp đồng cho thuê' }));
  await uploadRow(page, 'Hợp đồng cho thuê', 'hop-dong-thue-nha.pdf');
  await g.expectStep('Bước 10/12', 'không phải tải lên');
  // The late-loaded row asking for proof of lawful accommodation carries its once-only badge.
  const badges = page.locator('dvc-companion').getByTestId('once-only-badge');
  await expect(badges).toHaveCount(1);
  await g.next.click();
  await g.expectStep('Bước 11/12', 'Tôi xin chịu trách nhiệm');
  await page.locator('#chkCHECK_LIABILITY').check();
  await g.expectStep('Bước 12/12', 'cửa sổ mới');
  await page.locator('#btn-save-send').click();
  await expect(page.locator('#lblThongBao')).toHaveText('Gửi hồ sơ thất bại. Lỗi không kết nối được đến trang thanh toán');

  const [failed] = await waitForRecords(context, 'submit');
  expect(failed).toMatchObject({ portal: 'cutru', code: '1.004194', outcome: 'payment-failed' });
  const [upload] = await waitForRecords(context, 'upload');
  expect(upload).toMatchObject({ portal: 'cutru', outcome: 'ok', slot: 2 });
  const timings = await extensionPage(context, 'timings.html');
  await expect(timings.getByTestId('timings-table').locator('tr', { hasText: '1.004194' }).getByTestId('payment-failures')).toHaveText('1');
  await timings.close();
});

test('lưu trú: the guide first closes the portal\'s own guide modal over the form, then the place, a guest in the portal\'s guest dialog, and the declaration', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(LUUTRU_FORM);
  await expect(page.locator('#frm_View_Huongdan')).toBeVisible();
  await expectPanel(page, { portal: CUTRU_PORTAL, procedure: 'Thông báo lưu trú (2.001159)' });
  const g = guide(page);
  await g.start();
  await g.expectStep('Bước 1/9 · Thông báo lưu trú', 'Hướng dẫn');
  const close = page.locator('#btnCloseHuongdan');
  await expectHighlighted(page, close);
  await close.click();
  await expect(page.locator('#frm_View_Huongdan')).toBeHidden();
  await g.expectStep('Bước 2/9', 'tỉnh, thành phố');
  await pickAgency(page, { province: 'accomStay_cboPROVINCE_ID', ward: 'accomStay_cboADDRESS_ID' });
  await g.expectStep('Bước 4/9', 'loại cơ sở lưu trú');
  await page.locator('#accomStay_cboACCOMMODATION_TYPE').selectOption({ label: 'Hộ gia đình' });
  await g.expectStep('Bước 5/9', 'địa chỉ chi tiết');
  await page.locator('#accomStay_txtADDRESS').fill('Số 8 phố Hàng Bông');
  await g.expectStep('Bước 6/9', 'Thêm mới người lưu trú');
  await page.locator('#btnAddPersonLT').click();
  await g.expectStep('Bước 7/9', 'Lưu');
  await page.locator('#guest_txtCITIZENNAME').fill('LÊ THỊ CÚC');
  await page.locator('#guest_txtIDCARD_NUMBER').fill('001193007777');
  await page.locator('#guest_txtSTART_DATE').pressSequentially('01/12/2026');
  await page.locator('#guest_txtEND_DATE').pressSequentially('03/12/2026');
  const save = page.locator('#btnSaveNLT');
  await expectHighlighted(page, save);
  await save.click();
  await expect(page.locator('#tblNguoiLuuTru tbody tr')).toHaveCount(1);
  await g.expectStep('Bước 8/9', 'Tôi xin chịu trách nhiệm');
  await page.locator('#chkCHECK_LIABILITY').check();
  await g.expectStep('Bước 9/9', 'Nộp hồ sơ');
  await expectHighlighted(page, page.locator('#btnSaveSend'));
});

test('once-only badges on the attachments table loaded late, per sub-case: a household-book row is a finding, the proof of lawful accommodation is conditional, the form itself is fine', async ({ page, replicas }) => {
  replicas.faults.add({ host: 'dichvucong.dancuquocgia.gov.vn', path: '/portal/p/home/dang-ky-tam-tru.html', extraComponents: ['Bản sao sổ hộ khẩu của chủ hộ'] });
  await page.goto(TAMTRU_FORM);
  const host = panel(page).host;
  const badges = host.getByTestId('once-only-badge');
  await page.locator('#divSubCases a').first().waitFor();
  await expect(badges).toHaveCount(0);
  await page.getByText('Trường hợp chỗ ở hợp pháp thuộc quyền sở hữu của mình', { exact: true }).click();
  await expect(page.locator('#tblGiayToDinhKem tr', { hasText: 'sổ hộ khẩu' })).toBeVisible();
  await expect(badges).toHaveCount(2);
  // Each badge beside its own row (rows matched by label), the household book one a "should not request".
  const row = page.locator('#tblGiayToDinhKem tr', { hasText: 'sổ hộ khẩu' });
  const [rowBox, badgeBoxes] = [await row.boundingBox(), await Promise.all([0, 1].map((i) => badges.nth(i).boundingBox()))];
  expect(badgeBoxes.some((b) => Math.abs(rowBox!.y + rowBox!.height / 2 - (b!.y + b!.height / 2)) < rowBox!.height)).toBe(true);
  await panel(page).open();
  await expect(host.getByTestId('once-only-finding')).toHaveCount(2);
  await expect(host.getByTestId('once-only-finding').filter({ hasText: 'sổ hộ khẩu' })).toContainText('Sổ hộ khẩu');
  // Another sub-case: a new list from the portal, its rows checked again.
  await panel(page).close();
  await page.getByText('Trường hợp chỗ ở hợp pháp do thuê, mượn, ở nhờ', { exact: true }).click();
  await expect(page.locator('#tblGiayToDinhKem tr', { hasText: 'Hợp đồng cho thuê' })).toBeVisible();
  await expect(badges).toHaveCount(2);
});

test('a residence filing that goes in: the submit is timed from the click to the portal\'s sent list, and the journey closes as submitted', async ({ page, context, replicas }) => {
  replicas.faults.add({ host: 'dichvucong.dancuquocgia.gov.vn', path: '/portal/p/home/dang-ky-tam-tru.html', variant: 'payment-ok' });
  await page.goto(TAMTRU_FORM);
  await pickAgency(page);
  await page.getByText('Trường hợp chỗ ở hợp pháp thuộc quyền sở hữu của mình', { exact: true }).click();
  await expect(page.locator('#tblGiayToDinhKem')).toBeVisible();
  await page.locator('#chkCHECK_LIABILITY').check();
  await expectPanel(page, { kind: 'Trang nộp hồ sơ' });
  await page.locator('#btn-save-send').click();
  await page.waitForURL(/\/ho-so\.html$/);
  const [submit] = await waitForRecords(context, 'submit');
  expect(submit).toMatchObject({ portal: 'cutru', code: '1.004194', outcome: 'receipt', attempt: 1 });
  const [journey] = await waitForRecords(context, 'journey');
  expect(journey).toMatchObject({ portal: 'cutru', code: '1.004194', outcome: 'submitted' });
});
