/** Half-rendered, malformed and hostile pages: adapters answer "other" or partial, never throw. */
import { afterEach, describe, expect, test } from 'vitest';
import { ADAPTERS, readPage } from '../../../lib/portals/registry';
import type { PortalId } from '../../../lib/portals/types';
import { loadPage, readSnapshot, snapshotFiles, type LoadedPage } from '../helpers/snapshot';

// Every portal id: a new adapter without bad-input URLs fails to type-check.
const URLS: Record<PortalId, string[]> = {
  dvcqg: ['https://vpcp.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1193', 'https://vpcp.dichvucong.gov.vn/x'],
  'dvcqg-2026': ['https://dichvucong.gov.vn/thu-tuc-hanh-chinh/0195d2a1-7c00-7a10-8000-000000001193', 'https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=x', 'https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?formalityId=x'],
  lienthong: ['https://lienthong.dichvucong.gov.vn/#/ke-khai/2.000986', 'https://lienthong.dichvucong.gov.vn/'],
  igate: ['https://dichvucong.quangngai.gov.vn/vi/padsvc/apply-online/6215fc5acfa6484e420b67d8', 'https://dichvucong.quangngai.gov.vn/vi/procedure/detail/6215fc5acfa6484e420b67d8'],
  moj: ['https://dichvucongnganhtuphap.moj.gov.vn/nop-ho-so/2041?vneid=1&maThuTuc=1.000894', 'https://dichvucongnganhtuphap.moj.gov.vn/ho-so-cua-toi'],
  'moj-eform': ['https://tokhaidientu.moj.gov.vn/e-form/0195e0c4-7a2b-7c11-9d00-000000000894'],
  bca: ['https://dichvucong.bocongan.gov.vn/bocongan/bothutuc/tthc?matt=26344', 'https://dichvucong.bocongan.gov.vn/bo-cong-an/tiep-nhan-online/nhap-thong-tin-ho-so?sid=1'],
  cutru: ['https://dichvucong.dancuquocgia.gov.vn/portal/p/home/dang-ky-tam-tru.html?ma_thu_tuc=1.004194&TT=TAMTRU_06', 'https://dichvucong.dancuquocgia.gov.vn/portal/p/home/thong-bao-luu-tru.html?ma_thu_tuc=2.001159'],
  igate1: ['https://dichvucong.laocai.gov.vn/dich-vu-cong/tiep-nhan-online/nhap-thong-tin-ho-so?sid=1', 'https://dichvucong.laichau.gov.vn/dich-vu-cong/tiep-nhan-online/nhap-le-phi-ho-so?sid=1'],
};

const BROKEN = [
  '',
  '<html>',
  '<table><tr><td>Mã thủ tục<td>',
  '<h2>Thành phần hồ sơ</h2>',
  '<div role="tablist"><div role="tab" aria-controls="nope" aria-selected="true">1</div><div role="tab" aria-controls="x"></div></div>',
  '<form><input type=file><table><thead><tr><th>Tên giấy tờ</th></tr></thead></table></form>',
  `<p>Mã thủ tục: ${'1'.repeat(50000)}</p>`,
  `<div>${'<div>'.repeat(2000)}Mã thủ tục 1.001193${'</div>'.repeat(2000)}</div>`,
  '<h1>\u202e\u0000\ud800 Thủ tục</h1><label for="a">\u200b</label><input id="a" name="data[x]">',
  // The MoJ wizard's shapes, broken: a header with only some step titles, a dialog without a title, an e-form element without a caption.
  '<h1>Đăng ký kết hôn</h1><ol><li><span>1</span><span>Thông tin chủ hồ sơ</span></li><li><span>✓</span><span>Kê khai thông tin</span></li></ol><div role="dialog"></div>',
  '<x-input name="a"></x-input><x-radio name="b"><input type="checkbox" id="b-1"></x-radio><x-select-area></x-select-area>',
  // The residence forms' and iGate 1's shapes, broken: a procedure select without options, an accordion without titles, a step bar with nothing in it.
  '<form><select id="cboBPROC_TYPE_CODE"></select><select id="cboBPROC_CASE_CODE"><option selected></option></select><table id="tblGiayToDinhKem"><tr><td><input type=file></td></tr></table></form>',
  '<div class="tthc-list-item"><div class="item-title"></div></div><div class="tthc-title"><h4></h4></div>',
  '<title>1.115666 - </title><ul class="gsi-step-indicator"><li></li></ul><form><input type=file postname="a"><input type=file postname="a"></form>',
];

let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

describe('bad input', () => {
  for (const adapter of ADAPTERS) {
    test.each(BROKEN.flatMap((html) => URLS[adapter.id]!.map((url) => [html.slice(0, 40), html, url])))(
      `${adapter.id}: %j`,
      async (_name, html, url) => {
        page = await loadPage(html, url, false);
        const r = readPage(adapter, page.url(), page.document);
        expect(r.portal).toBe(adapter.id);
        if (r.procedureCode) expect(r.procedureCode).toMatch(/^[1-3]\.\d{6}$/);
      },
    );
  }

  test.each(snapshotFiles())('%s cut in half still reads calmly', async (file) => {
    const html = readSnapshot(file);
    const half = html.slice(0, Math.floor(html.length / 2));
    for (const adapter of ADAPTERS) {
      for (const url of URLS[adapter.id]!) {
        page = await loadPage(half, url, false);
        expect(() => readPage(adapter, page!.url(), page!.document)).not.toThrow();
        await page.close();
        page = null;
      }
    }
  });
});
