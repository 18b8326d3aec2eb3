/** Page actions on the residence-form replicas (jQuery, select2, bootstrap-datepicker), shared by their e2e tests. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const CUTRU = 'https://dichvucong.dancuquocgia.gov.vn/portal/p/home';
export const TAMTRU_FORM = `${CUTRU}/dang-ky-tam-tru.html?ma_thu_tuc=1.004194&TT=TAMTRU_01&TT_NAME=${encodeURIComponent('Đăng ký tạm trú')}`;
/** Xóa tạm trú: the same page; the URL still says ma_thu_tuc=1.004194. */
export const XOA_FORM = `${CUTRU}/dang-ky-tam-tru.html?ma_thu_tuc=1.004194&TT=TAMTRU_06&TT_NAME=${encodeURIComponent('Xóa đăng ký tạm trú')}`;
export const LUUTRU_FORM = `${CUTRU}/thong-bao-luu-tru.html?ma_thu_tuc=2.001159`;
export const BCA_DETAIL = 'https://dichvucong.bocongan.gov.vn/bocongan/bothutuc/tthc?matt=';

/** Opens a select2 box, types into its search, and picks the first result (ward names are stored decomposed). */
export async function pickSelect2(page: Page, selectId: string, search: string, option?: string) {
  await page.locator(`#${selectId} + .select2`).click();
  const field = page.locator('.select2-container--open .select2-search__field');
  await field.fill(search);
  const results = page.locator('.select2-container--open .select2-results__option:not(.loading-results)');
  const pick = option ? results.filter({ hasText: option }).first() : results.first();
  await expect(pick).toBeVisible();
  await pick.click();
  await expect(page.locator('.select2-container--open')).toHaveCount(0);
}

/** Province, then ward once its options arrive (late, decomposed), as a person picks them. */
export async function pickAgency(page: Page, ids: { province: string; ward: string } = { province: 'cboRECEIVE_ADDR_CITY_CODE', ward: 'cboRECEIVE_ADDR_VILLAGE_CODE' }) {
  await pickSelect2(page, ids.province, 'Hà Nội', 'Hà Nội');
  await expect(page.locator(`#${ids.ward} option`)).not.toHaveCount(1);
  await pickSelect2(page, ids.ward, 'Ba');
}

/** Uploads a file in the attachments row named `row`; the portal empties the input and lists the name in the row. */
export async function uploadRow(page: Page, row: string, name: string) {
  const tr = page.locator('#tblGiayToDinhKem tr', { hasText: row });
  await tr.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/pdf', buffer: Buffer.alloc(40 * 1024, 7) });
  await expect(tr.locator('.file-name')).toHaveText(name);
}
