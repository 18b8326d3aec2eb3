import { afterEach, describe, expect, test } from 'vitest';
import { findTarget } from '../../../lib/guides/anchor';
import { igate } from '../../../lib/portals/igate';
import { lienthong } from '../../../lib/portals/lienthong';
import { readPage } from '../../../lib/portals/registry';
import { resolveTargetKey, slugOf } from '../../../lib/portals/targets';
import { loadPage, readSnapshot, type LoadedPage } from '../helpers/snapshot';

let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});
const IGATE = 'https://dichvucong.quangngai.gov.vn/vi/padsvc/apply-online/6215fc5acfa6484e420b67d8';

describe('target keys', () => {
  test('slugs fold diacritics and punctuation', () => {
    expect(slugOf('Họ, chữ đệm và tên mẹ')).toBe('ho-chu-dem-va-ten-me');
    expect(slugOf('Phường/Xã')).toBe('phuong-xa');
    expect(slugOf('  Số ĐIỆN THOẠI * ')).toBe('so-dien-thoai');
  });

  test('iGate: fields, upload rows, the submit and buttons resolve from what the adapter read', async () => {
    page = await loadPage(readSnapshot('igate/apply-online-1.001193.html'), IGATE);
    await page.settle();
    const reading = readPage(igate, page.url(), page.document);
    const key = (k: string) => resolveTargetKey(k, reading, page!.document);
    expect(key('field:so-dien-thoai')?.getAttribute('name')).toBe('data[phoneNumber]');
    expect(key('field:phuong-xa')?.getAttribute('name')).toBe('data[district]');
    // Upload rows live on a step that is not shown yet: nothing to point at until it is.
    expect(key('upload:giay-chung-sinh')).toBeNull();
    expect(key('button:tiep-tuc')?.closest('[role=tabpanel]')?.id).toBe('cdk-step-content-0-0');
    expect(key('button:nop-ho-so')).toBeNull(); // on a hidden step
    expect(key('field:khong-co')).toBeNull();
    expect(key('nonsense')).toBeNull();

    page.document.querySelector<HTMLButtonElement>('#cdk-step-content-0-0 .btn_next')!.click();
    const onStep2 = readPage(igate, page.url(), page.document);
    expect(resolveTargetKey('upload:giay-chung-sinh', onStep2, page.document)?.tagName).toBe('TR');
  });

  test('fallbacks: CSS selector, then the visible label without diacritics or case; a bad selector is no crash', async () => {
    page = await loadPage(readSnapshot('dvcqg/filing-form-lienthong-2.000986.html'), 'https://lienthong.dichvucong.gov.vn/#/ke-khai/2.000986');
    await page.settle();
    const find = (t: { key: string; css?: string; label?: string }) => findTarget(t, lienthong, page!.document, page!.url());
    expect(find({ key: 'field:so-dien-thoai' })?.via).toBe('key');
    expect(find({ key: 'field:renamed', css: '[formcontrolname="NguoiYeuCauEmail"]' })).toMatchObject({ via: 'css' });
    const byLabel = find({ key: 'field:renamed', css: '.class-that-was-renamed', label: 'QUAN HE VOI NGUOI DUOC KHAI SINH' });
    expect(byLabel?.via).toBe('label');
    expect(byLabel?.el.getAttribute('formcontrolname')).toBe('QuanHe');
    expect(find({ key: 'field:renamed', css: '::not a selector((', label: 'không có nhãn này' })).toBeNull();
  });
});
