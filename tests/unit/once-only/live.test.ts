import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledCatalogue } from '../../../lib/once-only/catalogue';
import { clearFindings, FINDINGS_CAP, findingId, loadFindings, mergeFindings, recordFindings } from '../../../lib/once-only/findings-store';
import { createMatcher } from '../../../lib/once-only/matcher';
import { pageRequests } from '../../../lib/once-only/page-items';
import { checkItems, MAX_ITEMS, reportText } from '../../../lib/once-only/views';
import { emptyReading, type PageReading } from '../../../lib/portals/types';

const catalogue = bundledCatalogue();
const check = createMatcher(catalogue);

function reading(kind: PageReading['kind']): PageReading {
  document.body.innerHTML = '<table><tr id="r1"><td>Sổ hộ khẩu</td><td><input type="file" id="f1"></td></tr><tr id="r2"><td>Giấy chứng sinh</td></tr></table><label>Số sổ hộ khẩu <input id="t1"></label>';
  const r = emptyReading('igate');
  r.kind = kind;
  r.dossierComponents = [
    { title: 'Sổ hộ khẩu', group: null, node: document.getElementById('r1')! },
    { title: 'Giấy chứng sinh', group: 'Giấy tờ phải nộp', node: document.getElementById('r2')! },
  ];
  r.uploadSlots = [{ label: 'Sổ hộ khẩu', accept: [], multiple: false, maxBytes: null, input: document.getElementById('f1') as HTMLInputElement }];
  r.fields = [{ label: 'Số sổ hộ khẩu', key: null, kind: 'text', required: false, readonly: false, node: document.getElementById('t1')! }];
  return r;
}

describe('page requests', () => {
  it('takes component, slot and field labels; a slot stands for its own component row', () => {
    const req = pageRequests(reading('upload'));
    expect(req.items.map((i) => [i.source, i.text])).toEqual([
      ['upload', 'Sổ hộ khẩu'],
      ['component', 'Giấy chứng sinh'],
      ['field', 'Số sổ hộ khẩu'],
    ]);
    expect(req.anchors.size).toBe(3);
    expect(req.signature).toContain('field:Số sổ hộ khẩu');
  });

  it('reads nothing on pages that are not procedure details or filing forms', () => {
    expect(pageRequests(reading('receipt')).items).toEqual([]);
    expect(pageRequests(null).signature).toBe('');
  });
});

describe('views', () => {
  it('explains each finding in the asked language, with the database, legal basis and a report text', () => {
    const items = pageRequests(reading('upload')).items;
    const out = checkItems(catalogue, check, { portal: 'igate', host: 'dichvucong.quangngai.gov.vn', procedureCode: '1.004222', procedureName: 'Đăng ký thường trú', lang: 'vi', items }, Date.UTC(2026, 10, 24, 2, 5));
    expect(out.map((o) => [o.view.key, o.view.verdict, o.view.paperId])).toEqual([
      ['upload:Sổ hộ khẩu', 'should-not-request', 'household_book'],
      ['field:Số sổ hộ khẩu', 'should-not-request', 'household_book'],
    ]);
    const v = out[0]!.view;
    expect(v.explanation).toMatch(/hết giá trị/);
    expect(v.legal.map((l) => l.title)).toContain('Nghị định số 104/2022/NĐ-CP (21/12/2022)');
    expect(v.report).toContain('Trang cổng yêu cầu: "Sổ hộ khẩu"');
    expect(v.report).toContain('Thủ tục: Đăng ký thường trú (mã 1.004222)');
    const en = checkItems(catalogue, check, { portal: 'igate', host: 'h', procedureCode: null, procedureName: null, lang: 'en', items }, 0);
    expect(en[0]!.view.report).toMatch(/^Feedback on a once-only data request/);
    expect(en[0]!.view.explanation).toMatch(/no longer valid/);
  });

  it('caps what a page may send and ignores unknown sources', () => {
    const many = Array.from({ length: MAX_ITEMS + 50 }, (_, i) => ({ key: `k${i}`, text: 'Bản sao sổ hộ khẩu', source: 'component' as const, group: null }));
    const bad = [{ key: 'x', text: 'Sổ hộ khẩu', source: 'script' as never, group: null }];
    expect(checkItems(catalogue, check, { portal: 'dvcqg', host: 'h', procedureCode: null, procedureName: null, lang: 'vi', items: [...bad, ...many] }, 0)).toHaveLength(MAX_ITEMS - 1);
  });

  it('writes a report text without a procedure when none is known', () => {
    expect(reportText('vi', { host: 'h', procedureCode: null, procedureName: null, text: 't', paper: 'Sổ hộ khẩu', database: 'CSDL', legal: ['A'], at: 0 })).toContain('Thủ tục: không rõ');
  });
});

describe('findings store', () => {
  beforeEach(() => fakeBrowser.reset());
  const seen = (text: string) => ({
    id: findingId('dichvucong.gov.vn', '1.004222', text),
    portal: 'dvcqg',
    host: 'dichvucong.gov.vn',
    procedureCode: '1.004222',
    procedureName: 'Đăng ký thường trú',
    componentText: text,
    source: 'component' as const,
    verdict: 'should-not-request' as const,
    paperId: 'household_book',
    reason: 'abolished' as const,
  });

  it('the same wording seen again is one row with a later "last seen"; different spacing or case is the same wording', async () => {
    await recordFindings([seen('Bản sao Sổ hộ khẩu')], 1000);
    await recordFindings([seen('bản sao  SỔ HỘ KHẨU')], 2000);
    const all = await loadFindings();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ firstSeen: 1000, lastSeen: 2000, timesSeen: 2 });
    await clearFindings();
    expect(await loadFindings()).toEqual([]);
  });

  it('keeps the newest rows within the cap', () => {
    const rows = mergeFindings([], [seen('a'), seen('b'), seen('c')], 1, 2);
    expect(rows).toHaveLength(2);
    expect(FINDINGS_CAP).toBeGreaterThanOrEqual(2000);
  });

  it('a storage failure loses nothing already stored and does not throw', async () => {
    await recordFindings([seen('Sổ hộ khẩu')], 1);
    const original = fakeBrowser.storage.local.set;
    fakeBrowser.storage.local.set = () => Promise.reject(new Error('QuotaExceededError'));
    await expect(recordFindings([seen('Sổ tạm trú')], 2)).resolves.toBeUndefined();
    fakeBrowser.storage.local.set = original;
    expect((await loadFindings()).map((f) => f.componentText)).toEqual(['Sổ hộ khẩu']);
  });
});
