import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledCatalogue } from '../../../lib/once-only/catalogue';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { clearFindings, FINDINGS_CAP, loadFindings, mergeFindings, migrateFindingsFromStorage, newFinding, recordFindings } from '../../../lib/once-only/findings-store';
import { reportToCsv, reportToJson } from '../../../lib/once-only/report';
import { closeLocalDb, localDb } from '../../../lib/storage/local-db';
import { nameFromCode } from '../../../lib/procedures/procedure-list';
import { scrub } from '../../../lib/privacy/scrub';
import { foldClauses, originalOfFolded } from '../../../lib/text/normalize';
import { createMatcher } from '../../../lib/once-only/matcher';
import { pageRequests, PublishedList } from '../../../lib/once-only/page-items';
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
  beforeEach(async () => {
    fakeBrowser.reset();
    await closeLocalDb();
    indexedDB = new IDBFactory();
  });
  const seen = (text: string, addedByPerson = false) =>
    newFinding(catalogue, { portal: 'dvcqg', host: 'dichvucong.gov.vn', procedureCode: '1.004222', text, source: 'component', addedByPerson, finding: check(text)! });

  it('the same wording seen again is one row with a later "last seen"; different spacing or case is the same wording', async () => {
    await recordFindings([seen('Bản sao Sổ hộ khẩu')], 60_000);
    await recordFindings([seen('bản sao  SỔ HỘ KHẨU')], 180_000);
    const all = await loadFindings();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ firstSeen: 60_000, lastSeen: 180_000, timesSeen: 2 });
    await clearFindings();
    expect(await loadFindings()).toEqual([]);
  });

  it('keeps only the matched words, the bundled procedure name and times to the minute (issue 18 §1)', async () => {
    const typed = 'Bản sao sổ tạm trú của Nguyễn Văn An, CCCD 012345678901, 12 Lê Lợi';
    await recordFindings([seen(typed)], 1_700_000_123_456);
    const [row] = await loadFindings();
    expect(row!.wording).toBe('sổ tạm trú');
    expect(row!.procedureName).toBe(nameFromCode('1.004222'));
    expect(row!.lastSeen % 60_000).toBe(0);
    const text = JSON.stringify(row) + reportToCsv(catalogue, [row!], 'vi') + reportToJson(catalogue, [row!], 'en');
    for (const secret of ['Nguyễn', 'Văn An', '012345678901', 'Lê Lợi', 'CCCD']) expect(text).not.toContain(secret);
  });

  it('a row the person added is kept without any of its text and named as such in the report', async () => {
    await recordFindings([seen('Sổ tạm trú của Trần Thị Bình', true)], 60_000);
    const [row] = await loadFindings();
    expect(row).toMatchObject({ wording: null, addedByPerson: true, paperId: check('Sổ tạm trú')!.paperId });
    expect(JSON.stringify(row)).not.toContain('Bình');
    expect(reportToCsv(catalogue, [row!], 'vi')).toContain('Thành phần do người nộp thêm');
    expect(reportToCsv(catalogue, [row!], 'en')).toContain('Component added by the applicant');
  });

  it('scrubs number, phone and e-mail shapes from the matched words before storing and again on export', () => {
    const row = seen('Bản sao sổ hộ khẩu');
    const old = { ...row, wording: 'Sổ hộ khẩu 001199012345 an@example.com 0987 654 321', firstSeen: 0, lastSeen: 0, timesSeen: 1 };
    const csv = reportToCsv(catalogue, [old], 'vi');
    expect(csv).not.toMatch(/001199012345|example\.com|0987 654 321/);
  });

  it('moves findings an older version kept in storage.local, cut down to the matched words, and removes them there', async () => {
    await fakeBrowser.storage.local.set({ onceOnlyFindings: [{ portal: 'igate', host: 'dichvucong.quangngai.gov.vn', procedureCode: '1.004194', procedureName: 'Nguyễn Văn An 012345678901', componentText: 'Bản sao sổ tạm trú của Nguyễn Văn An, CCCD 012345678901', source: 'component', firstSeen: 5, lastSeen: 7 }, { host: 1 }] });
    expect(await migrateFindingsFromStorage(() => catalogue, () => check, fakeBrowser.storage.local)).toBe(1);
    const rows = await loadFindings();
    expect(rows.map((r) => r.wording)).toEqual(['sổ tạm trú']);
    expect(JSON.stringify(rows)).not.toMatch(/Nguyễn|012345678901/);
    expect((await fakeBrowser.storage.local.get('onceOnlyFindings')).onceOnlyFindings).toBeUndefined();
  });

  it('keeps the newest rows within the cap', () => {
    const rows = mergeFindings([], [seen('Sổ hộ khẩu'), seen('Sổ tạm trú'), seen('Bản sao căn cước công dân')], 1, 2);
    expect(rows).toHaveLength(2);
    expect(FINDINGS_CAP).toBeGreaterThanOrEqual(2000);
  });

  it('a storage failure loses nothing already stored and does not throw', async () => {
    await recordFindings([seen('Sổ hộ khẩu')], 1);
    const db = await localDb();
    const original = db.transaction.bind(db);
    db.transaction = (() => {
      throw new DOMException('full', 'QuotaExceededError');
    }) as typeof db.transaction;
    await expect(recordFindings([seen('Sổ tạm trú')], 2)).resolves.toBeUndefined();
    db.transaction = original;
    expect((await loadFindings()).map((f) => f.wording)).toEqual(['Sổ hộ khẩu']);
  });
});

describe('rows the person added', () => {
  it('the portal list is what renders first; a row that appears after it settled is the person\'s; a new route starts over', () => {
    const list = new PublishedList(1000);
    expect([...list.personAdded('/a', [], 0)]).toEqual([]);
    expect([...list.personAdded('/a', ['Sổ hộ khẩu'], 100)]).toEqual([]);
    expect([...list.personAdded('/a', ['Sổ hộ khẩu', 'Giấy chứng sinh'], 600)]).toEqual([]);
    expect([...list.personAdded('/a', ['Sổ hộ khẩu', 'Giấy chứng sinh', 'Sổ tạm trú của An'], 5000)]).toEqual(['Sổ tạm trú của An']);
    expect([...list.personAdded('/b', ['Sổ tạm trú của An'], 6000)]).toEqual([]);
  });

  it('pageRequests marks the person\'s rows and checkItems carries the mark to the view', () => {
    const r = reading('upload');
    const req = pageRequests(r, new Set(['Sổ hộ khẩu']));
    expect(req.items.find((i) => i.text === 'Sổ hộ khẩu')).toMatchObject({ addedByPerson: true });
    const views = checkItems(catalogue, check, { portal: 'igate', host: 'h', procedureCode: null, procedureName: null, lang: 'vi', items: req.items }, 0);
    expect(views.find((v) => v.item.text === 'Sổ hộ khẩu')!.view.addedByPerson).toBe(true);
  });
});

describe('scrub and matched words', () => {
  it('takes out ID numbers, phones and e-mails, keeps dates, codes of forms and short numbers', () => {
    expect(scrub('CCCD 001199012345, ĐT 0987 654 321, an.nguyen@gmail.com')).toBe('CCCD …, ĐT …, …');
    expect(scrub('+84 987.654.321')).toBe('…');
    expect(scrub('Mẫu TK-01 theo Nghị định 104/2022/NĐ-CP ngày 21/12/2022, 2 bản')).toBe('Mẫu TK-01 theo Nghị định 104/2022/NĐ-CP ngày 21/12/2022, 2 bản');
  });

  it('maps a folded span back to the original words, NFC or NFD alike', () => {
    const text = 'Bản sao Sổ tạm trú của An';
    const folded = foldClauses(text);
    const at = folded.indexOf('so tam tru');
    expect(originalOfFolded(text, at, at + 'so tam tru'.length)).toBe('Sổ tạm trú');
    const nfd = text.normalize('NFD');
    expect(originalOfFolded(nfd, at, at + 'so tam tru'.length).normalize('NFC')).toBe('Sổ tạm trú');
  });
});
