import { expect, test } from './fixtures';
import { expectHighlighted, guide, guideOutcomes } from './guide-helpers';

const FORM = 'https://lienthong.dichvucong.gov.vn/#/ke-khai/2.000986';

test('liên thông 2.000986: the birth-bundle guide walks the five portal steps on one URL, resumes after a reload, and finishes on the receipt', async ({ page, context }) => {
  await page.goto(FORM);
  const g = guide(page);
  await g.start();
  await g.expectStep('Bước 1/12', 'người yêu cầu');
  await expectHighlighted(page, page.locator('[formcontrolname="NguoiYeuCauHoTen"]'));
  await g.next.click();

  await g.expectStep('Bước 2/12', 'số điện thoại');
  await expectHighlighted(page, page.locator('[formcontrolname="NguoiYeuCauSoDienThoai"]'));
  await page.locator('[formcontrolname="NguoiYeuCauSoDienThoai"]').fill('0912000000');

  await g.expectStep('Bước 3/12', 'Tiếp tục');
  await expectHighlighted(page, page.locator('#next'));
  await page.locator('#next').click();

  await g.expectStep('Bước 4/12', 'tên của trẻ');
  await expectHighlighted(page, page.locator('[formcontrolname="TreHoTen"]'));
  await page.reload(); // the portal keeps no step across a reload; the guide keeps its own
  await g.expectStep('Bước 4/12', 'tên của trẻ');
  // After the reload the portal is back on its first step: the person clicks on to the child's step.
  await page.locator('#next').click();
  await expectHighlighted(page, page.locator('[formcontrolname="TreHoTen"]'));
  await page.locator('[formcontrolname="TreHoTen"]').fill('NGUYỄN AN NHIÊN');

  await g.expectStep('Bước 5/12', 'ngày sinh');
  await expectHighlighted(page, page.locator('[formcontrolname="TreNgaySinh"]'));
  await page.locator('[formcontrolname="TreNgaySinh"]').fill('05/11/2026');

  await g.expectStep('Bước 6/12', 'Tiếp tục');
  await expectHighlighted(page, page.locator('#next'));
  await page.locator('#next').click();

  await g.expectStep('Bước 7/12', 'họ tên của mẹ');
  await expectHighlighted(page, page.locator('[formcontrolname="MeHoTen"]'));
  await page.locator('[formcontrolname="MeHoTen"]').fill('TRẦN THỊ BÌNH');

  await g.expectStep('Bước 8/12', 'Tiếp tục');
  await expectHighlighted(page, page.locator('#next'));
  await page.locator('#next').click();

  await g.expectStep('Bước 9/12', 'Giấy chứng sinh');
  await expectHighlighted(page, page.locator('tr[data-stt="1"]'));
  await page.locator('tr[data-stt="1"] input[type=file]').setInputFiles({ name: 'gcs.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(4096, 9) });

  await g.expectStep('Bước 10/12', 'xác nhận');
  await expectHighlighted(page, page.locator('#next'));
  await page.locator('#next').click();

  await g.expectStep('Bước 11/12', 'Hoàn thành');
  await expectHighlighted(page, page.locator('#next'));
  await page.locator('#next').click();

  await expect(page.getByText('Vui lòng ghi nhớ các thông tin bên dưới')).toBeVisible();
  await g.expectStep('Bước 12/12', 'Số hồ sơ');
  await g.next.click();
  await expect(g.card).toHaveCount(0);
  expect(await guideOutcomes(context)).toEqual([expect.objectContaining({ procedureCode: '2.000986', outcome: 'completed' })]);
});

test('liên thông 1.006714: the death-bundle guide walks the form from the requester to the receipt', async ({ page, context }) => {
  await page.goto('https://lienthong.dichvucong.gov.vn/#/ke-khai/1.006714');
  const g = guide(page);
  await g.start();
  await g.expectStep('Bước 1/11', 'số điện thoại');
  await expectHighlighted(page, page.locator('[formcontrolname="NguoiYeuCauSoDienThoai"]'));
  await page.locator('[formcontrolname="NguoiYeuCauSoDienThoai"]').fill('0912000000');

  await g.expectStep('Bước 2/11', 'Tiếp tục');
  await expectHighlighted(page, page.locator('#next'));
  await page.locator('#next').click();
  await g.expectStep('Bước 3/11', 'người đã mất');
  await expectHighlighted(page, page.locator('[formcontrolname="NguoiChetHoTen"]'));
  await page.locator('[formcontrolname="NguoiChetHoTen"]').fill('TRẦN VĂN BA');
  await g.expectStep('Bước 4/11', 'ngày chết');
  await page.locator('[formcontrolname="NgayChet"]').fill('20/11/2026');

  await g.expectStep('Bước 5/11', 'Tiếp tục');
  await expectHighlighted(page, page.locator('#next'));
  await page.locator('#next').click();
  await g.expectStep('Bước 6/11', 'chế độ');
  await expectHighlighted(page, page.locator('[formcontrolname="CheDoMaiTang"]'));
  await g.next.click(); // choosing has no event the guide waits for: the person moves on

  await g.expectStep('Bước 7/11', 'Tiếp tục');
  await expectHighlighted(page, page.locator('#next'));
  await page.locator('#next').click();
  await g.expectStep('Bước 8/11', 'Giấy báo tử');
  await expectHighlighted(page, page.locator('tr[data-stt="1"]'));
  await page.locator('tr[data-stt="1"] input[type=file]').setInputFiles({ name: 'gbt.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(4096, 7) });

  await g.expectStep('Bước 9/11', 'xác nhận');
  await expectHighlighted(page, page.locator('#next'));
  await page.locator('#next').click();
  await g.expectStep('Bước 10/11', 'Hoàn thành');
  // At once, before the guide has bound the relabelled button: the click still counts.
  await page.locator('#next').click();

  await expect(page.getByText('Vui lòng ghi nhớ các thông tin bên dưới')).toBeVisible();
  await g.expectStep('Bước 11/11', 'Số hồ sơ');
  await g.next.click();
  await expect(g.card).toHaveCount(0);
  expect(await guideOutcomes(context)).toEqual([expect.objectContaining({ procedureCode: '1.006714', outcome: 'completed' })]);
});
