/**
 * Bundled packs beyond the first two (issue 8) in real Chromium: a pack that starts on the national
 * portal's procedure page and goes on on the province's iGate form, and a procedure filed with the
 * police whose guide stays on the national portal.
 */
import { expect, test } from './fixtures';
import { expectHighlighted, guide } from './guide-helpers';

const DVCQG_DETAIL = (code: string) => `https://vpcp.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=${code}`;
const IGATE_4873 = 'https://dichvucong.quangngai.gov.vn/vi/padsvc/apply-online/6215fc5acfa6484e420b4873';

test('1.004873 marital status: two steps on the national portal procedure page, then the iGate form steps', async ({ page }) => {
  await page.goto(DVCQG_DETAIL('1.004873'));
  const g = guide(page);
  await g.start();
  await g.expectStep('Bước 1/2', 'Thành phần hồ sơ');
  await expect(g.text).toContainText('Để đăng ký kết hôn trong nước thì không cần xin giấy này');
  await expectHighlighted(page, page.getByRole('heading', { name: 'Thành phần hồ sơ' }));
  await g.next.click();
  await g.expectStep('Bước 2/2', 'Nộp hồ sơ');
  await expectHighlighted(page, page.locator('#btnNopHoSo'));
  await page.locator('#btnNopHoSo').click();
  await page.waitForURL(/xacthuc\.dichvucong\.gov\.vn/);

  // After signing in, the province's portal: the pack's iGate steps pick up by themselves (hand-over).
  await page.goto(IGATE_4873);
  await g.expectStep('Bước 1/', 'số định danh');
  await g.next.click();
  await g.expectStep('Bước 2/', 'số điện thoại');
  await expectHighlighted(page, page.locator('input[name="data[phoneNumber]"]').first());
  await page.locator('input[name="data[phoneNumber]"]').first().fill('0912000000');
  await g.expectStep('Bước 3/', 'thường trú');
});

test('1.004222 permanent residence: the guide stays on the national portal, says the household book is not to be handed in, and points at "Nộp hồ sơ"', async ({ page }) => {
  await page.goto(DVCQG_DETAIL('1.004222'));
  const g = guide(page);
  await g.start();
  await g.expectStep('Bước 1/3', 'sổ hộ khẩu');
  await expectHighlighted(page, page.getByRole('heading', { name: 'Thành phần hồ sơ' }));
  await g.next.click();
  await g.expectStep('Bước 2/3', '07 ngày làm việc');
  await g.next.click();
  await g.expectStep('Bước 3/3', 'Nộp hồ sơ');
  await expectHighlighted(page, page.locator('#btnNopHoSo'));
});
