/**
 * The Ministry of Justice wizard's adapter on DOM the portal's kind of front end renders: the
 * replica app (React, Radix dialog and select, react-select) run in happy-dom at each step.
 */
import { describe, expect, test } from 'vitest';
import { moj, mojCode } from '../../../lib/portals/moj';
import { readPage } from '../../../lib/portals/registry';
import { resolveTargetKey } from '../../../lib/portals/targets';
import { summarize } from '../../../lib/portals/types';
import { mojFormUrl } from '../../replicas/sites/moj';
import { mojPage } from '../helpers/replica-forms';

const KET_HON = mojFormUrl('1.000894');
const read = (page: { window: unknown }, url = KET_HON) => readPage(moj, new URL(url), (page.window as Window).document);

describe('the code comes from maThuTuc, checked against the title', () => {
  const url = new URL(KET_HON);
  test('same procedure: the URL code', () => expect(mojCode(url, 'Đăng ký kết hôn')).toEqual({ code: '1.000894', source: 'route' }));
  test('another title: the title wins (a stale URL)', () => expect(mojCode(url, 'Đăng ký khai sinh')).toEqual({ code: '1.001193', source: 'name' }));
  test('a title the list does not know (kết hôn có yếu tố nước ngoài): no code, not a wrong one', () =>
    expect(mojCode(url, 'Đăng ký kết hôn có yếu tố nước ngoài')).toEqual({ code: null, source: 'none' }));
  test('no title yet: no code', () => expect(mojCode(url, null).code).toBeNull());
});

describe('the wizard, step by step', () => {
  test('the "Thông tin chung" dialog: its Radix combobox, before any step', async () => {
    const page = await mojPage(KET_HON, { step: null });
    const r = read(page);
    expect(r).toMatchObject({ portal: 'moj', kind: 'filing-form', procedureCode: '1.000894', codeSource: 'route', procedureName: 'Đăng ký kết hôn' });
    expect(r.step).toEqual({ index: null, count: 4, title: 'Thông tin chung' });
    expect(r.fields.map((f) => [f.label, f.kind])).toEqual([['Đối tượng thực hiện', 'select']]);
    expect(resolveTargetKey('button:xac-nhan', r, page.window.document as unknown as Document)?.getAttribute('data-e2e')).toBe('confirm-button-information');
  });

  test('step 1: the identity block gives labels only; React Select "Nơi cấp" is a required picker', async () => {
    const page = await mojPage(KET_HON, { step: 0 });
    const r = read(page);
    expect(r.step).toEqual({ index: 1, count: 4, title: 'Thông tin chủ hồ sơ' });
    const identity = r.fields.filter((f) => f.readonly);
    expect(identity.map((f) => f.label)).toEqual(['Họ và tên', 'Số giấy tờ', 'Ngày tháng năm sinh', 'Giới tính', 'Quốc tịch', 'Loại giấy tờ']);
    // Nothing the person's account holds is in the reading (labels are our own words).
    expect(JSON.stringify(summarize(r))).not.toMatch(/NGUYỄN|001090012345|12\/03\/1990/);
    const typed = r.fields.filter((f) => !f.readonly).map((f) => [f.label, f.kind, f.required]);
    expect(typed).toEqual([
      ['Ngày cấp', 'date', true],
      ['Nơi cấp', 'select', true],
      ['Số điện thoại', 'tel', true],
      ['Email', 'email', false],
      ['Địa chỉ chi tiết', 'text', true],
    ]);
    expect(r.uploadSlots).toEqual([]);
    expect(resolveTargetKey('button:buoc-tiep-theo', r, page.window.document as unknown as Document)?.id).toBe('kt_buoc-tiep-theo-1');
  });

  test('step 1, authorised branch: the address loses its *, a one-row attachment table, the next button without data-e2e', async () => {
    const page = await mojPage(KET_HON, { step: 0, subject: 'canhan' });
    const r = read(page);
    expect(r.fields.find((f) => f.label === 'Địa chỉ chi tiết')?.required).toBe(false);
    expect(r.fields.filter((f) => !f.readonly).map((f) => f.label)).toContain('Họ tên người ủy quyền');
    expect(r.uploadSlots.map((s) => s.label)).toEqual(['Văn bản ủy quyền']);
    expect(r.uploadSlots[0]!.trigger?.textContent).toBe('Chọn tệp đính kèm');
    expect(resolveTargetKey('upload:van-ban-uy-quyen', r, page.window.document as unknown as Document)?.tagName).toBe('TR');
    expect(resolveTargetKey('button:buoc-tiep-theo', r, page.window.document as unknown as Document)?.id).toBe('nop-thu-tuc-b-3-uy-quyen');
  });

  test('step 2: the declaration is in its frame; the header says so', async () => {
    const page = await mojPage(KET_HON, { step: 1 });
    const r = read(page);
    expect(r.step).toEqual({ index: 2, count: 4, title: 'Kê khai thông tin' });
    expect(r.kind).toBe('filing-form');
    expect(r.fields).toEqual([]);
  });

  test('step 3: the rows of "Tên thành phần hồ sơ", each with its own "Chọn tệp đính kèm"', async () => {
    const page = await mojPage(KET_HON, { step: 2 });
    const r = read(page);
    expect(r.kind).toBe('upload');
    expect(r.step?.index).toBe(3);
    expect(r.dossierComponents).toHaveLength(4);
    expect(r.dossierComponents[0]!.title).toMatch(/^- Mẫu hộ tịch điện tử tương tác/);
    // The generated declaration has no file input; the three others do.
    expect(r.uploadSlots.map((s) => s.label.slice(0, 30))).toEqual(['- Hộ chiếu/Chứng minh nhân dân', '- Giấy tờ có giá trị chứng min', 'Giấy xác nhận tình trạng hôn n']);
    expect(r.uploadSlots.every((s) => s.trigger && s.row)).toBe(true);
    expect(r.submit).toBeNull();
  });

  test('step 4: the result switches, "Gửi hồ sơ" as the submit', async () => {
    const page = await mojPage(KET_HON, { step: 3 });
    const r = read(page);
    expect(r.step).toEqual({ index: 4, count: 4, title: 'Thông tin nhận kết quả' });
    expect(r.fields.map((f) => f.label)).toEqual(['Nhận bản giấy có đóng dấu', 'Nhận kết quả trực tuyến', 'Nhận qua dịch vụ bưu chính công ích']);
    expect(r.submit?.id).toBe('kt_gui-ho-so');
  });

  test('every step ticked: the dossier was sent (receipt), no submit', async () => {
    const page = await mojPage(KET_HON, { step: 3, done: true });
    const r = read(page);
    expect(r).toMatchObject({ kind: 'receipt', submit: null, step: { index: 4 } });
  });

  test('kết hôn có yếu tố nước ngoài: named by its title, no code', async () => {
    const url = mojFormUrl(null);
    const page = await mojPage(url, { step: 0 });
    expect(read(page, url)).toMatchObject({ procedureName: 'Đăng ký kết hôn có yếu tố nước ngoài', procedureCode: null, codeSource: 'none', kind: 'filing-form' });
  });
});

describe('other pages', () => {
  test('tracking pages are dossier-tracking; an unknown path is no page of ours', async () => {
    const page = await mojPage('https://dichvucongnganhtuphap.moj.gov.vn/ho-so-cua-toi', { step: null });
    expect(read(page, 'https://dichvucongnganhtuphap.moj.gov.vn/ho-so-cua-toi').kind).toBe('dossier-tracking');
    expect(read(page, 'https://dichvucongnganhtuphap.moj.gov.vn/tin-tuc').kind).toBe('other');
  });
});
