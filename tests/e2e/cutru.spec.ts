/**
 * The Ministry of Public Security's residence forms and catalogue (issue 21): in Chromium with the
 * built extension, against replicas on the portal's own front-end libraries (jQuery, select2,
 * bootstrap-datepicker), at a counter PC's size.
 */
import { BCA_DETAIL, LUUTRU_FORM, pickAgency, pickSelect2, TAMTRU_FORM, uploadRow, XOA_FORM } from './cutru-helpers';
import { expect, expectPanel, panel, test } from './fixtures';
import { expectHighlighted, guide, guideOutcomes } from './guide-helpers';
import { extensionPage, waitForRecords } from './timings-helpers';

const CUTRU_PORTAL = 'Cổng dịch vụ công quản lý cư trú (Bộ Công an)';

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
  await expectHighlighted(page, page.locator('#cboRECEIVE_ADDR_CITY_CODE + .select2'));
  await pickSelect2(page, 'cboRECEIVE_ADDR_CITY_CODE', 'Hà Nội', 'Hà Nội');
  await g.expectStep('Bước 2/9', 'phường, xã');
  await expect(page.locator('#cboRECEIVE_ADDR_VILLAGE_CODE option')).not.toHaveCount(1);
  await pickSelect2(page, 'cboRECEIVE_ADDR_VILLAGE_CODE', 'Ba');
  await g.expectStep('Bước 3/9', 'Xóa đăng ký tạm trú');
  await expect(g.text).toContainText('1.004194');
  await g.next.click();
  await g.expectStep('Bước 4/9', 'Chọn trường hợp');
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
  await pickSelect2(page, 'cboRECEIVE_ADDR_CITY_CODE', 'Hà Nội', 'Hà Nội');
  await g.expectStep('Bước 2/13', 'phường, xã');
  await expect(page.locator('#cboRECEIVE_ADDR_VILLAGE_CODE option')).not.toHaveCount(1);
  await pickSelect2(page, 'cboRECEIVE_ADDR_VILLAGE_CODE', 'Ba');
  await g.expectStep('Bước 3/13', 'Đăng ký tạm trú');
  await g.next.click();
  await g.expectStep('Bước 4/13', 'Chọn trường hợp');
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
