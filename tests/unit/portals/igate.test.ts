import { afterEach, describe, expect, test } from 'vitest';
import { igate } from '../../../lib/portals/igate';
import { readPage } from '../../../lib/portals/registry';
import { igateFilingForm } from '../helpers/replica-forms';
import { loadPage, readSnapshot, type LoadedPage } from '../helpers/snapshot';

const ID = '6215fc5acfa6484e420b67d8';
const HOST = 'https://dichvucong.quangngai.gov.vn';
let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});
const read = () => readPage(igate, page!.url(), page!.document);

describe('iGate procedure detail', () => {
  const html = readSnapshot('igate/procedure-detail-1.001193.html');
  test('empty app shell first, then code, name and components once rendered', async () => {
    page = await loadPage(html, `${HOST}/vi/procedure/detail/${ID}?keyword=khai%20sinh&page=1`);
    let r = read();
    expect(r.kind).toBe('procedure-detail');
    expect(r.procedureCode).toBeNull();
    await page.settle();
    r = read();
    expect(r.procedureCode).toBe('1.001193');
    expect(r.codeSource).toBe('page');
    expect(r.procedureName).toBe('Thủ tục đăng ký khai sinh');
    expect(r.dossierComponents).toHaveLength(4);
    expect(r.submit?.textContent).toBe('Nộp hồ sơ trực tuyến');
  });

  test('without a "Mã thủ tục" row the code comes from the name', async () => {
    page = await loadPage(html.replace('<tr><td class="lbl">Mã thủ tục</td><td class="val procedure-code">1.001193</td></tr>', ''), `${HOST}/vi/procedure/detail/${ID}`);
    await page.settle();
    expect(read()).toMatchObject({ procedureCode: '1.001193', codeSource: 'name' });
  });
});

describe('iGate apply-online stepper', () => {
  const html = readSnapshot('igate/apply-online-1.001193.html');
  const clickNext = () => {
    const tabs = Array.from(page!.document.querySelectorAll('[role=tab]'));
    const current = tabs.findIndex((t) => t.getAttribute('aria-selected') === 'true');
    const panel = page!.document.getElementById(tabs[current]!.getAttribute('aria-controls')!)!;
    panel.querySelector<HTMLButtonElement>('.btn_next, button[form]')!.click();
  };

  test('steps, Form.io fields, upload slots, the one submit and the result panel', async () => {
    page = await loadPage(html, `${HOST}/vi/padsvc/apply-online/${ID}`);
    await page.settle();
    let r = read();
    expect(r.kind).toBe('filing-form');
    expect(r.procedureCode).toBe('1.001193');
    expect(r.step).toEqual({ index: 1, count: 4, title: 'Thông tin hồ sơ' });
    expect(r.fields.find((f) => f.key === 'data[fullname]')).toMatchObject({ label: 'Họ và tên', required: true, readonly: true });
    expect(r.fields.find((f) => f.key === 'data[identityNumber]')).toMatchObject({ label: 'Số CMND/CCCD/Số định danh', readonly: true });
    expect(r.fields.find((f) => f.key === 'data[district]')).toMatchObject({ label: 'Phường/Xã', kind: 'select' });
    expect(r.fields.find((f) => f.key === 'data[birthday]')).toMatchObject({ kind: 'date' });
    expect(r.fields.find((f) => f.key === 'data[note]')).toMatchObject({ kind: 'textarea', required: false });
    expect(r.fields.some((f) => f.key === 'captcha')).toBe(false);
    expect(r.uploadSlots.map((s) => s.label)).toEqual([
      'Tờ khai đăng ký khai sinh theo mẫu',
      'Giấy chứng sinh (hoặc văn bản của người làm chứng / giấy cam đoan về việc sinh)',
      'Giấy chứng nhận kết hôn của cha, mẹ (nếu có)',
      'Văn bản ủy quyền (nếu có)',
    ]);
    expect(r.dossierComponents).toHaveLength(4);
    expect(r.submit?.getAttribute('form')).toBe('captchaForm');

    clickNext();
    r = read();
    expect(r.kind).toBe('upload');
    expect(r.step).toMatchObject({ index: 2, title: 'Thành phần hồ sơ' });

    clickNext();
    r = read();
    expect(r.kind).toBe('filing-form');
    expect(r.step?.index).toBe(3);

    clickNext(); // submits the captcha form; the portal answers, then shows the result panel
    await page.settle(4000);
    r = read();
    expect(r.kind).toBe('receipt');
    expect(r.step?.index).toBe(4);
    expect(r.submit).toBeNull();
  });

  test('an error page at an app route (no Angular app on it) is not a page we know', async () => {
    page = await loadPage('<html><body><h1>Lỗi 500</h1></body></html>', `${HOST}/vi/padsvc/apply-online/${ID}`, false);
    expect(read()).toMatchObject({ kind: 'other', procedureName: null });
  });

  test('routes that are not detail or filing pages give "other"', async () => {
    page = await loadPage('<app-root></app-root>', `${HOST}/vi/padsvc/home`, false);
    expect(read().kind).toBe('other');
    page = await loadPage('<app-root ng-version="12.2.16"></app-root>', `${HOST}/vi/procedure/search`, false);
    expect(read().kind).toBe('procedure-search');
  });
});

describe('iGate dossier tables worded differently by province', () => {
  const html = readSnapshot('igate/apply-online-1.001193.html');
  const header = '<th mat-header-cell class="mat-header-cell mat-column-name" role="columnheader">Tên giấy tờ</th>';
  const names = ['Tờ khai đăng ký khai sinh theo mẫu', 'Giấy chứng sinh (hoặc văn bản của người làm chứng / giấy cam đoan về việc sinh)', 'Giấy chứng nhận kết hôn của cha, mẹ (nếu có)', 'Văn bản ủy quyền (nếu có)'];
  test.each([
    ['Giấy tờ', 'a header of one word'],
    ['Tên thành phần hồ sơ', 'the catalogue\'s wording'],
    ['Danh mục hồ sơ', 'a header no list knows: found by structure'],
    ['', 'no header text at all: found by structure'],
  ])('header "%s" (%s): the same four papers and slots', async (text) => {
    expect(html).toContain(header);
    page = await loadPage(html.replace(header, header.replace('Tên giấy tờ', text)), `${HOST}/vi/padsvc/apply-online/${ID}`);
    await page.settle();
    const r = read();
    expect(r.dossierComponents.map((c) => c.title)).toEqual(names);
    expect(r.uploadSlots.map((s) => s.label)).toEqual(names);
  });
});

describe('iGate e-form as Form.io 4 draws it (the replica rendered by formiojs: Choices.js selects, flatpickr dates)', () => {
  test('a select is its Choices.js box, a date its drawn input with the key of the hidden one; widget inputs are no fields', async () => {
    page = await igateFilingForm('1.001193');
    const r = read();
    const district = r.fields.find((f) => f.key === 'data[district]')!;
    expect(district).toMatchObject({ label: 'Phường/Xã', kind: 'select', required: true });
    // The <select> is hidden inside the box; the box is what a person clicks and a guide points at.
    expect(district.node.matches('div.choices')).toBe(true);
    expect((district.node.querySelector('select[name="data[district]"]') as HTMLSelectElement).hidden).toBe(true);
    const birthday = r.fields.find((f) => f.key === 'data[birthday]')!;
    expect(birthday).toMatchObject({ label: 'Ngày sinh', kind: 'date', required: true });
    expect(birthday.node.getAttribute('name')).toBeNull(); // flatpickr's own input, the one a person types in
    expect(page!.document.querySelector('input[name="data[birthday]"]')!.getAttribute('type')).toBe('hidden');
    // Choices.js's search box and Form.io's autofill input are in every select, and are no fields.
    expect(page!.document.querySelectorAll('.choices__input--cloned').length).toBeGreaterThan(0);
    expect(r.fields.filter((f) => f.node.matches('.choices__input--cloned, .formio-select-autocomplete-input'))).toEqual([]);
    expect(r.fields.filter((f) => f.label === 'Giới tính')).toHaveLength(1);
    // Phần IV repeats keys: two fields, each with its own label.
    expect(r.fields.filter((f) => f.key === 'data[province]').map((f) => f.label)).toEqual(['Tỉnh/Thành phố', 'Tỉnh/Thành phố nhận kết quả']);
  });
});
