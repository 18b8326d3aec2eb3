import { expect, test } from './fixtures';
import { expectHighlighted, guide, guideOutcomes } from './guide-helpers';
import { formioSelect } from './formio';

const QNG = 'https://dichvucong.quangngai.gov.vn';
const ID = '6215fc5acfa6484e420b67d8';
const FORM = `${QNG}/vi/padsvc/apply-online/${ID}`;

test('iGate 1.001193: the guide highlights each field in order, advances as the person types and uploads, resumes after a reload, and finishes', async ({ page, context }) => {
  await page.goto(`${QNG}/vi/procedure/detail/${ID}`);
  await page.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).click(); // SPA route change to the form
  const g = guide(page);
  await g.start();
  await g.expectStep('Bước 1/11 · Đăng ký khai sinh', 'Họ và tên');
  await expectHighlighted(page, page.locator('input[name="data[fullname]"]'));
  await g.next.click();

  await g.expectStep('Bước 2/11', 'số điện thoại');
  await expectHighlighted(page, page.locator('input[name="data[phoneNumber]"]').first());
  await page.locator('input[name="data[phoneNumber]"]').first().fill('0900000000');

  await g.expectStep('Bước 3/11', 'xã, phường');
  await expectHighlighted(page, formioSelect(page, 'district').box);

  // A reload mid-way: the guide comes back at the same step.
  await page.reload();
  await g.expectStep('Bước 3/11', 'xã, phường');
  await expectHighlighted(page, formioSelect(page, 'district').box);
  await formioSelect(page, 'district').choose('Phường Cẩm Thành');

  await g.expectStep('Bước 4/11', 'địa chỉ chi tiết');
  await expectHighlighted(page, page.locator('input[name="data[address]"]').first());
  await page.locator('input[name="data[address]"]').first().fill('12 Lê Lợi');

  await g.expectStep('Bước 5/11', 'Tiếp tục');
  await expectHighlighted(page, page.locator('#cdk-step-content-0-0 .btn_next'));
  await page.locator('#cdk-step-content-0-0 .btn_next').click(); // the portal's own button

  await g.expectStep('Bước 6/11', 'Giấy chứng sinh');
  await expectHighlighted(page, page.locator('tr[data-index="1"]'));
  await page.locator('tr[data-index="1"] input[type=file]').setInputFiles({ name: 'chung-sinh.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(100 * 1024, 5) });
  await expect(page.locator('tr[data-index="1"] .uploaded-file')).toBeVisible();

  // A conditional step asks first; "Không" skips it.
  await expect(g.text).toContainText('Trẻ có phải là trẻ bị bỏ rơi không?');
  await g.no.click();
  await g.expectStep('Bước 7/10', 'lệ phí');
  await expectHighlighted(page, page.locator('#cdk-step-content-0-1 .btn_next'));
  await page.locator('#cdk-step-content-0-1 .btn_next').click();

  await g.expectStep('Bước 8/10', 'mã xác nhận');
  await expectHighlighted(page, page.locator('input[name=captcha]'));
  await page.locator('input[name=captcha]').fill('7K2Q9');
  await g.expectStep('Bước 9/10', 'nộp hồ sơ');
  await expectHighlighted(page, page.locator('button[form="captchaForm"]'));
  await page.locator('button[form="captchaForm"]').click();
  await expect(page.getByText('Nộp hồ sơ thành công')).toBeVisible();
  await g.expectStep('Bước 10/10', 'mã hồ sơ');
  await expect(g.next).toHaveText('Hoàn thành');
  await g.next.click();
  await expect(g.card).toHaveCount(0);

  expect(await guideOutcomes(context)).toEqual([expect.objectContaining({ procedureCode: '1.001193', outcome: 'completed', stepId: null })]);
});

test('iGate: a target missing from the page gives the unanchored card and records "failed"; Esc exits and records "exited"', async ({ page, context, replicas }) => {
  replicas.faults.add({ host: 'dichvucong.quangngai.gov.vn', path: `/vi/padsvc/apply-online/${ID}`, removeSelectors: ['.formio-component-address'] });
  await page.goto(FORM);
  const g = guide(page);
  await g.start();
  await expectHighlighted(page, page.locator('input[name="data[fullname]"]'));
  await g.next.click();
  await expectHighlighted(page, page.locator('input[name="data[phoneNumber]"]').first());
  await page.locator('input[name="data[phoneNumber]"]').first().fill('0900000000');
  await expectHighlighted(page, formioSelect(page, 'district').box);
  await formioSelect(page, 'district').choose('Xã Bình Sơn');
  await g.expectStep('Bước 4/11', 'địa chỉ chi tiết');
  await expect(g.degraded).toHaveText('⚠ Không tìm thấy mục này trên trang — làm theo hướng dẫn bên dưới', { timeout: 15_000 });
  await expect(g.highlight).toHaveCount(0);
  await g.next.click();
  await g.expectStep('Bước 5/11', 'Tiếp tục');
  await g.step.focus();
  await page.keyboard.press('Escape');
  await expect(g.card).toHaveCount(0);
  const outcomes = await guideOutcomes(context);
  expect(outcomes.map((o) => [o.outcome, o.stepId])).toEqual([
    ['failed', 'dia-chi'],
    ['exited', 'sang-thanh-phan-ho-so'],
  ]);
});
