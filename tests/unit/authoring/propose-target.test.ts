import { afterEach, describe, expect, test } from 'vitest';
import { checkTarget, proposeTarget, robustSelector } from '../../../lib/authoring/propose-target';
import { igate } from '../../../lib/portals/igate';
import { lienthong } from '../../../lib/portals/lienthong';
import type { PortalAdapter } from '../../../lib/portals/types';
import { igateFilingForm, lienthongFilingForm } from '../helpers/replica-forms';
import { loadPage, type LoadedPage } from '../helpers/snapshot';

let open: LoadedPage | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

async function form(which: 'igate' | 'lienthong'): Promise<{ page: LoadedPage; adapter: PortalAdapter }> {
  const page = which === 'igate' ? await igateFilingForm('1.001193') : await lienthongFilingForm();
  open = page!;
  return { page: page!, adapter: which === 'igate' ? igate : lienthong };
}

function propose(page: LoadedPage, adapter: PortalAdapter, el: Element) {
  const reading = adapter.read(page.url(), page.document);
  const p = proposeTarget(el, reading);
  return { ...p, check: checkTarget(p.target, adapter, page.document, page.url(), p.element) };
}

describe('proposing a target from the element an author clicked', () => {
  test('an iGate field: the adapter key, its name attribute, its label; typing moves the guide on', async () => {
    const { page, adapter } = await form('igate');
    const phone = page.document.querySelector('input[name="data[phoneNumber]"]')!;
    const p = propose(page, adapter, phone);
    expect(p.target).toMatchObject({ key: 'field:so-dien-thoai', label: 'Số điện thoại' });
    // The result panel repeats the name (as the real portal does): the selector is scoped to tell them apart.
    expect(p.target.css).toMatch(/input\[name="data\[phoneNumber\]"\]$/);
    // Form.io's ids are per render (`<instance id>-<key>`): never in a selector.
    expect(p.target.css).not.toMatch(/#e[a-z0-9]+-|nth-/);
    expect([p.action, p.advance]).toEqual(['fill', 'field-filled']);
    expect(p.check).toEqual({ via: 'key', same: true, cssMatches: 1 });
  });

  test('a click on a label means its field; a click in an upload row means the row', async () => {
    const { page, adapter } = await form('igate');
    const field = page.document.querySelector('input[name="data[phoneNumber]"]') as HTMLInputElement;
    const label = field.labels![0]!;
    expect(propose(page, adapter, label).element).toBe(field);
    const cell = page.document.querySelector('tr[data-index="1"] td:nth-child(2)')!;
    const row = propose(page, adapter, cell);
    expect(row.element).toBe(page.document.querySelector('tr[data-index="1"]'));
    expect(row.target.key).toMatch(/^upload:giay-chung-sinh/);
    expect([row.action, row.advance]).toEqual(['upload', 'upload-finished']);
  });

  test('the stepper button: no generated id (cdk-step-content-…), no positions; the shown one is unique', async () => {
    const { page, adapter } = await form('igate');
    const next = page.document.querySelector('#cdk-step-content-0-0 .btn_next')!;
    const p = propose(page, adapter, next.querySelector('span') ?? next);
    expect(p.target.key).toBe('button:tiep-tuc');
    expect(p.target.css).not.toMatch(/cdk-|mat-|nth-|:eq/);
    expect(p.target.label).toBe('Tiếp tục');
    expect(p.check.via).toBe('key');
    expect(p.check.same).toBe(true);
    expect(p.check.cssMatches).toBe(1);
  });

  test('liên thông: formcontrolname is the stable attribute', async () => {
    const { page, adapter } = await form('lienthong');
    const phone = page.document.querySelector('[formcontrolname="NguoiYeuCauSoDienThoai"]')!;
    const p = propose(page, adapter, phone);
    expect(p.target.css).toBe('input[formcontrolname="NguoiYeuCauSoDienThoai"]');
    expect(p.target.key).toBe('field:so-dien-thoai');
  });
});

describe('selectors and labels on pages the adapter does not know', () => {
  const html = `<main><div class="panel ng-star-inserted" id="mat-tab-content-7-1">
    <span id="mat-input-12" class="ng-star-inserted">Xem hướng dẫn</span>
    <input id="x1f3a9c2d4e5" value="NGUYỄN VĂN AN">
    <button class="btn btn-primary active" id="btnLuu">Lưu</button>
    <button class="btn btn-primary">Hủy</button>
  </div></main>`;

  test('generated ids and state classes are never proposed; a stable id is', async () => {
    open = await loadPage(html, 'https://dichvucong.quangngai.gov.vn/vi/other', false);
    const doc = open.document;
    const span = doc.querySelector('span')!;
    expect(robustSelector(span)?.css ?? '').not.toMatch(/mat-input-12|ng-star-inserted|mat-tab-content/);
    expect(robustSelector(doc.querySelector('#btnLuu')!)).toEqual({ css: '#btnLuu', matches: 1 });
    // Two buttons share their classes: the selector says so instead of pretending.
    expect(robustSelector(doc.querySelectorAll('button')[1]!)).toEqual({ css: 'button.btn', matches: 2 });
  });

  test('what a person typed or what a page prefilled in a field is never taken as its label', async () => {
    open = await loadPage(html, 'https://dichvucong.quangngai.gov.vn/vi/other', false);
    const input = open.document.querySelector('input')!;
    const p = proposeTarget(input, igate.read(open.url(), open.document));
    expect(JSON.stringify(p.target)).not.toContain('NGUYỄN');
    expect(p.target.css ?? '').not.toContain('x1f3a9c2d4e5');
  });

  test('when neither the key nor the selector finds it any more, the label does', async () => {
    open = await loadPage(html, 'https://dichvucong.quangngai.gov.vn/vi/other', false);
    const c = checkTarget({ key: 'button:khong-con', css: 'button.btn-luu-cu', label: 'Lưu' }, igate, open.document, open.url(), open.document.querySelector('#btnLuu'));
    expect(c).toEqual({ via: 'label', same: true, cssMatches: 0 });
    expect(checkTarget({ key: 'button:khong-con', css: 'button.btn-luu-cu', label: 'Không có' }, igate, open.document, open.url()).via).toBeNull();
  });
});

describe('what a proposal may keep of a page (issue 18 §5)', () => {
  test('a heading or cell with a citizen\'s name gives no label and no words in the key; values with ID shapes stay out of selectors', async () => {
    const { page, adapter } = await form('igate');
    const doc = page.document;
    const h = doc.createElement('h4');
    h.textContent = 'Hồ sơ của Nguyễn Văn An — CCCD 012345678901';
    h.setAttribute('title', 'Nguyễn Văn An 012345678901');
    h.setAttribute('data-owner', '012345678901');
    doc.body.append(h);
    const p = propose(page, adapter, h);
    expect(p.labelSource).toBe('none');
    expect(p.target.label).toBeUndefined();
    expect(JSON.stringify(p.target)).not.toMatch(/Nguy|nguyen|012345678901/i);
  });

  test('a field the adapter knows is labelled by the adapter; a button by its own words, scrubbed', async () => {
    const { page, adapter } = await form('igate');
    const doc = page.document;
    expect(propose(page, adapter, doc.querySelector('input[name="data[phoneNumber]"]')!).labelSource).toBe('adapter');
    const b = doc.createElement('button');
    b.textContent = 'Gọi 0987654321';
    doc.body.append(b);
    const p = propose(page, adapter, b);
    expect(p.labelSource).toBe('page');
    expect(p.target.label).toBe('Gọi …');
  });
});
