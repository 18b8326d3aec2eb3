/** Page actions on the MoJ wizard replica, shared by its e2e tests and the no-interference journey. */
import type { FrameLocator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { expectHighlighted, guide } from './guide-helpers';

export function declaration(page: Page): FrameLocator {
  return page.frameLocator('iframe[src^="https://tokhaidientu.moj.gov.vn/"]');
}

/** The person's own answers on step 1 (the sample person's ID paper). */
export async function ownerStep(page: Page, g: ReturnType<typeof guide>, opts: { guided: boolean }) {
  const issued = page.getByLabel('Ngày cấp');
  if (opts.guided) await expectHighlighted(page, issued);
  await issued.fill('15/06/2021');
  if (opts.guided) await g.expectStep('Bước 5/', 'Nơi cấp');
  await page.locator('#noiCap-form-item').click();
  await page.getByText('Bộ Công an', { exact: true }).click();
  if (opts.guided) await g.expectStep('Bước 6/', 'số điện thoại');
  await page.getByLabel('Số điện thoại').fill('0912345678');
}

/** Fills the declaration inside its frame (both parties, the residence branch, the pledge). */
export async function fillDeclaration(frame: FrameLocator, opts: { skipBrideName?: boolean; skipBrideResidence?: boolean } = {}) {
  for (const [prefix, name, id] of [['Nu', 'TRẦN THỊ BÌNH', '001192004321'], ['Nam', 'NGUYỄN VĂN AN', '001090012345']] as const) {
    if (!(prefix === 'Nu' && opts.skipBrideName)) await frame.locator(`x-input[name="${prefix}_HoVaTen"] input`).fill(name);
    const date = frame.locator(`x-date[name="${prefix}_NgaySinh"]`);
    await date.locator('input').nth(0).fill('01');
    await date.locator('input').nth(1).fill('02');
    await date.locator('input').nth(2).fill('1992');
    await frame.locator(`x-input[name="${prefix}_SoDinhDanh"] input`).fill(id);
    if (!(prefix === 'Nu' && opts.skipBrideResidence)) await frame.locator(`x-radio[name="${prefix}_NoiCuTru"] label`, { hasText: 'Trong nước' }).click();
    const area = frame.locator(`x-select-area[name="${prefix}_NoiCuTru_TrongNuoc"]`);
    await area.locator('.input-field-select').first().click();
    await area.getByRole('option', { name: 'Tỉnh Quảng Ngãi' }).dispatchEvent('mousedown');
    await area.locator('.input-field-select').nth(1).click();
    await area.getByRole('option', { name: 'Phường Cẩm Thành' }).dispatchEvent('mousedown');
    await area.locator('input[type=text]').fill('Số 12 đường Hùng Vương');
  }
  await frame.locator('x-radio[name="CamDoan"] label').click();
}

export async function upload(page: Page, rowText: string, name: string) {
  const row = page.locator('tr', { hasText: rowText }).locator('visible=true');
  const chooser = page.waitForEvent('filechooser');
  await row.getByRole('button', { name: 'Chọn tệp đính kèm' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/pdf', buffer: Buffer.alloc(60 * 1024, 1) });
  // The portal strips diacritics from the file name it shows.
  await expect(row.locator('.file-name').first()).toHaveText(name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd'));
}

