import { expect, panel, test } from './fixtures';
import { searchResults } from '../replicas/sites/dvcqg';

const DVCQG = 'https://vpcp.dichvucong.gov.vn/p/home';

test('DVCQG detail 1.001193: portal, procedure, code and page kind', async ({ page }) => {
  await page.goto(`${DVCQG}/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193`);
  const p = panel(page);
  await p.open();
  await expect(p.portal).toHaveText('Cổng DVCQG (trang cũ)');
  await expect(p.procedure).toHaveText('Thủ tục đăng ký khai sinh (1.001193)');
  await expect(p.kind).toHaveText('Trang chi tiết thủ tục');
  await expect(p.host.getByText('Thành phần hồ sơ: 6')).toBeVisible();
  // The portal's own popup still works with us on the page.
  await page.getByText('Xem chi tiết', { exact: true }).click();
  await expect(page.locator('#popupChitietTTHC')).toBeVisible();
});

test('DVCQG detail by numeric id: the code is read from the popup, not the query string', async ({ page }) => {
  await page.goto(`${DVCQG}/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=373812`);
  const p = panel(page);
  await p.open();
  await expect(p.procedure).toHaveText('Thủ tục cấp Giấy xác nhận tình trạng hôn nhân (1.004873)');
});

test('DVCQG vertical detail page 1.004222 lists the papers it asks for', async ({ page }) => {
  await page.goto(`${DVCQG}/dvc-chi-tiet-thu-tuc-nganh-doc.html?ma_thu_tuc=1.004222`);
  const p = panel(page);
  await p.open();
  await expect(p.procedure).toHaveText('Đăng ký thường trú (1.004222)');
  await expect(p.host.getByText('Thành phần hồ sơ: 4')).toBeVisible();
});

test('DVCQG search pages by XHR without reload; the panel says it is a search page', async ({ page, replicas }) => {
  const since = replicas.requests.length;
  await page.goto(`${DVCQG}/dvc-tim-kiem-thu-tuc.html?key=đăng ký`);
  const p = panel(page);
  await p.open();
  await expect(p.kind).toHaveText('Trang tìm kiếm thủ tục');
  await expect(page.locator('#totalRecord')).toHaveText(String(searchResults('đăng ký').length));
  await page.locator('.pagination a', { hasText: '2' }).click();
  await expect(page.locator('.pagination .active')).toHaveText('2');
  await expect(page.locator('ul.list-document li a').first()).toHaveText('Đăng ký tạm trú');
  const mine = replicas.requests.slice(since);
  expect(mine.filter((r) => r.path === '/jsp/rest.jsp').length).toBe(2);
  expect(mine.filter((r) => r.path.startsWith('/p/home/dvc-tim-kiem-thu-tuc.html')).length).toBe(1); // paging did not reload
  await page.locator('.pagination a', { hasText: '1' }).click();
  await page.getByRole('link', { name: 'Đăng ký thường trú', exact: true }).click();
  await page.waitForURL(/ma_thu_tuc=1\.004222/);
  await p.open();
  await expect(p.procedure).toHaveText('Đăng ký thường trú (1.004222)');
  await expect(p.kind).toHaveText('Trang chi tiết thủ tục');
});

test('DVCQG sign-in stand-in is recognised as a login page', async ({ page }) => {
  await page.goto('https://xacthuc.dichvucong.gov.vn/oauth2/authorize?response_type=code&client_id=dvcqg&redirect_uri=https%3A%2F%2Fdichvucong.gov.vn%2Fp%2Fhome%2Fdvc-trang-chu.html');
  const p = panel(page);
  await p.open();
  await expect(p.kind).toHaveText('Trang đăng nhập');
  await expect(p.procedure).toHaveCount(0);
});

test('DVCQG home is not a page we know: no panel, nothing logged', async ({ page }) => {
  await page.goto(`${DVCQG}/dvc-trang-chu.html`);
  await page.waitForTimeout(1500);
  await expect(page.locator('dvc-companion')).toHaveCount(0);
});
