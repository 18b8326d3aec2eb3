/**
 * The Ministry of Public Security's residence forms and catalogue (issue 21): in Chromium with the
 * built extension, against replicas on the portal's own front-end libraries (jQuery, select2,
 * bootstrap-datepicker), at a counter PC's size.
 */
import { BCA_DETAIL, LUUTRU_FORM, pickAgency, pickSelect2, TAMTRU_FORM, uploadRow, XOA_FORM } from './cutru-helpers';
import { expect, expectPanel, panel, test } from './fixtures';
import { expectHighlighted, guide, guideOutcomes } from './guide-helpers';
import { waitForRecords } from './timings-helpers';

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
