/**
 * VNPT iGate 1, the PHP wizard some provinces still run (issue 21): one page per step, the code only
 * in the page's title, the same "Đồng ý và tiếp tục" on several steps, upload slots sharing a name.
 */
import type { Page } from '@playwright/test';
import { IGATE1_PROCEDURE } from '../replicas/sites/igate1';
import { expect, expectPanel, test } from './fixtures';
import { waitForRecords, timingRecords } from './timings-helpers';

const PREFIX = '/dich-vu-cong/tiep-nhan-online';

/** The applicant step's required fields (the browser's own validation holds the form back otherwise). */
async function fillApplicant(page: Page) {
  await page.getByLabel('Họ và tên người nộp').fill('NGÔ HỒNG HẢI');
  await page.getByLabel('Số CCCD/Số định danh').fill('010088001234');
  await page.getByLabel('Số điện thoại').fill('0987654321');
  await page.getByLabel('Địa chỉ liên hệ').fill('Thôn Hùng Thắng, xã Gia Phú');
}

test('a filing through the Lào Cai wizard: the code from the title, only the last step\'s "Đồng ý và tiếp tục" is the submit, slots sharing a postname are timed as their own rows', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 657 });
  const host = 'https://dichvucong.laocai.gov.vn';
  await page.goto(`${host}${PREFIX}/chon-thu-tuc-nop-ho-so`);
  await page.locator('#btn-next').click();
  await page.waitForURL(/nhap-thong-tin-nguoi-nop-ho-so\?sid=\d+/);
  await expectPanel(page, { portal: 'Cổng DVC tỉnh (dichvucong.laocai.gov.vn)', procedure: `${IGATE1_PROCEDURE.name} (${IGATE1_PROCEDURE.code})`, step: 'Bước 2/5: Thông tin người nộp' });
  await fillApplicant(page);
  await page.locator('#btn-next').click();

  await page.waitForURL(/nhap-thong-tin-ho-so\?sid=/);
  await expectPanel(page, { step: 'Bước 3/5: Thông tin hồ sơ', kind: 'Trang nộp hồ sơ · bước đính kèm giấy tờ' });
  await page.getByLabel('Về việc').fill('Đăng ký biến động thửa đất');
  // The two "Mẫu số 24" rows share a postname: the second one is its own slot (row 5).
  const files = page.locator('input[type=file]');
  await expect(files).toHaveCount(IGATE1_PROCEDURE.rows.length + 1);
  await files.nth(4).setInputFiles({ name: 'don-mau-24-b.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(30 * 1024, 3) });
  await expect(page.locator('tbody tr').nth(4).locator('.file-name')).toHaveText('don-mau-24-b.pdf');
  const [upload] = await waitForRecords(context, 'upload');
  expect(upload).toMatchObject({ portal: 'igate1', code: IGATE1_PROCEDURE.code, slot: 5, outcome: 'ok' });
  // The same button on a step that is not the last: no submit.
  await page.locator('#btn-next').click();
  await page.waitForURL(/nhap-le-phi-ho-so\?sid=/);
  await page.locator('#btn-next').click();
  await page.waitForURL(/xac-nhan-thong-tin-nop\?sid=/);
  expect((await timingRecords(context)).filter((r) => r.type === 'submit')).toEqual([]);
  await expectPanel(page, { step: 'Bước 5/5: Nộp hồ sơ' });
  await page.locator('#btn-next').click();
  await expect(page.getByText('Nộp hồ sơ thành công')).toBeVisible();
  const [submit] = await waitForRecords(context, 'submit');
  expect(submit).toMatchObject({ portal: 'igate1', code: IGATE1_PROCEDURE.code, outcome: 'receipt', attempt: 1 });
  expect((await timingRecords(context)).filter((r) => r.type === 'submit')).toHaveLength(1);
});

test('Lai Châu\'s four steps: the fee step\'s "Đồng ý và tiếp tục" is the submit there, told by its pathname', async ({ page, context }) => {
  const host = 'https://dichvucong.laichau.gov.vn';
  await page.goto(`${host}${PREFIX}/chon-thu-tuc-nop-ho-so`);
  await page.locator('#btn-next').click();
  await page.waitForURL(/nhap-thong-tin-nguoi-nop-ho-so/);
  await fillApplicant(page);
  await page.locator('#btn-next').click();
  await page.waitForURL(/nhap-thong-tin-ho-so/);
  await page.getByLabel('Về việc').fill('Đăng ký biến động thửa đất');
  await page.locator('#btn-next').click();
  await page.waitForURL(/nhap-le-phi-ho-so/);
  expect((await timingRecords(context)).filter((r) => r.type === 'submit')).toEqual([]);
  await expectPanel(page, { step: 'Bước 4/4: Lệ phí hồ sơ' });
  await page.locator('#btn-next').click();
  await expect(page.getByText('Nộp hồ sơ thành công')).toBeVisible();
  const [submit] = await waitForRecords(context, 'submit');
  expect(submit).toMatchObject({ portal: 'igate1', code: IGATE1_PROCEDURE.code, outcome: 'receipt' });
});
