/**
 * The 2026 national portal's adapter on DOM that the portal's own libraries render: SurveyJS
 * (survey-core + survey-react-ui under React 19) for /nop-ho-so, with the replica's e-form
 * definitions (question names as published code shows them, A9).
 */
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import { afterEach, describe, expect, test } from 'vitest';
import { dvcqg2026, questionKey } from '../../../lib/portals/dvcqg-2026';
import { readPage } from '../../../lib/portals/registry';
import { resolveTargetKey } from '../../../lib/portals/targets';
import { formFor, PROCEDURES } from '../../replicas/sites/dvcqg-2026';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const KHAI_TU_CASE = PROCEDURES.find((p) => p.code === '1.000656')!.cards[0]!.caseId;
const FILING = new URL(`https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=${KHAI_TU_CASE}`);
let root: Root | null = null;

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

/** The /nop-ho-so page as the app lays it out: the e-form, the upload rows, the receipt method, the submit; twice when `mobileCopy`. */
function filingBody(model: Model, rows: { name: string }[], copy: string, hidden: boolean) {
  return createElement(
    'div',
    { key: copy, 'data-copy': copy, style: hidden ? { display: 'none' } : undefined },
    createElement(Survey, { model }),
    createElement('h3', null, 'Thành phần hồ sơ'),
    createElement(
      'table',
      null,
      createElement('thead', null, createElement('tr', null, createElement('th', null, 'STT'), createElement('th', null, 'Tên giấy tờ'), createElement('th', null, 'Tệp đính kèm'))),
      createElement(
        'tbody',
        null,
        rows.map((r, i) => createElement('tr', { key: r.name }, createElement('td', null, String(i + 1)), createElement('td', null, r.name), createElement('td', null, createElement('button', { type: 'button', title: 'Tải lên file' }, 'Tải lên')))),
      ),
    ),
    createElement('div', { className: 'cc-select-wrapper' }, createElement('label', null, 'Hình thức nhận kết quả'), createElement('button', { type: 'button', 'aria-haspopup': 'listbox' }, 'Trả kết quả tại bộ phận tiếp nhận và trả kết quả')),
    createElement('button', { type: 'button' }, 'Lưu và nộp hồ sơ'),
  );
}

async function renderFiling(opts: { mobileCopy?: boolean; toast?: boolean } = {}) {
  const form = formFor(KHAI_TU_CASE)!;
  const models = [new Model(form.formJson), new Model(form.formJson)];
  for (const m of models) m.showNavigationButtons = false;
  document.body.innerHTML = '<div id="root"></div><div class="Toastify"></div>';
  root = createRoot(document.getElementById('root')!);
  await act(async () => {
    root!.render(
      createElement(
        'div',
        null,
        createElement('h1', null, form.procedureName),
        opts.mobileCopy ? filingBody(models[1]!, form.rows, 'mobile', true) : null,
        filingBody(models[0]!, form.rows, 'desktop', false),
        createElement('input', { type: 'file', style: { display: 'none' }, accept: '.pdf,.jpg,.jpeg,.png,.zip' }),
      ),
    );
  });
  if (opts.toast) document.querySelector('.Toastify')!.innerHTML = '<div class="Toastify__toast Toastify__toast--error" role="alert">Vui lòng nhập đầy đủ thông tin bắt buộc</div>';
  return { form, models };
}

describe('national portal 2026: /nop-ho-so on SurveyJS', () => {
  test('questions by their name prefix (the form-version suffix dropped), labels and shapes only', async () => {
    await renderFiling();
    const r = readPage(dvcqg2026, FILING, document);
    expect(r.kind).toBe('filing-form');
    expect(r.procedureName).toBe('Đăng ký khai tử');
    // No code on the page: the exact title, looked up in the bundled list.
    expect(r.procedureCode).toBe('1.000656');
    expect(r.codeSource).toBe('name');
    const keys = r.fields.map((f) => f.key);
    expect(keys).toContain('citizenNDK_HoVaTen');
    expect(keys).toContain('citizenSoluongbansaonguoiyeucaudenghi');
    expect(keys.some((k) => k && /__\d+$/.test(k))).toBe(false);
    // The VNeID block is locked; the person's own boxes are not.
    expect(r.fields.find((f) => f.key === 'citizenName')).toMatchObject({ readonly: true });
    expect(r.fields.find((f) => f.key === 'citizenNDK_HoVaTen')).toMatchObject({ readonly: false, required: true, kind: 'text' });
    expect(r.fields.find((f) => f.key === 'citizenGioitinh_NgdcKT')?.kind).toBe('select');
    expect(r.fields.find((f) => f.key === 'citizenNoichet')?.kind).toBe('textarea');
    expect(r.fields.find((f) => f.label === 'Hình thức nhận kết quả')?.kind).toBe('select');
    // Labels are the portal's words, never values: the prefilled name is nowhere in a reading.
    expect(JSON.stringify(r.fields.map((f) => [f.label, f.key]))).not.toContain('NGUYỄN VĂN AN');
    expect(r.submit?.textContent).toBe('Lưu và nộp hồ sơ');
  });

  test('upload rows share one file input; each row is its own slot, pointed at by its row', async () => {
    const { form } = await renderFiling();
    const r = readPage(dvcqg2026, FILING, document);
    expect(r.uploadSlots.map((s) => s.label)).toEqual(form.rows.map((x) => x.name));
    expect(new Set(r.uploadSlots.map((s) => s.input)).size).toBe(1);
    expect(r.dossierComponents.map((c) => c.title)).toContain('Sổ hộ khẩu của người chết');
    const target = resolveTargetKey('upload:giay-bao-tu', r, document);
    expect(target?.tagName).toBe('TR');
    expect(target?.textContent).toContain('Giấy báo tử');
    expect(resolveTargetKey('question:citizenNDK_SoDinhDanh', r, document)?.tagName).toBe('INPUT');
  });

  test('a field the population lookup locks is read as locked', async () => {
    const { models } = await renderFiling();
    await act(async () => {
      models[0]!.getQuestionByName(`citizenGioitinh_NgdcKT__1761724625529`)!.readOnly = true;
    });
    const r = readPage(dvcqg2026, FILING, document);
    expect(r.fields.find((f) => f.key === 'citizenGioitinh_NgdcKT')?.readonly).toBe(true);
  });

  test('the mobile copy does not count: fields, rows and submit come from the shown copy only', async () => {
    const single = await renderFiling().then(() => readPage(dvcqg2026, FILING, document));
    act(() => root?.unmount());
    await renderFiling({ mobileCopy: true });
    const r = readPage(dvcqg2026, FILING, document);
    expect(r.fields).toHaveLength(single.fields.length);
    expect(r.uploadSlots).toHaveLength(single.uploadSlots.length);
    expect(document.querySelectorAll('[data-name^="citizenNDK_HoVaTen__"]')).toHaveLength(2);
    for (const f of r.fields) expect(f.node.closest('[data-copy]')?.getAttribute('data-copy')).toBe('desktop');
    for (const s of r.uploadSlots) expect(s.row?.closest('[data-copy]')?.getAttribute('data-copy')).toBe('desktop');
    expect(r.submit?.closest('[data-copy]')?.getAttribute('data-copy')).toBe('desktop');
  });

  test('an error toast is the portal refusing, never a receipt', async () => {
    await renderFiling({ toast: true });
    const r = readPage(dvcqg2026, FILING, document);
    expect(r.portalErrors).toBe(1);
    expect(r.kind).toBe('filing-form');
    // The form gone: a dossier-code line alone is not a receipt; with the success words it is.
    act(() => root?.unmount());
    root = null;
    document.getElementById('root')!.innerHTML = '<div><p><span>Mã hồ sơ:</span> H17</p></div>';
    expect(readPage(dvcqg2026, FILING, document).kind).toBe('filing-form');
    document.getElementById('root')!.innerHTML = '<div><h2>Nộp hồ sơ thành công</h2><p><span>Mã hồ sơ:</span> H17</p></div>';
    expect(readPage(dvcqg2026, FILING, document).kind).toBe('receipt');
  });

  test('before the late render the page is the filing form with nothing usable yet; an unknown id is no page of ours', () => {
    setRoot('<header>Cổng Dịch vụ công Quốc gia</header><div>Đang tải dữ liệu...</div>');
    expect(readPage(dvcqg2026, FILING, document)).toMatchObject({ kind: 'filing-form', fields: [], uploadSlots: [] });
    setRoot('<div><h2>Hồ sơ không tồn tại</h2></div>');
    expect(readPage(dvcqg2026, FILING, document).kind).toBe('other');
  });

  test('question names lose only a trailing version suffix', () => {
    expect(questionKey('citizenNDK_HoVaTen__1761724625529')).toBe('citizenNDK_HoVaTen');
    expect(questionKey('citizenField27')).toBe('citizenField27');
    expect(questionKey('a__b__123')).toBe('a__b');
  });
});

function setRoot(html: string) {
  document.body.innerHTML = `<div id="root">${html}</div>`;
}

describe('national portal 2026: detail, service list, sign-in, unknown pages', () => {
  const detail = new URL(`https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${PROCEDURES[1]!.id}`);
  const card = `<div><h3>Chọn cơ quan thực hiện</h3><button type="button" aria-haspopup="listbox"><span>-- Chọn Tỉnh/ Thành phố --</span></button><button type="button" aria-haspopup="listbox"><span>-- Chọn Phường/ Xã --</span></button><button type="button">Nộp hồ sơ</button></div>`;
  const components = `<h4>Thành phần hồ sơ</h4><table><caption>Giấy tờ phải nộp</caption><thead><tr><th>Tên giấy tờ</th><th>Số lượng</th></tr></thead><tbody><tr><td>Giấy báo tử</td><td>1</td></tr></tbody></table>`;

  test('detail: name, code by exact title, components, the agency pickers and their confirm button', () => {
    setRoot(`<main><h1>Đăng ký khai tử</h1>${components}</main><aside>${card}</aside>`);
    const r = readPage(dvcqg2026, detail, document);
    expect(r).toMatchObject({ kind: 'procedure-detail', procedureCode: '1.000656', codeSource: 'name' });
    expect(r.dossierComponents).toMatchObject([{ title: 'Giấy báo tử', group: 'Giấy tờ phải nộp' }]);
    expect(r.fields.map((f) => f.label)).toEqual(['Tỉnh/ Thành phố', 'Phường/ Xã']);
    expect(r.submit?.textContent).toBe('Nộp hồ sơ');
    expect(resolveTargetKey('field:phuong-xa', r, document)?.textContent).toContain('Chọn Phường/ Xã');
  });

  test('detail: a chosen picker (an input with the choice in it) keeps its name by place; the choice is never a label', () => {
    const chosen = card.replace('<button type="button" aria-haspopup="listbox"><span>-- Chọn Tỉnh/ Thành phố --</span></button>', '<div><input readonly value="Thành phố Hà Nội"><button type="button" aria-label="Xóa">×</button></div>');
    setRoot(`<main><h1>Đăng ký khai tử</h1>${components}</main><aside>${chosen}</aside>`);
    const r = readPage(dvcqg2026, detail, document);
    expect(r.fields.map((f) => f.label)).toEqual(['Tỉnh/ Thành phố', 'Phường/ Xã']);
  });

  test('the twin keeps apart: "Đăng ký lại khai tử" gives no code rather than 1.000656', () => {
    setRoot(`<main><h1>Đăng ký lại khai tử</h1>${components}</main><aside>${card}</aside>`);
    const r = readPage(dvcqg2026, detail, document);
    expect(r.kind).toBe('procedure-detail');
    expect(r.procedureCode).toBeNull();
  });

  test('a code printed on the page wins over the title', () => {
    setRoot(`<main><h1>Đăng ký khai sinh</h1><div><span>Mã thủ tục:</span> <span>1.001193</span></div>${components}</main><aside>${card}</aside>`);
    expect(readPage(dvcqg2026, detail, document)).toMatchObject({ procedureCode: '1.001193', codeSource: 'page' });
  });

  test('service list: same-named cards are told apart by their agency', () => {
    const cards = ['Sở Tư pháp', 'Ủy ban nhân dân cấp xã']
      .map((a) => `<div><h3>Đăng ký kết hôn</h3><p><span>Cơ quan thực hiện:</span> ${a}</p><button type="button"><div><span>Nộp trực tuyến</span></div></button></div>`)
      .join('');
    setRoot(`<h2>Danh sách dịch vụ công</h2>${cards}`);
    const r = readPage(dvcqg2026, new URL(`https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?formalityId=${PROCEDURES[5]!.id}&province=x`), document);
    expect(r).toMatchObject({ kind: 'service-list', procedureCode: '1.000894', codeSource: 'name' });
    expect(r.serviceCards.map((c) => c.agency)).toEqual(['Sở Tư pháp', 'Ủy ban nhân dân cấp xã']);
    const target = resolveTargetKey('service:uy-ban-nhan-dan', r, document);
    expect(target).toBe(r.serviceCards[1]!.button);
  });

  test('every URL answers 200: an unknown id, a legacy path or an empty shell is no page of ours', () => {
    setRoot('<div><h2>Thủ tục không tồn tại</h2></div>');
    expect(readPage(dvcqg2026, detail, document).kind).toBe('other');
    expect(readPage(dvcqg2026, new URL('https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.000656'), document).kind).toBe('other');
    document.body.innerHTML = '<div id="root"></div>';
    expect(readPage(dvcqg2026, detail, document).kind).toBe('other');
  });

  test('the procedure code is never taken from the URL', () => {
    setRoot(`<main><h1>Một thủ tục không có trong danh sách</h1>${components}</main>`);
    expect(readPage(dvcqg2026, new URL('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/0195d2a1-7c00-7a10-8000-000000001193?ma_thu_tuc=1.001193'), document).procedureCode).toBeNull();
  });

  test('VNeID sign-in: its kind only; nothing on it is read', () => {
    document.body.innerHTML = '<h1>Đăng nhập</h1><label for="u">Số định danh cá nhân</label><input id="u" value="001090012345"><input type="password">';
    const r = readPage(dvcqg2026, new URL('https://sso.dancuquocgia.gov.vn/auth?client_id=sso-c12-dvc-web'), document);
    expect(r).toMatchObject({ kind: 'login', fields: [], procedureName: null });
  });

  test('tracking and payment pages', () => {
    setRoot('<h2>Tra cứu hồ sơ</h2><label>Mã hồ sơ</label><input>');
    expect(readPage(dvcqg2026, new URL('https://dichvucong.gov.vn/tra-cuu-ho-so'), document).kind).toBe('dossier-tracking');
    setRoot('<h2>Thông tin thanh toán</h2>');
    expect(readPage(dvcqg2026, new URL('https://dichvucong.gov.vn/thanh-toan-truc-tuyen'), document).kind).toBe('payment');
  });
});
