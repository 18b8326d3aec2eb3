import { afterEach, describe, expect, test } from 'vitest';
import { lienthong } from '../../../lib/portals/lienthong';
import { readPage } from '../../../lib/portals/registry';
import { loadPage, readSnapshot, type LoadedPage } from '../helpers/snapshot';

const URL_FORM = 'https://lienthong.dichvucong.gov.vn/#/ke-khai/2.000986';
let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});
const read = () => readPage(lienthong, page!.url(), page!.document);

describe('liên thông filing form', () => {
  const html = readSnapshot('dvcqg/filing-form-lienthong-2.000986.html');

  test('before Angular renders: the route gives the code, the bundled list the name', async () => {
    page = await loadPage(html, URL_FORM, false);
    const r = read();
    expect(r.kind).toBe('filing-form');
    expect(r.procedureCode).toBe('2.000986');
    expect(r.codeSource).toBe('route');
    expect(r.procedureName).toMatch(/^Liên thông thủ tục hành chính về đăng ký khai sinh/);
    expect(r.fields).toEqual([]);
  });

  test('walks the five steps on one URL to the upload step and the receipt', async () => {
    page = await loadPage(html, URL_FORM);
    await page.settle();
    let r = read();
    expect(r.kind).toBe('filing-form');
    expect(r.step).toEqual({ index: 1, count: 5, title: 'Thông tin người yêu cầu' });
    const identity = r.fields.find((f) => f.key === 'NguoiYeuCauSoDinhDanh');
    expect(identity).toMatchObject({ label: 'Số định danh cá nhân', required: true, readonly: true, kind: 'text' });
    expect(r.fields.find((f) => f.key === 'TreGioiTinh')).toMatchObject({ kind: 'radio', label: 'Giới tính' });
    expect(r.fields.find((f) => f.key === 'TreDanToc')).toMatchObject({ kind: 'select', label: 'Dân tộc', required: true });
    expect(r.fields.find((f) => f.key === 'SoGiayChungNhanKetHon')).toMatchObject({ kind: 'text', required: false });
    expect(r.uploadSlots.map((s) => s.label)).toEqual(['Giấy chứng sinh (bản chụp/bản điện tử)', 'Tờ khai thay đổi thông tin cư trú (Mẫu CT01)']);
    expect(r.uploadSlots[0]).toMatchObject({ multiple: true, accept: ['.pdf', '.jpg', '.jpeg', '.png'] });
    expect(r.submit).toBeNull(); // "Tiếp tục" on every step but the last is not a submit

    const next = page.document.querySelector<HTMLButtonElement>('#next')!;
    for (let i = 0; i < 3; i++) next.click();
    r = read();
    expect(r.kind).toBe('upload');
    expect(r.step?.index).toBe(4);

    next.click();
    r = read();
    expect(r.kind).toBe('filing-form');
    expect(r.submit?.textContent).toBe('Hoàn thành');

    next.click();
    r = read();
    expect(r.kind).toBe('receipt');
    expect(r.submit).toBeNull();
  });

  test('other routes of the portal are not filing pages', async () => {
    page = await loadPage(html, 'https://lienthong.dichvucong.gov.vn/#/tra-cuu-ho-so', false);
    expect(read().kind).toBe('other');
  });
});
