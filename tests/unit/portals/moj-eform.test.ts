/**
 * The MoJ declaration e-form's adapter on the replica's x-* custom elements (happy-dom runs the
 * replica's element definitions): captions are the text before each element, blocks appear only
 * once their branch is ticked, values are never read.
 */
import { afterEach, expect, test } from 'vitest';
import { mojEform } from '../../../lib/portals/moj-eform';
import { readPage } from '../../../lib/portals/registry';
import { resolveTargetKey } from '../../../lib/portals/targets';
import { summarize } from '../../../lib/portals/types';
import { MOJ_PROCEDURES, eformSite } from '../../replicas/sites/moj';
import { mojEformPage } from '../helpers/replica-forms';
import { loadPage, type LoadedPage } from '../helpers/snapshot';

const URL_ = `https://tokhaidientu.moj.gov.vn/e-form/${MOJ_PROCEDURES[0]!.eformId}`;
let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

async function eform(): Promise<LoadedPage> {
  page = await mojEformPage();
  return page;
}
const read = (p: LoadedPage) => readPage(mojEform, new URL(URL_), p.document);

test('before the definition arrives: nothing to tell', async () => {
  const html = (eformSite(new URL(URL_)).html ?? '').replace(/<script src="[^"]+"><\/script>/, '');
  page = await loadPage(html, URL_);
  expect(read(page).kind).toBe('other');
});

test('fields by the caption before each element; the address block only once "Trong nước" is ticked', async () => {
  const p = await eform();
  const r = read(p);
  expect(r).toMatchObject({ portal: 'moj-eform', kind: 'filing-form', procedureName: 'TỜ KHAI ĐĂNG KÝ KẾT HÔN', procedureCode: null });
  const bride = r.fields.filter((f) => f.key?.startsWith('Nu_'));
  expect(bride.map((f) => [f.label, f.kind, f.required])).toEqual([
    ['Họ, chữ đệm, tên', 'text', true],
    ['Ngày, tháng, năm sinh', 'date', true],
    ['Dân tộc', 'select', false],
    ['Quốc tịch', 'select', false],
    ['Số định danh cá nhân', 'text', true],
    ['Nơi cư trú', 'radio', true],
    ['Kết hôn lần thứ mấy', 'text', false],
  ]);
  const where = p.document.querySelector('x-radio[name="Nu_NoiCuTru"] input[type=checkbox]') as HTMLInputElement;
  where.click();
  await p.settle(50);
  const after = read(p).fields.filter((f) => f.key?.startsWith('Nu_')).map((f) => f.label);
  expect(after).toContain('Địa chỉ cư trú');
  // A guide target by caption: the first party's field, the element itself.
  expect(resolveTargetKey('field:ho-chu-dem-ten', read(p), p.document)?.getAttribute('name')).toBe('Nu_HoVaTen');
});

test('what a person types never enters the reading', async () => {
  const p = await eform();
  const input = p.document.querySelector('x-input[name="Nu_HoVaTen"] input') as HTMLInputElement;
  input.value = 'TRẦN THỊ BÌNH';
  expect(JSON.stringify(summarize(read(p)))).not.toContain('BÌNH');
  expect(read(p).fields.map((f) => f.label).join('|')).not.toContain('BÌNH');
});
