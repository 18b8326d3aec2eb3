/**
 * VNPT iGate 1, the older PHP portal: one server-rendered page per wizard step, each step a path
 * of its own under a variant prefix, with a step bar `ul.gsi-step-indicator`. Some provinces still
 * run it (Lào Cai, Lai Châu), and the Ministry of Public Security's "tiếp nhận online" entry uses
 * its 2-, 3- and 5-step variants. Page knowledge from shared/portals/filing-portals-2026.md §3
 * (T6 `Progress`, T11). Its traps:
 * - the code is only in the page's title ("1.115666 - …"), and one step URL serves every procedure;
 * - "Đồng ý và tiếp tục" is on several steps: only the pathname tells the last one;
 * - upload slots can share a `postname`, so slots are told apart by their order, never by name.
 */
import { normalize } from '../text/normalize';
import { findProcedureCode } from '../text/procedure-code';
import { codeFromName } from '../procedures/procedure-list';
import { buttonLabelled, firstShownHeading, isShown, PAPER_HEADERS, paperColumn, readFields, readUploadSlots, textOf } from './dom';
import { PROVINCIAL_IGATE1_HOSTS } from './hosts';
import { emptyReading, type CodeSource, type PageKind, type PageReading, type PortalAdapter } from './types';


/** Route prefixes of the variants (T6): the default, the "new", the "step", Quảng Trị's and the Ministry's. */
const PREFIXES = ['trang-chu/dich-vu-cong', 'dich-vu-cong/tiep-nhan-online', 'dich-vu-cong/dich-vu-cong', 'quang-tri/tiep-nhan-online', 'bo-cong-an/tiep-nhan-online'];

/** Each step's path and its title in the step bar (T6). */
const STEPS: { path: string; title: string; kind: PageKind }[] = [
  { path: 'chon-thu-tuc-nop-ho-so', title: 'Thủ tục', kind: 'procedure-search' },
  { path: 'nhap-thong-tin-nguoi-nop-ho-so', title: 'Thông tin người nộp', kind: 'filing-form' },
  { path: 'nhap-thong-tin-ho-so', title: 'Thông tin hồ sơ', kind: 'filing-form' },
  { path: 'nhap-le-phi-ho-so', title: 'Lệ phí hồ sơ', kind: 'filing-form' },
  { path: 'xac-nhan-thong-tin-nop', title: 'Nộp hồ sơ', kind: 'filing-form' },
  { path: 'xac-nhan-thong-tin-nop-moi', title: 'Nộp hồ sơ', kind: 'filing-form' },
];
/** The Ministry's variants start at its procedure list (T6). */
const BCA_LIST = /^\/bo-cong-an\/bo-thu-tuc\/?$/;

/**
 * Where a wizard ends when its page carries no step bar. Lai Châu's four steps end at the fee page,
 * where the same "Đồng ý và tiếp tục" as on the step before sends the dossier (T11).
 */
const LAST_STEP_PATH: Record<string, string> = { 'dichvucong.laichau.gov.vn': 'nhap-le-phi-ho-so' };
const DEFAULT_LAST = ['xac-nhan-thong-tin-nop', 'xac-nhan-thong-tin-nop-moi'];

const LABEL = {
  next: ['Đồng ý và tiếp tục', 'Nộp hồ sơ', 'Gửi hồ sơ'],
};
const STEP_BAR = 'ul.gsi-step-indicator';
/** The page's answer once the dossier went in; a dossier code beside it is never read. */
const SENT = /\b(nop|gui) ho so thanh cong\b/;
const ERROR_BOX = '.alert-danger, .error, .has-error .help-block, [role=alert]';

function stepOf(url: URL): { step: (typeof STEPS)[number]; prefix: string } | null {
  const path = url.pathname.replace(/^\/+|\/+$/g, '');
  for (const prefix of PREFIXES) {
    if (!path.startsWith(`${prefix}/`)) continue;
    const rest = path.slice(prefix.length + 1);
    const step = STEPS.find((s) => s.path === rest);
    if (step) return { step, prefix };
  }
  return null;
}

/** Is this path one of iGate 1's own (the Ministry's portal delegates those to this reader)? */
export function isIgate1Path(url: URL): boolean {
  return stepOf(url) !== null || BCA_LIST.test(url.pathname);
}

/** The code printed in the procedure's title on the page, else the browser tab's title, else the name in the list. */
function codeOf(doc: Document, heading: string | null): { code: string | null; source: CodeSource; name: string | null } {
  for (const text of [heading, doc.title]) {
    const code = text ? findProcedureCode(text) : null;
    if (code) return { code, source: 'page', name: text!.replace(/^\s*\d\.\d{6}\s*[-–:]\s*/, '').trim() || null };
  }
  const byName = codeFromName(heading);
  return { code: byName, source: byName ? 'name' : 'none', name: heading };
}

/** The step bar's items, and which one is this page's (by title, since the current item carries no link). */
function stepBar(doc: Document, title: string): { index: number | null; count: number | null } {
  const items = Array.from(doc.querySelectorAll(`${STEP_BAR} > li`));
  if (!items.length) return { index: null, count: null };
  const i = items.findIndex((li) => normalize(textOf(li, 80)).endsWith(normalize(title)));
  return { index: i >= 0 ? i + 1 : null, count: items.length };
}

function errorsShown(doc: Document): number {
  return Array.from(doc.querySelectorAll(ERROR_BOX)).filter((el) => isShown(el) && textOf(el, 40).length > 0).length;
}

export function readIgate1(url: URL, doc: Document, portal: PageReading['portal']): PageReading {
  const reading = emptyReading(portal);
  if (BCA_LIST.test(url.pathname)) return { ...reading, kind: 'procedure-search' };
  const at = stepOf(url);
  if (!at) return reading;
  // A WAF or error page at a step URL has no form and no step bar: not a page we know.
  const form = doc.querySelector('form');
  if (!form && !doc.querySelector(STEP_BAR)) return reading;
  const heading = firstShownHeading(doc, 'h1, h2, h3');
  const { code, source, name } = codeOf(doc, heading);
  const bar = stepBar(doc, at.step.title);
  const base: PageReading = { ...reading, kind: at.step.kind, procedureCode: code, codeSource: source, procedureName: name, portalErrors: errorsShown(doc) };
  const pageText = normalize(textOf(doc.body, 4000));
  if (SENT.test(pageText)) return { ...base, kind: 'receipt', step: { index: bar.count, count: bar.count, title: at.step.title } };
  if (at.step.kind === 'procedure-search') return { ...base, step: { index: bar.index ?? 1, count: bar.count, title: at.step.title } };

  const last = bar.index !== null && bar.count !== null ? bar.index === bar.count : (LAST_STEP_PATH[url.hostname] ? [LAST_STEP_PATH[url.hostname]!] : DEFAULT_LAST).includes(at.step.path);
  const root = form ?? doc.body;
  // Slots keep the page's order: two may share a postname (T11), so a slot is its index, never its name.
  const slots = readUploadSlots(root, PAPER_HEADERS).filter((s) => isShown(s.input.closest('tr') ?? s.input));
  const components = paperColumn(root, PAPER_HEADERS).map((c) => ({ title: c.text, group: null, node: c.row }));
  return {
    ...base,
    kind: slots.length ? 'upload' : 'filing-form',
    step: { index: bar.index, count: bar.count, title: at.step.title },
    fields: readFields(root, '.form-group, tr', true),
    uploadSlots: slots,
    dossierComponents: components,
    submit: last ? buttonLabelled(root, LABEL.next) : null,
  };
}

export const igate1: PortalAdapter = {
  id: 'igate1',
  ownsHost: (hostname) => (PROVINCIAL_IGATE1_HOSTS as readonly string[]).includes(hostname),
  read: (url, doc) => readIgate1(url, doc, 'igate1'),
};

/* Test pages (replicas, tests/replicas/sites/igate1.ts):
 * https://dichvucong.laocai.gov.vn/dich-vu-cong/tiep-nhan-online/chon-thu-tuc-nop-ho-so
 * https://dichvucong.laocai.gov.vn/dich-vu-cong/tiep-nhan-online/nhap-thong-tin-ho-so?sid=<n>
 * https://dichvucong.laichau.gov.vn/dich-vu-cong/tiep-nhan-online/nhap-le-phi-ho-so?sid=<n>  (the last step there)
 */
