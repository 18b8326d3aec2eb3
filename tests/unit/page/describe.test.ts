import { describe, expect, test } from 'vitest';
import type { Translate } from '../../../lib/i18n/t';
import { tableTranslator, type MessageTable } from '../../../lib/i18n/format';
import { describePage } from '../../../lib/page/describe';
import type { PageSummary } from '../../../lib/portals/types';
import vi from '../../../public/_locales/vi/messages.json';
import en from '../../../public/_locales/en/messages.json';

function translator(catalogue: MessageTable): Translate {
  return tableTranslator(catalogue, (key) => {
    throw new Error(`no message ${key}`);
  });
}

const base: PageSummary = {
  portal: 'dvcqg',
  kind: 'procedure-detail',
  procedureCode: '1.001193',
  codeSource: 'page',
  procedureName: 'Thủ tục đăng ký khai sinh',
  step: null,
  dossierComponentCount: 6,
  fieldCount: 0,
  uploadSlotCount: 0,
  hasSubmit: true,
  portalErrors: 0,
  portalCase: null,
  services: [],
};

describe('describePage', () => {
  const tVi = translator(vi);
  test('the one-line Vietnamese description names portal, procedure and page kind', () => {
    expect(describePage(base, 'vpcp.dichvucong.gov.vn', tVi).oneLine).toBe('Cổng DVCQG (trang cũ) · Thủ tục đăng ký khai sinh (1.001193) · Trang chi tiết thủ tục');
  });

  test('the 2026 national portal: its service cards are told apart by their agency', () => {
    const d = describePage(
      { ...base, portal: 'dvcqg-2026', kind: 'service-list', codeSource: 'name', procedureName: 'Đăng ký kết hôn', procedureCode: '1.000894', services: [{ name: 'Đăng ký kết hôn', agency: 'UBND xã A' }, { name: 'Đăng ký kết hôn', agency: 'Sở Tư pháp' }] },
      'dichvucong.gov.vn',
      tVi,
    );
    expect(d.oneLine).toBe('Cổng Dịch vụ công quốc gia · Đăng ký kết hôn (1.000894) · Trang chọn cơ quan và dịch vụ công');
    expect(d.services).toEqual(['Dịch vụ 1: Đăng ký kết hôn — cơ quan thực hiện: UBND xã A', 'Dịch vụ 2: Đăng ký kết hôn — cơ quan thực hiện: Sở Tư pháp']);
  });

  test('iGate steps and counts; a code found by name says so', () => {
    const d = describePage(
      { ...base, portal: 'igate', kind: 'upload', codeSource: 'name', step: { index: 2, count: 4, title: 'Thành phần hồ sơ' }, fieldCount: 3, uploadSlotCount: 4 },
      'dichvucong.quangngai.gov.vn',
      tVi,
    );
    expect(d.portal).toBe('Cổng DVC tỉnh (dichvucong.quangngai.gov.vn)');
    expect(d.step).toBe('Bước 2/4: Thành phần hồ sơ');
    expect(d.codeNote).toBe('mã tra theo tên thủ tục');
    expect(d.counts).toEqual(['Thành phần hồ sơ: 6', 'Ô nhập liệu: 3', 'Ô đính kèm tệp: 4']);
  });

  test('no procedure line on search and login pages; unknown procedure is said plainly', () => {
    expect(describePage({ ...base, kind: 'procedure-search', procedureCode: null, procedureName: null }, 'dichvucong.gov.vn', tVi).procedure).toBe('');
    expect(describePage({ ...base, procedureCode: null, procedureName: null }, 'dichvucong.gov.vn', tVi).procedure).toBe('Chưa xác định được thủ tục');
  });

  test('English catalogue has every Vietnamese key and the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [k, v] of Object.entries(vi)) {
      const p = (v as { placeholders?: object }).placeholders;
      expect(Object.keys((en as Record<string, { placeholders?: object }>)[k]!.placeholders ?? {}), k).toEqual(Object.keys(p ?? {}));
    }
    expect(describePage(base, 'dichvucong.gov.vn', translator(en)).kind).toBe('Procedure details');
  });
});
