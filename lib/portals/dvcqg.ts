/**
 * DVCQG — Cổng Dịch vụ công Quốc gia, its legacy server-rendered pages (/p/home/*.html): catalogue, sign-in and hand-over hub.
 * Page knowledge from shared/portals/README.md §1 (sources S2, S4–S8, S16). Filing itself happens
 * elsewhere (lienthong.ts, igate.ts, ministry portals).
 */
import { normalize, tidy } from '../text/normalize';
import { isProcedureCode } from '../text/procedure-code';
import { codeFromName } from '../procedures/procedure-list';
import { buttonLabelled, codeNearLabel, elementsLabelled, isShown, tableColumn, textOf } from './dom';
import { emptyReading, type CodeSource, type DossierComponent, type PageKind, type PageReading, type PortalAdapter } from './types';

/**
 * The legacy pages live on only under these hosts: on dichvucong.gov.vn itself they answer "không
 * tồn tại" since March 2026 (dvcqg-2026.md §1.2), and that host belongs to dvcqg-2026.ts.
 */
const HOSTS = ['vpcp.dichvucong.gov.vn', 'thutuc.dichvucong.gov.vn', 'xacthuc.dichvucong.gov.vn'];
const SIGN_IN_HOST = 'xacthuc.dichvucong.gov.vn';

const DETAIL_PAGES = [
  'dvc-chi-tiet-thu-tuc-hanh-chinh.html',
  'dvc-chi-tiet-thu-tuc-nganh-doc.html',
  'dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html',
  'dvc-tthc-thu-tuc-hanh-chinh-lien-thong-chi-tiet.html',
];
const SEARCH_PAGES = [
  'dvc-tim-kiem-thu-tuc.html',
  'dvc-dich-vu-cong-truc-tuyen-ds.html',
  'dvc-danh-sach-thu-tuc-theo-nhom-su-kien.html',
  'tim-kiem-thu-tuc-hanh-chinh', // 2025 route
];

const LABEL = {
  code: 'Mã thủ tục',
  name: 'Tên thủ tục',
  components: 'Thành phần hồ sơ',
  componentName: 'Tên giấy tờ',
  componentKind: 'Loại giấy tờ', // CSDL view table
  procedureSteps: 'Trình tự thực hiện',
};
const SUBMIT_LABELS = ['Nộp hồ sơ', 'Nộp trực tuyến', 'Nộp hồ sơ trực tuyến'];

function lastSegment(url: URL): string {
  return url.pathname.split('/').filter(Boolean).pop() ?? '';
}

/** Detail pages carry these section headings; an error or WAF page at a detail URL does not. */
function hasDetailSections(doc: Document): { components: boolean; steps: boolean } {
  let components = false;
  let steps = false;
  for (const h of Array.from(doc.querySelectorAll('h1, h2, h3'))) {
    const t = normalize(h.textContent ?? '');
    if (t === normalize(LABEL.components)) components = true;
    if (t === normalize(LABEL.procedureSteps)) steps = true;
  }
  return { components, steps };
}

function kindOf(url: URL, doc: Document): PageKind {
  if (url.hostname === SIGN_IN_HOST) return 'login';
  const page = lastSegment(url);
  if (SEARCH_PAGES.includes(page)) return 'procedure-search';
  const sections = hasDetailSections(doc);
  if (DETAIL_PAGES.includes(page)) return sections.components || sections.steps ? 'procedure-detail' : 'other';
  const password = doc.querySelector('input[type=password]');
  if (password && isShown(password)) return 'login';
  // 2025 pages: no known URL, but a detail page has both headings.
  return sections.components && sections.steps ? 'procedure-detail' : 'other';
}

/** Two h1.main-title exist on the legacy page, the first empty: take the first with text. */
function procedureName(doc: Document): string | null {
  for (const h of Array.from(doc.querySelectorAll('h1'))) {
    const t = textOf(h, 400);
    if (t) return t;
  }
  const row = elementsLabelled(doc, LABEL.name)[0];
  const value = row?.nextElementSibling ? textOf(row.nextElementSibling, 400) : '';
  return value || null;
}

function procedureCode(url: URL, doc: Document, name: string | null): { code: string | null; source: CodeSource } {
  const onPage = codeNearLabel(doc, LABEL.code);
  if (onPage) return { code: onPage, source: 'page' };
  // The Word-export link carries the code as data of the page itself.
  const exportLink = doc.querySelector('a[href*="maTTHC="]')?.getAttribute('href') ?? '';
  const exported = /maTTHC=([\d.]+)/.exec(exportLink)?.[1];
  if (exported && isProcedureCode(exported)) return { code: exported, source: 'page' };
  // ma_thu_tuc is the code on some pages and a numeric row id on others: only a code-shaped value counts.
  const param = url.searchParams.get('ma_thu_tuc') ?? '';
  if (isProcedureCode(param)) return { code: param, source: 'route' };
  const fromName = codeFromName(name);
  return fromName ? { code: fromName, source: 'name' } : { code: null, source: 'none' };
}

/** Section body after the "Thành phần hồ sơ" heading, up to the next heading of the same level. */
function componentsSection(doc: Document): Element[] {
  const heading = Array.from(doc.querySelectorAll('h2, h3')).find(
    (h) => normalize(h.textContent ?? '') === normalize(LABEL.components),
  );
  if (!heading) return [];
  const out: Element[] = [];
  for (let n = heading.nextElementSibling; n && n.tagName !== heading.tagName; n = n.nextElementSibling) out.push(n);
  return out;
}

function dossierComponents(doc: Document): DossierComponent[] {
  const out: DossierComponent[] = [];
  for (const part of componentsSection(doc)) {
    for (const cell of tableColumn(part, LABEL.componentName)) {
      // Groups: div.item > div.title ("Giấy tờ phải nộp", "Giấy tờ phải xuất trình", a case name) [S5, S6]
      const group = cell.table.closest('.item')?.querySelector(':scope > .title');
      out.push({ title: cell.text, group: group ? tidy(group.textContent) || null : null, node: cell.row });
    }
  }
  if (out.length) return out;
  // CSDL view and the detail popup: table.tphs "Loại giấy tờ | Bản chính | Bản sao | Mẫu đơn" [S4]
  return tableColumn(doc, LABEL.componentKind).map((c) => ({ title: c.text, group: null, node: c.row }));
}

function read(url: URL, doc: Document): PageReading {
  const reading = emptyReading('dvcqg');
  const kind = kindOf(url, doc);
  reading.kind = kind;
  if (kind !== 'procedure-detail') return reading;
  const name = procedureName(doc);
  const { code, source } = procedureCode(url, doc, name);
  return {
    ...reading,
    procedureName: name,
    procedureCode: code,
    codeSource: source,
    dossierComponents: dossierComponents(doc),
    submit: buttonLabelled(doc, SUBMIT_LABELS),
  };
}

/** The portal's feedback page, where a once-only finding is reported (shared/portals/README.md, "feedback" route). */
export const DVCQG_FEEDBACK_URL = 'https://dichvucong.gov.vn/p/phananhkiennghi/pakn-gui-pakn.html';

export const dvcqg: PortalAdapter = {
  id: 'dvcqg',
  ownsHost: (hostname) => HOSTS.includes(hostname),
  read,
};

/* Test pages (replicas, tests/replicas):
 * https://vpcp.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193
 * https://vpcp.dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=<numeric id>
 * https://vpcp.dichvucong.gov.vn/p/home/dvc-tim-kiem-thu-tuc.html?key=khai%20sinh
 * https://xacthuc.dichvucong.gov.vn/oauth2/authorize
 */
