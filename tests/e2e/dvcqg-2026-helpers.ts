/** Steps of a filing on the 2026 national portal replica, shared by the e2e specs, the demo and the bench. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** A SurveyJS question of the shown copy, by its name prefix (the form-version suffix changes). */
export function question(page: Page, name: string) {
  return page.locator(`.sd-question[data-name^="${name}__"]`).locator('visible=true').locator('input, textarea').first();
}

/** Picks from one of the portal's listbox pickers: open it, search when the list is cut off, press (mousedown) the option. */
export async function pick(page: Page, placeholder: string, option: string, search = false) {
  await page.getByRole('button', { name: placeholder }).click();
  if (search) await page.getByPlaceholder('Tìm kiếm').fill(option.replace(/^(Phường|Xã|Thành phố|Tỉnh)\s+/, ''));
  const item = page.getByRole('listbox').getByText(option, { exact: true });
  await item.waitFor();
  const box = (await item.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.up();
}

export async function chooseAgency(page: Page, province = 'Thành phố Hà Nội', ward = 'Phường Ba Đình') {
  await pick(page, '-- Chọn Tỉnh/ Thành phố --', province);
  await pick(page, '-- Chọn Phường/ Xã --', ward, true);
}

/** The VNeID stand-in: ID + password, OTP, "Xác nhận chia sẻ", passcode. */
export async function signInWithVneid(page: Page) {
  await page.locator('#username').fill('001090012345');
  await page.locator('#password').fill('mat-khau');
  await page.locator('#login').click();
  await page.locator('#otp').fill('123456');
  await page.locator('#otpOk').click();
  await page.locator('#agree').check();
  await page.locator('#share').click();
  await page.locator('#passcode').fill('654321');
  await page.locator('#done').click();
}

/** Fills the khai tử e-form's required questions (sample data, invented). */
export async function fillDeathForm(page: Page) {
  await question(page, 'citizenmoiquanhe').fill('Con');
  await question(page, 'citizenNDK_HoVaTen').fill('TRẦN VĂN BÌNH');
  await question(page, 'citizenNDK_SoDinhDanh').fill('001045009876');
  await question(page, 'citizenNDK_NgaySinh').fill('02/03/1945');
  await question(page, 'citizenField56').fill('20/11/2026');
  await question(page, 'citizenNoichet').fill('Tại nhà riêng');
  await question(page, 'citizenSoluongbansaonguoiyeucaudenghi').fill('1');
}

/** Uploads a file to one row of "Thành phần hồ sơ": the row's own button opens the shared input. */
export async function uploadToRow(page: Page, rowText: string, file: { name: string; bytes: number }) {
  const row = page.locator('tr', { hasText: rowText }).locator('visible=true').first();
  const chooser = page.waitForEvent('filechooser');
  await row.getByTitle('Tải lên file').click();
  await (await chooser).setFiles({ name: file.name, mimeType: 'application/pdf', buffer: Buffer.alloc(file.bytes, 5) });
  await expect(row.getByText(file.name)).toBeVisible();
}

export function submitButton(page: Page) {
  return page.getByRole('button', { name: 'Lưu và nộp hồ sơ' }).locator('visible=true');
}

/** The shown copy's SurveyJS answers, as the page holds them (for comparing runs). */
export async function surveyAnswers(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const q of Array.from(document.querySelectorAll('.sd-question[data-name]'))) {
      if (!(q as HTMLElement).offsetParent) continue;
      const c = q.querySelector('input, textarea') as HTMLInputElement | null;
      if (c) out[q.getAttribute('data-name')!] = c.value;
    }
    return out;
  });
}
