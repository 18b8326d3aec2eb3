// The residence forms (cutru), the Ministry's catalogue (bca) and iGate 1, read from the replicas'
// rendered DOM: jQuery, select2 and bootstrap-datepicker run in the page as on the real portals.
import { afterEach, describe, expect, test } from 'vitest';
import { bca } from '../../../lib/portals/bca';
import { cutru } from '../../../lib/portals/cutru';
import { igate1 } from '../../../lib/portals/igate1';
import { adapterFor, readPage } from '../../../lib/portals/registry';
import { slugOf } from '../../../lib/portals/targets';
import { summarize, type PortalAdapter } from '../../../lib/portals/types';
import { igate1Site, IGATE1_PROCEDURE } from '../../replicas/sites/igate1';
import { cutruPage } from '../helpers/replica-forms';
import { loadPage, type LoadedPage } from '../helpers/snapshot';

const FORM = 'https://dichvucong.dancuquocgia.gov.vn/portal/p/home/dang-ky-tam-tru.html';
const TAMTRU_01 = `${FORM}?ma_thu_tuc=1.004194&TT=TAMTRU_01&TT_NAME=${encodeURIComponent('Đăng ký tạm trú')}`;
const TAMTRU_06 = `${FORM}?ma_thu_tuc=1.004194&TT=TAMTRU_06`;

let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});
const read = (adapter: PortalAdapter = cutru) => readPage(adapter, page!.url(), page!.document);
const $ = (sel: string) => page!.document.querySelector(sel) as HTMLElement;
/** A jQuery change, as select2 and the page's own handlers hear it. */
const jqChange = (sel: string, value: string) => (page!.window as unknown as { jQuery: (s: string) => { val(v: string): { trigger(e: string): void } } }).jQuery(sel).val(value).trigger('change');

describe('dang-ky-tam-tru.html', () => {
  test('xóa tạm trú is 1.010028 from the procedure select, although the URL says ma_thu_tuc=1.004194', async () => {
    page = await cutruPage(TAMTRU_06);
    await page.settle(300);
    const r = read();
    expect(r).toMatchObject({ portal: 'cutru', kind: 'filing-form', procedureCode: '1.010028', codeSource: 'page', procedureName: 'Xóa đăng ký tạm trú' });
    // Switching the select on the same URL switches the procedure.
    jqChange('#cboBPROC_TYPE_CODE', 'TAMTRU_01');
    expect(read()).toMatchObject({ procedureCode: '1.004194', procedureName: 'Đăng ký tạm trú' });
    jqChange('#cboBPROC_TYPE_CODE', '');
    // No procedure chosen: the TT parameter says which.
    expect(read()).toMatchObject({ procedureCode: '1.010028', codeSource: 'route' });
  });

  test('agency, case, declarant and commit: labels, select2 boxes as the fields a person sees, never values', async () => {
    page = await cutruPage(TAMTRU_01);
    await page.settle(300);
    let r = read();
    const slugs = r.fields.map((f) => slugOf(f.label));
    for (const s of ['tinh-thanh-pho', 'phuong-xa', 'co-quan-thuc-hien', 'thu-tuc', 'chon-truong-hop', 'ho-chu-dem-va-ten', 'ngay-thang-nam-sinh', 'so-dinh-danh-ca-nhan', 'dia-chi-cho-o', 'toi-xin-chiu-trach-nhiem-truoc-phap-luat-ve-loi-khai-tren'])
      expect(slugs, s).toContain(s);
    const province = r.fields.find((f) => slugOf(f.label) === 'tinh-thanh-pho')!;
    expect(province.node.classList.contains('select2')).toBe(true);
    expect(province.required).toBe(true);
    expect(r.fields.find((f) => slugOf(f.label) === 'co-quan-thuc-hien')!.readonly).toBe(true);
    expect(r.submit?.id).toBe('btn-save-send');
    expect(r.portalCase).toBeNull();
    jqChange('#cboBPROC_CASE_CODE', 'TAT-DKTT-THUONG');
    expect(read().portalCase).toBe('TAT-DKTT-THUONG');

    // "Người khai là người đăng ký": the population database fills and locks the declarant block.
    ($('#chkIS_REPORTER') as HTMLInputElement).click();
    r = read();
    expect(r.fields.find((f) => slugOf(f.label) === 'ho-chu-dem-va-ten')!.readonly).toBe(true);
    expect(($('#txtFULLNAME') as HTMLInputElement).value).toBe('NGUYỄN VĂN AN');
    const summary = JSON.stringify(summarize(r));
    for (const personal of ['NGUYỄN VĂN AN', '001090012345', '01/02/1990']) expect(summary).not.toContain(personal);
  });

  test('the attachments table loads late per sub-case; rows by label, the xóa rows in their own order', async () => {
    page = await cutruPage(TAMTRU_01);
    await page.settle(300);
    expect(read().dossierComponents).toEqual([]);
    (page.window as unknown as { load_table_tphs_new(n: number): void }).load_table_tphs_new(2);
    await page.settle(900);
    let r = read();
    const rent = ['Tờ khai thay đổi thông tin cư trú', 'Hợp đồng cho thuê, cho mượn, cho ở nhờ', 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp'];
    expect(r.dossierComponents.map((c) => c.title)).toEqual(rent);
    expect(r.uploadSlots.map((s) => s.label)).toEqual(rent);
    expect(r.uploadSlots[0]!.accept).toEqual(['.pdf', '.jpg', '.jpeg', '.tiff', '.png']);
    // "+ Thêm mới": a row whose name the person types is neither a component nor named by us.
    $('#btnDocument').click();
    r = read();
    expect(r.dossierComponents).toHaveLength(3);
    expect(r.uploadSlots).toHaveLength(4);

    await page.close();
    page = await cutruPage(TAMTRU_06);
    await page.settle(300);
    (page.window as unknown as { load_table_tphs_new(n: number): void }).load_table_tphs_new(3);
    await page.settle(900);
    expect(read().dossierComponents.map((c) => c.title)).toEqual(['Giấy tờ chứng minh về việc không còn chỗ ở hợp pháp', 'Tờ khai thay đổi thông tin cư trú']);
  });

  test('saving before a sub-case, and the payment window failing, are the portal errors; the second is a payment error', async () => {
    page = await cutruPage(TAMTRU_01);
    await page.settle(300);
    $('#btn-save').click();
    expect(read()).toMatchObject({ portalErrors: 1, paymentErrors: 0 });
    $('#btnDongThongBao').click();
    expect(read().portalErrors).toBe(0);
    (page.window as unknown as { load_table_tphs_new(n: number): void }).load_table_tphs_new(1);
    await page.settle(900);
    jqChange('#cboRECEIVE_ADDR_CITY_CODE', '1');
    await page.settle(600);
    const ward = page.document.querySelectorAll<HTMLOptionElement>('#cboRECEIVE_ADDR_VILLAGE_CODE option')[1]!;
    // The portal stores ward names decomposed (NFD).
    expect(ward.text).not.toBe(ward.text.normalize('NFC'));
    jqChange('#cboRECEIVE_ADDR_VILLAGE_CODE', ward.value);
    ($('#chkCHECK_LIABILITY') as HTMLInputElement).click();
    $('#btn-save-send').click();
    await page.settle(300);
    expect(read()).toMatchObject({ portalErrors: 1, paymentErrors: 1 });
  });

  test('a page written in decomposed text (NFD), as the portal stores some of it, reads the same', async () => {
    page = await cutruPage(TAMTRU_01);
    await page.settle(300);
    const nfc = read();
    const html = page.document.documentElement.outerHTML.normalize('NFD');
    await page.close();
    page = await loadPage(html, TAMTRU_01, false);
    const nfd = read();
    expect(nfd.procedureCode).toBe('1.004194');
    expect(nfd.fields.map((f) => slugOf(f.label))).toEqual(nfc.fields.map((f) => slugOf(f.label)));
  });

  test('the older three-level agency block (T1) is read too', async () => {
    page = await cutruPage(TAMTRU_01, { variant: 'old-agency' });
    await page.settle(300);
    const slugs = read().fields.map((f) => slugOf(f.label));
    expect(slugs).toEqual(expect.arrayContaining(['tinh-thanh-pho', 'quan-huyen', 'phuong-xa', 'co-quan-thuc-hien']));
  });

  test('the F5 "Request Rejected" page at the form URL is no form', async () => {
    page = await cutruPage(TAMTRU_01, { variant: 'request-rejected' });
    expect(read()).toMatchObject({ kind: 'other', fields: [], submit: null });
  });
});

describe('thong-bao-luu-tru.html, the lists, and a form the evidence does not show', () => {
  test('lưu trú is 2.001159 with its guide modal over the page, and its guest block', async () => {
    page = await cutruPage('https://dichvucong.dancuquocgia.gov.vn/portal/p/home/thong-bao-luu-tru.html?ma_thu_tuc=2.001159');
    await page.settle(300);
    const r = read();
    expect(r).toMatchObject({ kind: 'filing-form', procedureCode: '2.001159', codeSource: 'route', procedureName: 'Thông báo lưu trú' });
    expect(r.fields.map((f) => slugOf(f.label))).toEqual(expect.arrayContaining(['loai-co-so-luu-tru', 'dia-chi-chi-tiet']));
    expect(r.submit?.id).toBe('btnSaveSend');
    expect(page.document.querySelector('#frm_View_Huongdan')!.classList.contains('in')).toBe(true);
  });

  test('dossier lists are tracking pages; the G01 codes on them are in no summary', async () => {
    for (const list of ['ho-so.html', 'xem-ho-so.html?type=1', 'tra-cuu-ho-so.html']) {
      page = await cutruPage(`https://dichvucong.dancuquocgia.gov.vn/portal/p/home/${list}`);
      const r = read();
      expect(r.kind, list).toBe('dossier-tracking');
      expect(JSON.stringify(summarize(r))).not.toMatch(/G01\./);
      await page.close();
      page = null;
    }
  });

  test('the thường trú form, not in the evidence, is known by its title only', async () => {
    page = await loadPage('<h3 class="title-form">Đăng ký thường trú</h3><form><label for="a">Họ, chữ đệm và tên</label><input id="a"></form>', 'https://dichvucong.dancuquocgia.gov.vn/portal/p/home/dang-ky-thuong-tru.html?TT=THUONGTRU_01', false);
    expect(read()).toMatchObject({ kind: 'filing-form', procedureCode: '1.004222', codeSource: 'name' });
    await page.close();
    page = await loadPage('<h3>Trang chủ</h3><form><input></form>', 'https://dichvucong.dancuquocgia.gov.vn/portal/p/home/trang-khac.html', false);
    expect(read().kind).toBe('other');
  });
});

describe('the Ministry catalogue', () => {
  const DETAIL = 'https://dichvucong.bocongan.gov.vn/bocongan/bothutuc/tthc?matt=26344';
  test('the code comes from "Mã thủ tục" in the 14-item accordion, never from matt; papers and "Nộp hồ sơ"', async () => {
    page = await cutruPage(DETAIL);
    const r = read(bca);
    expect(r).toMatchObject({ portal: 'bca', kind: 'procedure-detail', procedureCode: '1.004194', codeSource: 'page', procedureName: 'Đăng ký tạm trú' });
    expect(page.document.querySelectorAll('.tthc-list-item')).toHaveLength(14);
    expect(r.dossierComponents.map((c) => c.title)).toEqual(['Tờ khai thay đổi thông tin cư trú', 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp']);
    expect(r.submit?.getAttribute('href')).toContain('ma-thu-tuc-public=26344');
  });

  test('without "Mã thủ tục" the name is looked up; the entry with no online process is an error', async () => {
    page = await cutruPage(DETAIL);
    page.document.querySelector('.tthc-list-item')!.remove();
    expect(read(bca)).toMatchObject({ procedureCode: '1.004194', codeSource: 'name' });
    await page.close();
    page = await cutruPage('https://dichvucong.bocongan.gov.vn/bo-cong-an/tiep-nhan-online/chon-truong-hop-ho-so?ma-thu-tuc-public=26345');
    expect(read(bca)).toMatchObject({ kind: 'service-list', portalErrors: 1 });
    await page.close();
    page = await cutruPage('https://dichvucong.bocongan.gov.vn/bocongan/bothutuc/listThuTuc?tukhoa=t%E1%BA%A1m%20tr%C3%BA');
    expect(read(bca).kind).toBe('procedure-search');
  });
});

describe('iGate 1', () => {
  const LAOCAI = 'https://dichvucong.laocai.gov.vn/dich-vu-cong/tiep-nhan-online';
  async function step(url: string, opts: { sent?: boolean } = {}) {
    const u = new URL(url);
    if (opts.sent) igate1Site(u, 'POST');
    const html = igate1Site(u, 'GET').html ?? '';
    return loadPage(html.replace(/<script src="[^"]+"><\/script>/, ''), url, false);
  }

  test('the code is only in the title; the same URL serves every procedure', async () => {
    expect(adapterFor('dichvucong.laocai.gov.vn')?.id).toBe('igate1');
    expect(adapterFor('dichvucong.quangngai.gov.vn')?.id).toBe('igate');
    page = await step(`${LAOCAI}/nhap-thong-tin-nguoi-nop-ho-so?sid=1`);
    const r = read(igate1);
    expect(r).toMatchObject({ portal: 'igate1', kind: 'filing-form', procedureCode: IGATE1_PROCEDURE.code, codeSource: 'page', step: { index: 2, count: 5, title: 'Thông tin người nộp' } });
    expect(r.procedureName).toBe(IGATE1_PROCEDURE.name);
    expect(r.submit).toBeNull();
  });

  test('"Đồng ý và tiếp tục" sends only on the last step by pathname; slots sharing a postname stay apart by index', async () => {
    page = await step(`${LAOCAI}/nhap-thong-tin-ho-so?sid=1`);
    let r = read(igate1);
    expect(r.kind).toBe('upload');
    expect(page.document.querySelector('#btn-next')?.textContent).toBe('Đồng ý và tiếp tục');
    expect(r.submit).toBeNull();
    expect(r.uploadSlots).toHaveLength(IGATE1_PROCEDURE.rows.length + 1);
    expect(r.uploadSlots[1]!.label).toBe(r.uploadSlots[4]!.label);
    expect(r.uploadSlots[1]!.input).not.toBe(r.uploadSlots[4]!.input);
    await page.close();
    page = await step(`${LAOCAI}/xac-nhan-thong-tin-nop?sid=1`);
    r = read(igate1);
    expect(r.step).toMatchObject({ index: 5, count: 5 });
    expect(r.submit?.id).toBe('btn-next');
    await page.close();
    // Lai Châu: four steps, the fee step sends; the same page in Lào Cai does not.
    page = await step('https://dichvucong.laichau.gov.vn/dich-vu-cong/tiep-nhan-online/nhap-le-phi-ho-so?sid=1');
    expect(read(igate1).submit?.id).toBe('btn-next');
    await page.close();
    page = await step(`${LAOCAI}/nhap-le-phi-ho-so?sid=1`);
    expect(read(igate1).submit).toBeNull();
    await page.close();
    // Without a step bar, Lai Châu's last step is still told by its pathname.
    const html = igate1Site(new URL('https://dichvucong.laichau.gov.vn/dich-vu-cong/tiep-nhan-online/nhap-le-phi-ho-so?sid=1'), 'GET').html!.replace(/<ul class="gsi-step-indicator[\s\S]*?<\/ul>/, '');
    page = await loadPage(html, 'https://dichvucong.laichau.gov.vn/dich-vu-cong/tiep-nhan-online/nhap-le-phi-ho-so?sid=1', false);
    expect(read(igate1)).toMatchObject({ step: { index: null }, submit: expect.anything() });
  });

  test('the answer after the last step is the receipt; the Ministry runs the same wizard', async () => {
    page = await step(`${LAOCAI}/xac-nhan-thong-tin-nop?sid=77`, { sent: true });
    expect(read(igate1)).toMatchObject({ kind: 'receipt', submit: null });
    await page.close();
    const html = igate1Site(new URL(`${LAOCAI}/nhap-thong-tin-ho-so?sid=1`), 'GET').html!;
    page = await loadPage(html, 'https://dichvucong.bocongan.gov.vn/bo-cong-an/tiep-nhan-online/nhap-thong-tin-ho-so?sid=1', false);
    expect(read(bca)).toMatchObject({ portal: 'bca', kind: 'upload', procedureCode: IGATE1_PROCEDURE.code });
  });

  test('replica steps post on to the next one', () => {
    const next = igate1Site(new URL(`${LAOCAI}/nhap-thong-tin-nguoi-nop-ho-so?sid=5`), 'POST');
    expect(next.redirect).toBe('/dich-vu-cong/tiep-nhan-online/nhap-thong-tin-ho-so?sid=5');
  });
});
