/**
 * The Ministry of Public Security's public-service portal, dichvucong.bocongan.gov.vn: its
 * procedure catalogue (server-rendered), the "Nộp hồ sơ" entry that hands residence filings over
 * to the residence forms (cutru.ts), and the iGate 1 wizard its own "tiếp nhận online" runs
 * (igate1.ts). Page knowledge from shared/portals/filing-portals-2026.md §1.1 (T4, T5).
 * - The detail page's `matt` is the portal's own id, never the national code: the code is read from
 *   "Mã thủ tục" in its accordion (14 items on every page).
 * - The page changes on every load (CSRF tokens, nonces): nothing is keyed on those.
 */
import { normalize } from '../text/normalize';
import { findProcedureCode } from '../text/procedure-code';
import { codeFromName } from '../procedures/procedure-list';
import { buttonLabelled, elementsLabelled, isShown, paperColumn, textOf } from './dom';
import { isIgate1Path, readIgate1 } from './igate1';
import { emptyReading, type CodeSource, type PageReading, type PortalAdapter } from './types';

export const BCA_HOST = 'dichvucong.bocongan.gov.vn';

const LABEL = {
  code: 'Mã thủ tục',
  components: 'Thành phần hồ sơ',
  componentName: ['Tên giấy tờ', 'Giấy tờ', 'Tên thành phần hồ sơ'],
  submit: ['Nộp hồ sơ', 'Nộp hồ sơ trực tuyến'],
};
const ACCORDION_ITEM = '.tthc-list-item';
const ITEM_TITLE = '.item-title';
const NAME = '.tthc-title h4, .tthc-title h3, h1';
/** The entry answers this when the procedure has no online process (T3: 26344 on 2026-09-16). */
const NO_PROCESS = 'Không tìm thấy quy trình xử lý online';

const ROUTES = {
  detail: /^\/bocongan\/bothutuc\/tthc\/?$/,
  search: /^\/bocongan\/bothutuc\/listThuTuc\/?$/,
  entry: /^\/bo-cong-an\/tiep-nhan-online\/chon-truong-hop-ho-so\/?$/,
  home: /^\/(?:dich-vu-cong\/cong-dan\/?)?$/,
};

/** An accordion item's body, by its title (folded, exact). */
function accordionBody(doc: Document, title: string): Element | null {
  const want = normalize(title);
  for (const item of Array.from(doc.querySelectorAll(ACCORDION_ITEM))) {
    const head = item.querySelector(ITEM_TITLE);
    if (head && normalize(textOf(head, 120)) === want) return item.querySelector('.tthc-list-item-detail') ?? item;
  }
  return null;
}

function detail(doc: Document, reading: PageReading): PageReading {
  const nameEl = doc.querySelector(NAME);
  const name = nameEl ? textOf(nameEl, 400) || null : null;
  // An error or WAF page at the detail URL has no accordion: not a page we know.
  if (!doc.querySelector(ACCORDION_ITEM)) return reading;
  const codeBody = accordionBody(doc, LABEL.code);
  const printed = codeBody ? findProcedureCode(textOf(codeBody, 200)) : null;
  const byName = printed ? null : codeFromName(name);
  const code = printed ?? byName;
  const source: CodeSource = printed ? 'page' : byName ? 'name' : 'none';
  const papers = accordionBody(doc, LABEL.components);
  const components = papers ? paperColumn(papers, LABEL.componentName).map((c) => ({ title: c.text, group: null, node: c.row })) : [];
  return { ...reading, kind: 'procedure-detail', procedureCode: code, codeSource: source, procedureName: name, dossierComponents: components, submit: buttonLabelled(doc, LABEL.submit) };
}

function read(url: URL, doc: Document): PageReading {
  const reading = emptyReading('bca');
  if (isIgate1Path(url)) return readIgate1(url, doc, 'bca');
  if (ROUTES.detail.test(url.pathname)) return detail(doc, reading);
  if (ROUTES.search.test(url.pathname) || ROUTES.home.test(url.pathname)) return { ...reading, kind: 'procedure-search' };
  if (ROUTES.entry.test(url.pathname)) {
    const dead = elementsLabelled(doc, NO_PROCESS).some(isShown);
    return { ...reading, kind: 'service-list', portalErrors: dead ? 1 : 0 };
  }
  return reading;
}

export const bca: PortalAdapter = {
  id: 'bca',
  ownsHost: (hostname) => hostname === BCA_HOST,
  read,
};

/* Test pages (replicas, tests/replicas/sites/bca.ts):
 * https://dichvucong.bocongan.gov.vn/bocongan/bothutuc/tthc?matt=26344
 * https://dichvucong.bocongan.gov.vn/bocongan/bothutuc/listThuTuc?tukhoa=t%E1%BA%A1m%20tr%C3%BA
 * https://dichvucong.bocongan.gov.vn/bo-cong-an/tiep-nhan-online/chon-truong-hop-ho-so?ma-thu-tuc-public=26345  (no online process)
 */
