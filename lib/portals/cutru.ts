/**
 * The residence forms of the Ministry of Public Security ("Cổng dịch vụ công quản lý cư trú"),
 * dichvucong.dancuquocgia.gov.vn/portal/p/home/…: server-rendered jQuery pages with select2 and
 * bootstrap-datepicker. Page knowledge from shared/portals/filing-portals-2026.md §1.2–§1.5 (T2–T4).
 * - dang-ky-tam-tru.html is one page for several procedures: its procedure select (then the TT
 *   parameter) decides which. The URL's ma_thu_tuc says 1.004194 even for xóa tạm trú, so it is
 *   never read there.
 * - The attachments table is loaded late, per sub-case, and its rows come in another order per
 *   procedure: rows are read by their label, never by position.
 * - select2 hides the real <select>: the field a person sees (and a guide points at) is select2's box.
 * - The dossier lists show G01 dossier codes, which are never read.
 * Values are never read; the declarant block (prefilled from the population database) gives its labels.
 */
import { codeFromName } from '../procedures/procedure-list';
import { normalize } from '../text/normalize';
import { isProcedureCode } from '../text/procedure-code';
import { buttonLabelled, elementsLabelled, firstShownHeading, isShown, PAPER_HEADERS, paperColumn, readFields, readUploadSlots, textOf } from './dom';
import { emptyReading, type CodeSource, type PageReading, type PortalAdapter, type TypedField } from './types';

export const CUTRU_HOST = 'dichvucong.dancuquocgia.gov.vn';
const PAGE_PREFIX = '/portal/p/home/';

/** The Ministry's business codes and the national codes they file under (T2, T3, T6). */
export const BUSINESS_CODES: Readonly<Record<string, string>> = {
  TAMTRU_01: '1.004194', // đăng ký tạm trú
  TAMTRU_02: '1.002755', // gia hạn tạm trú
  TAMTRU_06: '1.010028', // xóa đăng ký tạm trú
  THUONGTRU_01: '1.004222', // đăng ký thường trú
};

/** Pages that are forms, and the one procedure each files when the page itself names none. */
const FORM_PAGES: Readonly<Record<string, string | null>> = {
  'dang-ky-tam-tru.html': null,
  'thong-bao-luu-tru.html': '2.001159',
};
const LIST_PAGES = ['ho-so.html', 'xem-ho-so.html', 'tra-cuu-ho-so.html'];

const SELECT = {
  procedure: '#cboBPROC_TYPE_CODE',
  case: '#cboBPROC_CASE_CODE',
};
const LABEL = {
  submit: ['Nộp hồ sơ', 'Ghi và gửi hồ sơ', 'Gửi thông báo'],
};

/** Messages the portal shows when a filing does not go through (T2, T3, §6). */
const FAILURES = ['Gửi hồ sơ thất bại', 'Vui lòng chọn trường hợp và đính kèm thành phần hồ sơ', 'Thời hạn tạm trú không được nhỏ hơn ngày hiện tại', 'Vui lòng nhập đầy đủ các thông tin có dấu'];
/** The payment window did not open: its own outcome, so a commune can count how often filing breaks there. */
const PAYMENT = /\btrang thanh toan\b/;

function pageOf(url: URL): string | null {
  return url.pathname.startsWith(PAGE_PREFIX) ? url.pathname.slice(PAGE_PREFIX.length) : null;
}

/** The chosen option of a select, value and text: the portal's own codes and wording. */
function chosen(doc: Document, selector: string): { value: string; text: string } | null {
  const select = doc.querySelector<HTMLSelectElement>(selector);
  const option = select && select.selectedIndex >= 0 ? (select.options[select.selectedIndex] ?? null) : null;
  if (!select || !option || !option.value) return null;
  return { value: option.value, text: textOf(option, 200) };
}

/** The procedure of dang-ky-tam-tru.html: its select, else the TT parameter; ma_thu_tuc is not trusted there. */
function tamTruProcedure(url: URL, doc: Document): { code: string | null; source: CodeSource; name: string | null } {
  const picked = chosen(doc, SELECT.procedure);
  if (picked && BUSINESS_CODES[picked.value]) return { code: BUSINESS_CODES[picked.value]!, source: 'page', name: picked.text };
  const tt = url.searchParams.get('TT') ?? '';
  if (BUSINESS_CODES[tt]) return { code: BUSINESS_CODES[tt]!, source: 'route', name: url.searchParams.get('TT_NAME') || null };
  return { code: null, source: 'none', name: null };
}

/** The page's own title: its heading, or the form's caption block. */
function pageTitle(doc: Document): string | null {
  return firstShownHeading(doc, 'h1, h2, h3, .title-form, .panel-title');
}

/** select2 hides the real select and draws its own box right after it: that box is what a person sees. */
function select2Box(f: TypedField): TypedField {
  const box = f.node.tagName === 'SELECT' ? f.node.nextElementSibling : null;
  return box && box.classList.contains('select2') ? { ...f, node: box } : f;
}

function failures(doc: Document): { errors: number; payment: number } {
  let errors = 0;
  let payment = 0;
  for (const el of elementsLabelled(doc, FAILURES)) {
    if (!isShown(el)) continue;
    errors++;
    if (PAYMENT.test(normalize(textOf(el, 300)))) payment++;
  }
  return { errors, payment };
}

function read(url: URL, doc: Document): PageReading {
  const reading = emptyReading('cutru');
  const page = pageOf(url);
  if (!page) return reading;
  if (LIST_PAGES.includes(page)) return { ...reading, kind: 'dossier-tracking' };
  const form = doc.querySelector('form') ?? doc.body;
  const title = pageTitle(doc);
  let code: string | null;
  let source: CodeSource;
  let name: string | null;
  if (page in FORM_PAGES) {
    const fixed = FORM_PAGES[page];
    if (fixed) {
      const param = url.searchParams.get('ma_thu_tuc') ?? '';
      ({ code, source, name } = { code: fixed, source: isProcedureCode(param) && param === fixed ? 'route' : 'page', name: title });
    } else ({ code, source, name } = tamTruProcedure(url, doc));
  } else {
    // A form page the evidence does not show (the thường trú form): known only by its title.
    const byTitle = codeFromName(title);
    if (!byTitle) return reading;
    ({ code, source, name } = { code: byTitle, source: 'name', name: title });
  }
  // The F5 "Request Rejected" page, or a notice instead of the form: nothing to fill in.
  if (!doc.querySelector('input, select, textarea')) return { ...reading, procedureCode: code, codeSource: source, procedureName: name };

  const { errors, payment } = failures(doc);
  const slots = readUploadSlots(form, PAPER_HEADERS).filter((s) => isShown(s.input.closest('tr') ?? s.input));
  // Only rows whose name the portal printed: a row added with "+ Thêm mới" has a typed name, never read.
  const components = paperColumn(form, PAPER_HEADERS).map((c) => ({ title: c.text, group: null, node: c.row }));
  return {
    ...reading,
    kind: 'filing-form',
    procedureCode: code,
    codeSource: source,
    procedureName: name,
    fields: readFields(form, '.form-group, td, .col-md-6, .col-sm-6', true).map(select2Box),
    uploadSlots: slots,
    dossierComponents: components,
    submit: buttonLabelled(form, LABEL.submit),
    portalErrors: errors,
    paymentErrors: payment,
    portalCase: chosen(doc, SELECT.case)?.value ?? null,
  };
}

export const cutru: PortalAdapter = {
  id: 'cutru',
  ownsHost: (hostname) => hostname === CUTRU_HOST,
  read,
};

/* Test pages (replicas, tests/replicas/sites/bca.ts):
 * https://dichvucong.dancuquocgia.gov.vn/portal/p/home/dang-ky-tam-tru.html?ma_thu_tuc=1.004194&TT=TAMTRU_01&TT_NAME=...
 * https://dichvucong.dancuquocgia.gov.vn/portal/p/home/dang-ky-tam-tru.html?ma_thu_tuc=1.004194&TT=TAMTRU_06  (xóa: 1.010028)
 * https://dichvucong.dancuquocgia.gov.vn/portal/p/home/thong-bao-luu-tru.html?ma_thu_tuc=2.001159
 * https://dichvucong.dancuquocgia.gov.vn/portal/p/home/xem-ho-so.html?type=1
 */
