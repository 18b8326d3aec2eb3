/** Security review as tests (issue 10 §6): no HTML sinks, who may send what, size-limited imports. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { MAX_PACK_BYTES, parsePackText } from '../../lib/guides/pack';
import { GuideOutcomeSchema, GuideStateSaveSchema } from '../../lib/guides/state.schema';
import { PageSummarySchema } from '../../lib/portals/summary.schema';
import { MESSAGE_SENDERS, senderAllowed, senderKind } from '../../lib/messaging/senders';
import { recordFigure } from '../figures';

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f));
}

/** Ways text becomes markup or code. Page text and pack text are only ever set as text or attributes. */
const SINKS = /\.innerHTML\b|\.outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment|DOMParser|\beval\(|new Function\(|setTimeout\(\s*['"`]|srcdoc/;

describe('security review', () => {
  test('no HTML or code sinks anywhere in the product code', () => {
    const files = ['lib', 'components', 'entrypoints'].flatMap(sources);
    const hits = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => ({ f, i: i + 1, line }))
        .filter(({ line }) => SINKS.test(line) && !/^\s*(\/\/|\*)/.test(line)),
    );
    expect(hits.map((h) => `${h.f}:${h.i}: ${h.line.trim()}`)).toEqual([]);
    expect(files.length).toBeGreaterThan(50);
    // The rule itself catches what it should.
    for (const bad of ['el.innerHTML = x', 'el.insertAdjacentHTML("beforeend", x)', '<div dangerouslySetInnerHTML={{ __html: x }} />', 'new DOMParser()']) expect(SINKS.test(bad), bad).toBe(true);
    expect(SINKS.test('el.textContent = x')).toBe(false);
    recordFigure({ id: 'security-sinks', area: 'security', what: 'product source files scanned for HTML/code sinks (innerHTML, insertAdjacentHTML, dangerouslySetInnerHTML, document.write, DOMParser, eval, new Function, srcdoc)', cases: files.length, crashes: hits.length, measure: `${hits.length} sinks` });
  });

  const own = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
  const portal = (host: string) => host === 'dichvucong.gov.vn' || host === 'vpcp.dichvucong.gov.vn' || host.endsWith('.quangngai.gov.vn');
  test('senders: extension pages, portal tabs over HTTPS, nobody else', () => {
    expect(senderKind({ id: 'ext-id', url: 'chrome-extension://ext-id/dashboard.html' }, own, portal)).toBe('extension-page');
    expect(senderKind({ id: 'ext-id', url: 'https://vpcp.dichvucong.gov.vn/p/home/x.html', tab: { id: 3 } }, own, portal)).toBe('portal-tab');
    expect(senderKind({ id: 'ext-id', url: 'http://dichvucong.gov.vn/p/home/x.html', tab: { id: 3 } }, own, portal)).toBeNull();
    expect(senderKind({ id: 'ext-id', url: 'https://evil.example/', tab: { id: 3 } }, own, portal)).toBeNull();
    expect(senderKind({ id: 'other-ext', url: 'chrome-extension://ext-id/dashboard.html' }, own, portal)).toBeNull();
    expect(senderKind({ id: 'ext-id', url: 'chrome-extension://other/x.html' }, own, portal)).toBeNull();
    expect(senderKind({ id: 'ext-id', url: 'not a url', tab: { id: 1 } }, own, portal)).toBeNull();
    expect(senderKind({ id: 'ext-id', url: 'https://dichvucong.gov.vn/' }, own, portal)).toBeNull(); // no tab: not a content script
  });

  test('senders: the MoJ declaration frame only as a frame of the MoJ wizard; a portal page\'s own frames are nobody', () => {
    const all = (host: string) => portal(host) || host.endsWith('.moj.gov.vn');
    const frame = (tabUrl: string, frameId = 7) => ({ id: 'ext-id', url: 'https://tokhaidientu.moj.gov.vn/e-form/0195e0c4-7a2b-7c11-9d00-000000000894', tab: { id: 3, url: tabUrl }, frameId });
    expect(senderKind(frame('https://dichvucongnganhtuphap.moj.gov.vn/nop-ho-so/2041'), own, all)).toBe('portal-frame');
    expect(senderKind(frame('https://evil.example/'), own, all)).toBeNull(); // framed by another site
    expect(senderKind(frame('http://dichvucongnganhtuphap.moj.gov.vn/nop-ho-so/2041'), own, all)).toBeNull();
    expect(senderKind(frame('https://dichvucongnganhtuphap.moj.gov.vn/', 0), own, all)).toBeNull(); // the e-form host at top level
    expect(senderKind({ id: 'ext-id', url: 'https://dichvucong.gov.vn/x', tab: { id: 3, url: 'https://dichvucong.gov.vn/' }, frameId: 4 }, own, all)).toBeNull();
    expect(senderKind({ id: 'ext-id', url: 'https://dichvucongnganhtuphap.moj.gov.vn/nop-ho-so/2041', tab: { id: 3 }, frameId: 0 }, own, all)).toBe('portal-tab');
    // The frame may report, look addresses up and ask the once-only check; nothing else. Only the page asks it to reveal a field.
    const types = Object.keys(MESSAGE_SENDERS) as (keyof typeof MESSAGE_SENDERS)[];
    expect(types.filter((t) => senderAllowed(t, 'portal-frame')).sort()).toEqual(['eform/filled', 'eform/report', 'lookup/open', 'lookup/suggest', 'onceOnly/check', 'onceOnly/open-report']);
    expect(senderAllowed('eform/report', 'portal-tab')).toBe(false);
    expect(senderAllowed('eform/reveal', 'portal-tab')).toBe(true);
  });

  test('a portal tab cannot import packs, add portals, read history or clear findings; a page cannot pose as a tab', () => {
    const types = Object.keys(MESSAGE_SENDERS) as (keyof typeof MESSAGE_SENDERS)[];
    for (const t of ['guides/import', 'guides/remove', 'portals/add', 'portals/remove', 'page/history', 'onceOnly/clear', 'onceOnly/findings', 'guides/outcomes'] as const) expect(senderAllowed(t, 'portal-tab'), t).toBe(false);
    for (const t of ['timings/events', 'onceOnly/check', 'page/recognised', 'guides/state-save'] as const) expect(senderAllowed(t, 'extension-page'), t).toBe(false);
    for (const t of types) expect(senderAllowed(t, null)).toBe(false);
    recordFigure({ id: 'security-senders', area: 'security', what: 'message types with a sender rule (extension pages, portal tabs over HTTPS); unknown senders refused', cases: types.length, crashes: 0 });
  });

  test('imported files are size-limited before they are parsed', () => {
    const r = parsePackText(' '.repeat(MAX_PACK_BYTES + 1));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/quá lớn/);
  });
});

describe('payloads the background keeps are checked first (issue 18 §5)', () => {
  const state = { procedureCode: '1.001193', portal: 'igate', status: 'running', stepId: 'so-dien-thoai', answers: { 'bo-roi': false }, failed: [], updatedAt: 1 };
  it('guide state: the shape a guide has, nothing larger, nothing else', () => {
    expect(GuideStateSaveSchema.safeParse({ procedureCode: '1.001193', state }).success).toBe(true);
    expect(GuideStateSaveSchema.safeParse({ procedureCode: '1.001193', state: null }).success).toBe(true);
    expect(GuideStateSaveSchema.safeParse({ procedureCode: '../x', state }).success).toBe(false);
    expect(GuideStateSaveSchema.safeParse({ procedureCode: '1.001193', state: { ...state, stepId: 'Nguyễn Văn An 012345678901' } }).success).toBe(false);
    expect(GuideStateSaveSchema.safeParse({ procedureCode: '1.001193', state: { ...state, failed: Array.from({ length: 500 }, (_, i) => `b-${i}`) } }).success).toBe(false);
    const extra = GuideStateSaveSchema.safeParse({ procedureCode: '1.001193', state: { ...state, typed: 'Nguyễn Văn An' } });
    expect(extra.success && JSON.stringify(extra.data)).not.toContain('Nguyễn');
  });
  it('guide outcome and page summary: ids, counts and bounded text only', () => {
    expect(GuideOutcomeSchema.safeParse({ procedureCode: '1.001193', portal: 'igate', outcome: 'completed', stepId: null, at: 5 }).success).toBe(true);
    expect(GuideOutcomeSchema.safeParse({ procedureCode: '1.001193', portal: 'evil', outcome: 'completed', stepId: null, at: 5 }).success).toBe(false);
    const summary = { portal: 'igate', kind: 'filing-form', procedureCode: '1.001193', codeSource: 'page', procedureName: 'Đăng ký khai sinh', step: { index: 1, count: 4, title: 'Thông tin hồ sơ' }, dossierComponentCount: 4, fieldCount: 12, uploadSlotCount: 4, hasSubmit: true, portalErrors: 0, portalCase: null, services: [] };
    expect(PageSummarySchema.safeParse(summary).success).toBe(true);
    expect(PageSummarySchema.safeParse({ ...summary, procedureName: 'x'.repeat(5000) }).success).toBe(false);
    expect(PageSummarySchema.safeParse({ ...summary, kind: 'anything' }).success).toBe(false);
  });
});
