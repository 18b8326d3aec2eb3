/**
 * Fuzzing portal pages (issue 10 §1): ≥ 1,000 mutated copies of the rendered portal snapshots —
 * nodes removed, duplicated, reordered, classes renamed, attributes dropped, huge tables, deep
 * nesting, odd Unicode, 5 MB of text — read by every adapter, checked by the once-only matcher and
 * searched for every guide step's target. 0 exceptions, and a bounded time per page.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findTarget } from '../../../lib/guides/anchor';
import { parsePack } from '../../../lib/guides/pack';
import type { GuidePack } from '../../../lib/guides/pack.schema';
import { bundledCatalogue } from '../../../lib/once-only/catalogue';
import { createMatcher } from '../../../lib/once-only/matcher';
import { pageRequests } from '../../../lib/once-only/page-items';
import { checkItems } from '../../../lib/once-only/views';
import { ADAPTERS, adapterFor, readPage } from '../../../lib/portals/registry';
import { recordFigure } from '../../figures';
import { loadPage, readSnapshot, servedAt, snapshotFiles, type LoadedPage } from '../helpers/snapshot';
import { cutruPage, dvcqg2026Page, mojEformPage, mojPage } from '../helpers/replica-forms';
import { igate1Site } from '../../replicas/sites/igate1';
import { mojFormUrl } from '../../replicas/sites/moj';

const CASES_PER_SNAPSHOT = Number(process.env.FUZZ_PAGES ?? 250);
/**
 * Per page, in happy-dom (several times slower than a browser): reading by all adapters, the check
 * and every target. Generous, since CI machines are shared: it is there to catch quadratic blow-ups
 * (a quadratic walk over the 5 MB page would take minutes), not to time the adapters.
 */
const BOUND_MS = 10_000;
const SEED = 11_2026;

const catalogue = bundledCatalogue();
const matcher = createMatcher(catalogue);
const packs: GuidePack[] = ['1.001193', '2.000986'].flatMap((c) => {
  const r = parsePack(JSON.parse(readFileSync(`public/guides/${c}.json`, 'utf8')));
  return r.ok ? [r.pack] : [];
});

const ODD = ['\u0000', '\ud800x', '\u202eMã thủ tục', 'Ma\u0300\u0301\u0302 thu tuc', '\u200b\u200b', '𝕸ã 𝖙𝖍ủ 𝖙ụ𝖈', 'Mã thủ tục: 9.999999.999', '<script>alert(1)</script>', 'Tên giấy tờ'];

const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

type Op = (doc: Document, pick: (n: number) => number) => void;
const allElements = (doc: Document) => Array.from(doc.body?.querySelectorAll('*') ?? []);
const OPS: Record<string, Op> = {
  remove: (doc, pick) => {
    const els = allElements(doc);
    els[pick(els.length)]?.remove();
  },
  duplicate: (doc, pick) => {
    const els = allElements(doc);
    const el = els[pick(els.length)];
    el?.after(el.cloneNode(true));
  },
  reorder: (doc, pick) => {
    const els = allElements(doc).filter((e) => e.children.length > 1);
    const el = els[pick(els.length)];
    if (el) for (const c of Array.from(el.children).reverse()) el.append(c);
  },
  renameClasses: (doc) => {
    for (const el of allElements(doc)) if (el.className && typeof el.className === 'string') el.className = el.className.split(/\s+/).map((c) => `${c}-v2`).join(' ');
  },
  dropIdsAndNames: (doc) => {
    for (const el of allElements(doc)) {
      el.removeAttribute('id');
      el.removeAttribute('name');
    }
  },
  // Built as markup and parsed once: happy-dom's row-by-row insertRow is quadratic.
  hugeTable: (doc, pick) => {
    const rows: string[] = [];
    for (let i = 0; i < 3000; i++) rows.push(`<tr><td>${i}</td><td>${i % 7 === 0 ? 'Bản sao Sổ hộ khẩu' : `Giấy tờ số ${i} ${escape(ODD[pick(ODD.length)]!)}`}</td><td><input type="file"></td></tr>`);
    doc.body.insertAdjacentHTML('beforeend', `<table><thead><tr><th>STT</th><th>Tên giấy tờ</th><th>Mẫu đơn, tờ khai</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
  },
  deepNesting: (doc, pick) => {
    const els = allElements(doc).filter((e) => e.parentElement && e.parentElement !== doc.documentElement);
    const el = els[pick(els.length)];
    if (!el) return;
    el.insertAdjacentHTML('afterend', `${'<div>'.repeat(1500)}<span>Mã thủ tục: 1.001193</span>${'</div>'.repeat(1500)}`);
    el.nextElementSibling?.querySelector('span')?.replaceWith(el);
  },
  oddText: (doc, pick) => {
    const walker = doc.createTreeWalker(doc.body, 4);
    const texts: Node[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n);
    for (let i = 0; i < 20 && texts.length; i++) texts[pick(texts.length)]!.nodeValue = ODD[pick(ODD.length)]!;
  },
  fiveMegabytes: (doc) => {
    const p = doc.createElement('p');
    p.textContent = 'Thành phần hồ sơ Mã thủ tục 1.001193 '.repeat(Math.ceil((5 * 1024 * 1024) / 37));
    doc.body.append(p);
  },
};
/** Huge pages are costly in happy-dom: rarer than the rest; the 5 MB page is one extra case per snapshot. */
const opName = fc.oneof(
  { weight: 60, arbitrary: fc.constantFrom('remove', 'duplicate', 'reorder', 'renameClasses', 'dropIdsAndNames', 'oddText') },
  { weight: 3, arbitrary: fc.constantFrom('hugeTable', 'deepNesting') },
);

/** Each snapshot rendered once by its own scripts, then served without them to every case. */
const rendered = new Map<string, { html: string; url: string }>();
/** The 2026 national portal has no shared snapshot: its React replica, rendered once per page kind. */
const NATIONAL_2026 = ['procedure-detail', 'service-list', 'filing-form'].map((kind) => `dvcqg-2026 ${kind}`);
/** The MoJ wizard (React replica) at its dialog and at each of its four steps, and its declaration e-form. */
const MOJ = ['moj dialog', 'moj step 1', 'moj step 2', 'moj step 3', 'moj step 4', 'moj-eform'];
/** The Ministry of Public Security's pages (jQuery/select2 replicas) and an iGate 1 step with its upload table. */
const BCA_PAGES: Record<string, string> = {
  'bca detail': 'https://dichvucong.bocongan.gov.vn/bocongan/bothutuc/tthc?matt=26344',
  'cutru tam tru': 'https://dichvucong.dancuquocgia.gov.vn/portal/p/home/dang-ky-tam-tru.html?ma_thu_tuc=1.004194&TT=TAMTRU_01',
  'cutru luu tru': 'https://dichvucong.dancuquocgia.gov.vn/portal/p/home/thong-bao-luu-tru.html?ma_thu_tuc=2.001159',
  'cutru list': 'https://dichvucong.dancuquocgia.gov.vn/portal/p/home/ho-so.html',
};
const IGATE1_STEP = 'https://dichvucong.laocai.gov.vn/dich-vu-cong/tiep-nhan-online/nhap-thong-tin-ho-so?sid=1';
const RENDERED_APPS = [...NATIONAL_2026, ...MOJ, ...Object.keys(BCA_PAGES), 'igate1 step 3'];
beforeAll(async () => {
  for (const [name, url] of Object.entries(BCA_PAGES)) {
    const page = await cutruPage(url);
    await page.settle(300);
    // The tạm trú form with its late attachments table loaded, as a person sees it before uploading.
    if (name === 'cutru tam tru') {
      (page.window as unknown as { load_table_tphs_new(n: number): void }).load_table_tphs_new(2);
      await page.settle(900);
    }
    for (const s of Array.from(page.document.querySelectorAll('script'))) s.remove();
    rendered.set(name, { html: `<!doctype html>${page.document.documentElement.outerHTML}`, url });
    await page.close();
  }
  rendered.set('igate1 step 3', { html: igate1Site(new URL(IGATE1_STEP), 'GET').html!.replace(/<script[\s\S]*?<\/script>/g, ''), url: IGATE1_STEP });
  for (const name of MOJ) {
    const step = name === 'moj dialog' ? null : Number(name.split(' ')[2]) - 1;
    const page = name === 'moj-eform' ? await mojEformPage() : await mojPage(mojFormUrl('1.000894'), { step, subject: step === 0 ? 'canhan' : 'null' });
    for (const s of Array.from(page.document.querySelectorAll('script'))) s.remove();
    rendered.set(name, { html: `<!doctype html>${page.document.documentElement.outerHTML}`, url: page.url().href });
    await page.close();
  }
  for (const name of NATIONAL_2026) {
    const page = (await dvcqg2026Page('1.000656', name.split(' ')[1]))!;
    for (const s of Array.from(page.document.querySelectorAll('script'))) s.remove();
    rendered.set(name, { html: `<!doctype html>${page.document.documentElement.outerHTML}`, url: page.url().href });
    await page.close();
  }
  for (const file of snapshotFiles()) {
    const source = readSnapshot(file);
    const url = servedAt(source);
    const page = await loadPage(source, url);
    await page.settle();
    for (const s of Array.from(page.document.querySelectorAll('script'))) s.remove();
    rendered.set(file, { html: `<!doctype html>${page.document.documentElement.outerHTML}`, url });
    await page.close();
  }
}, 60_000);

let slowest = 0;
let cases = 0;
let crashes = 0;
const opCounts = new Map<string, number>();
afterAll(() => {
  recordFigure({
    id: 'fuzz-pages',
    area: 'fuzzing',
    what: `mutated portal pages through every adapter (the React replicas of the 2026 national portal and of the MoJ wizard, the MoJ declaration e-form, the Ministry of Public Security's jQuery pages and an iGate 1 step included), the once-only check and every guide target (${[...opCounts].map(([k, v]) => `${k} ${v}`).join(', ')})`,
    cases,
    crashes,
    measure: `slowest page ${Math.round(slowest)} ms in happy-dom (bound ${BOUND_MS} ms)`,
  });
});

/** One mutated page: read by every adapter, checked, every guide target searched; never throws, within the bound. */
async function oneCase(html: string, url: string, ops: string[], seeds: number[]) {
  const own = adapterFor(new URL(url).hostname)!;
  let page: LoadedPage | null = null;
  cases++;
  try {
    page = await loadPage(html, url, false);
    let k = 0;
    const pick = (n: number) => (n > 0 ? seeds[k++ % seeds.length]! % n : 0);
    for (const op of ops) {
      OPS[op]!(page.document, pick);
      opCounts.set(op, (opCounts.get(op) ?? 0) + 1);
    }
    const started = performance.now();
    for (const adapter of ADAPTERS) {
      const r = readPage(adapter, page.url(), page.document);
      expect(r.portal).toBe(adapter.id);
      if (r.procedureCode) expect(r.procedureCode).toMatch(/^[1-3]\.\d{6}$/);
    }
    const reading = readPage(own, page.url(), page.document);
    const req = pageRequests(reading);
    const views = checkItems(catalogue, matcher, { portal: own.id, host: page.url().hostname, procedureCode: reading.procedureCode, procedureName: reading.procedureName, lang: 'vi', items: req.items }, 0);
    for (const v of views) expect(['should-not-request', 'conditional']).toContain(v.view.verdict);
    for (const pack of packs) for (const step of pack.steps) if (step.target && (step.portal ?? pack.portals[0]) === own.id) findTarget(step.target, own, page.document, page.url());
    const ms = performance.now() - started;
    slowest = Math.max(slowest, ms);
    expect(ms).toBeLessThan(BOUND_MS);
  } catch (err) {
    crashes++;
    throw err;
  } finally {
    await page?.close();
  }
}

describe('fuzzing portal pages', () => {
  test.each([...snapshotFiles(), ...RENDERED_APPS])('%s: mutated copies read calmly', async (file) => {
    const { html, url } = rendered.get(file)!;
    await oneCase(html, url, ['fiveMegabytes'], [0]);
    await fc.assert(
      fc.asyncProperty(fc.array(opName, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { minLength: 8, maxLength: 8 }), async (ops, seeds) => {
        await oneCase(html, url, ops, seeds);
      }),
      // No shrinking: every case is a whole page; a failure is reported as it was found.
      // The React replica's pages are several times larger than the snapshots: fewer cases each, same kinds of change.
      { numRuns: RENDERED_APPS.includes(file) ? Math.ceil(CASES_PER_SNAPSHOT / 3) : CASES_PER_SNAPSHOT, seed: SEED, endOnFailure: true },
    );
  }, 600_000);
});
