import { afterEach, describe, expect, test } from 'vitest';
import { dvcqg } from '../../../lib/portals/dvcqg';
import { readPage } from '../../../lib/portals/registry';
import { loadPage, readSnapshot, type LoadedPage } from '../helpers/snapshot';

const DETAIL = 'https://vpcp.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193';
let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

async function open(html: string, url = DETAIL) {
  page = await loadPage(html, url, false);
  return readPage(dvcqg, page.url(), page.document);
}

describe('DVCQG procedure detail', () => {
  const html = readSnapshot('dvcqg/procedure-detail-1.001193.html');

  test('reads code from the popup, name from the non-empty h1, and the dossier components with their groups', async () => {
    const r = await open(html);
    expect(r.kind).toBe('procedure-detail');
    expect(r.procedureCode).toBe('1.001193');
    expect(r.codeSource).toBe('page');
    expect(r.procedureName).toBe('Thủ tục đăng ký khai sinh');
    expect(r.dossierComponents.map((c) => c.group)).toEqual([
      'Giấy tờ phải nộp',
      'Giấy tờ phải nộp',
      'Giấy tờ phải nộp',
      'Giấy tờ phải xuất trình',
      'Giấy tờ phải xuất trình',
      'Giấy tờ phải xuất trình',
    ]);
    expect(r.dossierComponents[0]!.title).toBe('Tờ khai đăng ký khai sinh theo mẫu');
    expect(r.dossierComponents[5]!.title).toMatch(/^Giấy tờ chứng minh nơi cư trú/);
    expect(r.submit?.textContent).toBe('Nộp hồ sơ');
  });

  test('a numeric ma_thu_tuc is a row id, never taken for the code', async () => {
    const noPopup = html
      .replace(/<div class="info-row"><div>Mã thủ tục:<\/div><div>1\.001193<\/div><\/div>/, '')
      .replace(/maTTHC=1\.001193/, 'maTTHC=')
      .replace('Thủ tục đăng ký khai sinh</h1>', 'Thủ tục cấp giấy phép ABC chưa có trong danh sách</h1>');
    const r = await open(noPopup, 'https://vpcp.dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1193');
    expect(r.kind).toBe('procedure-detail');
    expect(r.procedureCode).toBeNull();
    expect(r.codeSource).toBe('none');
  });

  test('without a code on the page, the code is resolved from the procedure name', async () => {
    const noCode = html
      .replace(/<div class="info-row"><div>Mã thủ tục:<\/div><div>1\.001193<\/div><\/div>/, '')
      .replace(/maTTHC=1\.001193/, 'maTTHC=');
    const r = await open(noCode, 'https://vpcp.dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1193');
    expect(r.procedureCode).toBe('1.001193');
    expect(r.codeSource).toBe('name');
  });

  test('a code-shaped ma_thu_tuc is used when the page shows none', async () => {
    const r = await open('<html><body><h1 class="main-title"></h1><h1 class="main-title -none">Thủ tục ABC</h1><h2 class="main-title-sub">Trình tự thực hiện</h2></body></html>');
    expect(r.kind).toBe('procedure-detail');
    expect(r.procedureCode).toBe('1.001193');
    expect(r.codeSource).toBe('route');
    expect(r.dossierComponents).toEqual([]);
  });

  test('an error page served at a detail URL is not a detail page', async () => {
    const r = await open('<html><body><h1>Lỗi 500</h1><p>Hệ thống đang bận</p></body></html>');
    expect(r.kind).toBe('other');
    expect(r.procedureName).toBeNull();
  });

  test('a 2025-style page without a known URL is recognised by its section headings', async () => {
    const r = await open(
      '<main><h1>Đăng ký thường trú</h1><h2>Trình tự thực hiện</h2><p>…</p><h2>Thành phần hồ sơ</h2><table><thead><tr><th>Tên giấy tờ</th><th>Số lượng</th></tr></thead><tbody><tr><td>Tờ khai thay đổi thông tin cư trú (Mẫu CT01)</td><td>1</td></tr></tbody></table><h2>Căn cứ pháp lý</h2></main>',
      'https://dichvucong.gov.vn/chi-tiet-thu-tuc?id=abc',
    );
    expect(r.kind).toBe('procedure-detail');
    expect(r.procedureCode).toBe('1.004222');
    expect(r.codeSource).toBe('name');
    expect(r.dossierComponents.map((c) => c.title)).toEqual(['Tờ khai thay đổi thông tin cư trú (Mẫu CT01)']);
  });
});

describe('DVCQG other pages', () => {
  test.each([
    ['https://vpcp.dichvucong.gov.vn/p/home/dvc-tim-kiem-thu-tuc.html?key=khai%20sinh', 'procedure-search'],
    ['https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?keyword=khai%20sinh', 'procedure-search'],
    ['https://vpcp.dichvucong.gov.vn/p/home/dvc-dich-vu-cong-truc-tuyen-ds.html?pCoQuanId=1', 'procedure-search'],
    ['https://xacthuc.dichvucong.gov.vn/oauth2/authorize?response_type=code', 'login'],
    ['https://vpcp.dichvucong.gov.vn/p/home/dvc-trang-chu.html', 'other'],
    ['https://vpcp.dichvucong.gov.vn/p/phananhkiennghi/pakn-gui-pakn.html', 'other'],
  ])('%s → %s', async (url, kind) => {
    const r = await open('<html><body><h1>Cổng Dịch vụ công Quốc gia</h1></body></html>', url);
    expect(r.kind).toBe(kind);
    expect(r.procedureCode).toBeNull();
  });

  test('a sign-in form on an unknown path is a login page', async () => {
    const r = await open('<form><input id="username"><input id="password" type="password"></form>', 'https://dichvucong.gov.vn/sso');
    expect(r.kind).toBe('login');
  });
});
