/**
 * The national portal since March 2026 (dichvucong.gov.vn): a React app rendered client side into
 * an empty #root, moving by pushState, with UUIDs and never a procedure code in its URLs, and its
 * own one-page SurveyJS filing form /nop-ho-so. Page knowledge from shared/portals/dvcqg-2026.md
 * (sources A1–A10, B1–B7). Keyed on route paths, visible label text, ARIA roles, SurveyJS's own
 * classes and data-name attributes, and react-toastify's classes: never on the app's build classes
 * (Tailwind utilities, hashed names), which change with each release.
 */
import { normalize, tidy } from '../text/normalize';
import { codeFromPageOrTitle } from './code';
import { buttonLabelled, elementsLabelled, firstShownHeading, isShown, tableColumn, textOf } from './dom';
import { emptyReading, type DossierComponent, type FieldKind, type PageKind, type PageReading, type PortalAdapter, type ServiceCard, type TypedField, type UploadSlot } from './types';

const APP_HOST = 'dichvucong.gov.vn';
/** VNeID sign-in (S16): its page kind only; nothing on it is ever read. */
const SIGN_IN_HOST = 'sso.dancuquocgia.gov.vn';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const DETAIL_ROUTE = new RegExp(`^/thu-tuc-hanh-chinh/${UUID}/?$`, 'i');

const LABEL = {
  code: 'Mã thủ tục',
  components: 'Thành phần hồ sơ',
  componentName: ['Tên giấy tờ', 'Tên thành phần hồ sơ'],
  agencyCard: 'Chọn cơ quan thực hiện',
  serviceList: 'Danh sách dịch vụ công',
  agency: 'Cơ quan thực hiện',
  fileOnline: ['Nộp trực tuyến'],
  /** The agency card's confirm button reads either (A2, B6). */
  agencyConfirm: ['Nộp hồ sơ', 'Đồng ý'],
  submit: ['Lưu và nộp hồ sơ'],
  receiptMethod: 'Hình thức nhận kết quả',
  tracking: 'Tra cứu hồ sơ',
  payment: 'Thông tin thanh toán',
  /** The pickers' placeholders (A1, A2): the words a picker is known by, before and after a choice. */
  province: 'Tỉnh/ Thành phố',
  ward: 'Phường/ Xã',
  department: 'Sở',
};

/** The upload row's own button (A4); its title is the portal's wording, not a build class. */
const UPLOAD_BUTTON = 'button[title="Tải lên file"]';
/** SurveyJS's own markup (A4, A5, A9): library class names, stable across the portal's builds. */
const SURVEY_ROOT = '.sd-root-modern';
const SURVEY_QUESTION = '.sd-question[data-name]';
/** react-toastify's error toast (A6). Toasts vanish within seconds, so each reading looks again. */
const ERROR_TOAST = '.Toastify__toast--error, .Toastify [role=alert]';

/**
 * What the receipt after "Lưu và nộp hồ sơ" shows. No public source shows that screen (A6: "the
 * receipt DOM was not found"), so these words are a setting, not evidence: a shown dossier-code
 * label on /nop-ho-so once the form is gone. Change them here when the screen is seen.
 */
export const DVCQG_2026_RECEIPT = {
  codeLabels: ['Mã hồ sơ', 'Số hồ sơ'],
  texts: ['Nộp hồ sơ thành công', 'Gửi hồ sơ thành công'],
};

/** A question's name without its form-version suffix: "citizenNDK_HoVaTen__1761724625529" → "citizenNDK_HoVaTen" (A4). */
export function questionKey(dataName: string): string {
  return dataName.replace(/__\d+$/, '');
}

function appRoot(doc: Document): Element | null {
  const root = doc.getElementById('root');
  return root && root.firstElementChild ? root : null;
}

function headingNamed(root: ParentNode, label: string): Element | null {
  const want = normalize(label);
  return Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, [role=heading]')).find((h) => normalize(textOf(h, 200)) === want && isShown(h)) ?? null;
}

/** The code printed on the page, else the exact title in the bundled list (twins stay apart). */
const procedureCode = (root: ParentNode, name: string | null) => codeFromPageOrTitle(root, LABEL.code, name);

function componentRows(root: ParentNode): DossierComponent[] {
  const out: DossierComponent[] = [];
  for (const header of LABEL.componentName) {
    for (const cell of tableColumn(root, header)) {
      if (!isShown(cell.row)) continue;
      const caption = cell.table.querySelector('caption');
      out.push({ title: cell.text, group: caption ? tidy(caption.textContent) || null : null, node: cell.row });
    }
    if (out.length) break;
  }
  return out;
}

/** The card "Chọn cơ quan thực hiện": the smallest shown block that holds its title and a confirm button. */
function agencyCard(root: Element): Element | null {
  const title = elementsLabelled(root, LABEL.agencyCard).find(isShown);
  for (let n = title?.parentElement ?? null; n && n !== root.parentElement; n = n.parentElement) {
    if (buttonLabelled(n, LABEL.agencyConfirm)) return n;
  }
  return null;
}

/**
 * The card's pickers, by what they say: a listbox button shows its placeholder until a choice is
 * made; then React swaps it for an input holding the chosen name (A2), which is the person's choice
 * and never read. A chosen picker keeps the place of the one it replaced, so it is named by order.
 */
function agencyPickers(card: Element): TypedField[] {
  const controls = Array.from(card.querySelectorAll('button[aria-haspopup="listbox"], input:not([type=radio]):not([type=checkbox]):not([type=hidden]), [role=combobox]')).filter(isShown);
  const departmentChosen = Array.from(card.querySelectorAll<HTMLInputElement>('input[type=radio]')).some((r) => r.checked && normalize(labelText(r)) === normalize(LABEL.department));
  const order = [LABEL.province, departmentChosen ? LABEL.department : LABEL.ward];
  return controls.slice(0, 2).map((node, i) => {
    const own = node.tagName === 'BUTTON' ? placeholderLabel(textOf(node, 120)) : null;
    return { label: own ?? order[i]!, key: null, kind: 'select', required: true, readonly: false, node };
  });
}

function labelText(input: HTMLInputElement): string {
  return input.labels?.[0] ? textOf(input.labels[0], 80) : textOf(input.parentElement, 80);
}

/** "-- Chọn Tỉnh/ Thành phố --" → "Tỉnh/ Thành phố". */
function placeholderLabel(text: string): string | null {
  const m = /^-*\s*Chọn\s+(.+?)\s*-*$/i.exec(text);
  return m ? tidy(m[1]) : null;
}

/** The service cards under "Danh sách dịch vụ công": same-named cards are told apart by their agency (A10). */
function serviceCards(root: Element): ServiceCard[] {
  const out: ServiceCard[] = [];
  const seen = new Set<Element>();
  const agencyLabels = elementsLabelled(root, LABEL.agency);
  const fileOnline = LABEL.fileOnline.map(normalize);
  for (const button of Array.from(root.querySelectorAll('button, a, [role=button]'))) {
    if (!fileOnline.includes(normalize(textOf(button, 60))) || !isShown(button)) continue;
    // The card: the nearest ancestor that holds an agency label.
    let card: Element | null = button.parentElement;
    let label: Element | undefined;
    while (card && card !== root && !(label = agencyLabels.find((l) => card!.contains(l)))) card = card.parentElement;
    if (!card || card === root || !label || seen.has(card)) continue;
    seen.add(card);
    // "Cơ quan thực hiện: <agency>": the line's text after the label's own.
    const line = textOf(label.parentElement ?? label, 300);
    const own = textOf(label, 100);
    const agency = tidy(line.slice(line.indexOf(own) + own.length).replace(/^\s*:/, ''));
    out.push({ name: firstShownHeading(card, 'h1, h2, h3, h4, h5, h6, [role=heading]') ?? '', agency, button, node: card });
  }
  return out;
}

function surveyFieldKind(q: Element): FieldKind {
  if (q.querySelector('.sd-dropdown, select, [role=combobox]')) return 'select';
  if (q.querySelector('textarea')) return 'textarea';
  if (q.querySelector('input[type=checkbox]')) return 'checkbox';
  if (q.querySelector('input[type=radio]')) return 'radio';
  const input = q.querySelector('input');
  const type = input?.getAttribute('type') ?? 'text';
  if (type === 'date' || /dd\s*\/\s*mm|mm\s*\/\s*yyyy/i.test(input?.getAttribute('placeholder') ?? '')) return 'date';
  if (type === 'email' || type === 'tel' || type === 'number') return type;
  return 'text';
}

/** SurveyJS questions: label, name prefix and shape; values never. Locked ones (prefilled from VNeID or the population database) are flagged. */
function surveyFields(form: Element): TypedField[] {
  const out: TypedField[] = [];
  for (const q of Array.from(form.querySelectorAll(SURVEY_QUESTION))) {
    // Panels are questions too in SurveyJS; only leaves with a control count.
    if (q.querySelector(SURVEY_QUESTION)) continue;
    const control = q.querySelector('input:not([type=hidden]):not([type=file]), textarea, select, .sd-dropdown, [role=combobox]');
    if (!control) continue;
    const title = q.querySelector('.sd-question__title');
    const label = tidy(textOf(title, 300).replace(/\*\s*$/, '').replace(/^\d+\.\s*/, ''));
    out.push({
      label,
      key: questionKey(q.getAttribute('data-name') ?? ''),
      kind: surveyFieldKind(q),
      required: q.classList.contains('sd-question--required') || q.getAttribute('aria-required') === 'true' || !!title?.querySelector('.sd-question__required-text'),
      readonly: q.classList.contains('sd-question--readonly') || q.classList.contains('sd-question--disabled') || control.hasAttribute('readonly') || control.hasAttribute('disabled') || control.getAttribute('aria-readonly') === 'true',
      node: control,
    });
  }
  return out;
}

/** "Hình thức nhận kết quả": a custom picker (A6) found by its label and the picker control after it. */
function receiptMethodField(root: Element): TypedField | null {
  for (const label of elementsLabelled(root, LABEL.receiptMethod)) {
    if (!isShown(label)) continue;
    for (let block: Element | null = label.parentElement, i = 0; block && i < 3; block = block.parentElement, i++) {
      const control = block.querySelector('button[aria-haspopup], [role=combobox], select');
      if (control && isShown(control)) return { label: LABEL.receiptMethod, key: null, kind: 'select', required: true, readonly: false, node: control };
    }
  }
  return null;
}

/** Upload rows: each has its own "Tải lên file" button; all share one file input (A4). */
function uploadRows(root: Element, components: DossierComponent[]): UploadSlot[] {
  const input = Array.from(root.ownerDocument.querySelectorAll<HTMLInputElement>('input[type=file]'))[0];
  if (!input) return [];
  const out: UploadSlot[] = [];
  for (const c of components) {
    const button = c.node.querySelector(UPLOAD_BUTTON);
    if (!button || !isShown(button)) continue;
    out.push({
      label: c.title,
      accept: (input.getAttribute('accept') ?? '').split(',').map((s) => s.trim()).filter(Boolean),
      multiple: input.multiple,
      // Not published (B7 marks the limits "CHƯA xác thực").
      maxBytes: null,
      input,
      row: c.node,
      trigger: button,
    });
  }
  return out;
}

/** How many error toasts are shown: a new one is a new refusal, even while an older one still shows. */
function errorToastsShown(doc: Document): number {
  return Math.min(Array.from(doc.querySelectorAll(ERROR_TOAST)).filter(isShown).length, 20);
}

function receiptShown(root: Element): boolean {
  const code = elementsLabelled(root, DVCQG_2026_RECEIPT.codeLabels).some(isShown);
  const text = elementsLabelled(root, DVCQG_2026_RECEIPT.texts).some(isShown);
  return code && text;
}

function readFilingPage(root: Element, doc: Document, reading: PageReading): PageReading {
  // The app renders the form twice on narrow screens (the mobile copy): only the shown copy counts.
  const form = Array.from(doc.querySelectorAll(SURVEY_ROOT)).find(isShown);
  const name = firstShownHeading(root);
  const { code, source } = procedureCode(root, name);
  const base: PageReading = { ...reading, procedureName: name, procedureCode: code, codeSource: source, portalErrors: errorToastsShown(doc) };
  if (!form) {
    // The receipt replaces the form. An error toast never makes one (it leaves the form in place and
    // the recorder counts it as a failed attempt); an older toast still fading out does not hide one.
    if (receiptShown(root)) return { ...base, kind: 'receipt' };
    // The app answers 200 for any id (B5): an unknown one says so in a heading.
    if (Array.from(root.querySelectorAll('h1, h2, h3')).some((h) => /không tồn tại$/i.test(textOf(h, 200)))) return { ...base, kind: 'other' };
    // Still rendering (the form comes late, after its definition loads): the filing page, not usable yet.
    return { ...base, kind: 'filing-form' };
  }
  const components = componentRows(root);
  const receiptMethod = receiptMethodField(root);
  return {
    ...base,
    kind: 'filing-form',
    dossierComponents: components,
    fields: [...surveyFields(form), ...(receiptMethod ? [receiptMethod] : [])],
    uploadSlots: uploadRows(root, components),
    submit: buttonLabelled(root, LABEL.submit),
  };
}

function routeKind(url: URL): PageKind {
  const path = url.pathname.replace(/\/+$/, '') || '/';
  if (DETAIL_ROUTE.test(url.pathname)) return 'procedure-detail';
  if (path === '/tim-kiem-thu-tuc-hanh-chinh') return url.searchParams.get('formalityId') ? 'service-list' : 'procedure-search';
  if (path === '/dvc-ket-qua-thu-tuc' || path === '/tra-cuu-thu-tuc/danh-sach') return 'procedure-search';
  if (path === '/nop-ho-so') return 'filing-form';
  if (path === '/tra-cuu-ho-so') return 'dossier-tracking';
  if (path === '/thanh-toan-truc-tuyen') return 'payment';
  return 'other';
}

function read(url: URL, doc: Document): PageReading {
  const reading = emptyReading('dvcqg-2026');
  if (url.hostname === SIGN_IN_HOST) return { ...reading, kind: 'login' };
  const kind = routeKind(url);
  // Every URL answers 200 (B5): an unknown path, a "không tồn tại" page or the WAF's challenge is
  // only known by what it lacks, so each kind needs its own landmark before it counts.
  const root = appRoot(doc);
  if (kind === 'other' || !root) return reading;
  switch (kind) {
    case 'procedure-search':
      return headingNamed(root, 'Kết quả tìm kiếm') || root.querySelector('a[href*="/thu-tuc-hanh-chinh/"]') ? { ...reading, kind } : reading;
    case 'procedure-detail': {
      const components = headingNamed(root, LABEL.components);
      const card = agencyCard(root);
      if (!components && !card) return reading;
      const name = firstShownHeading(root, 'h1');
      const { code, source } = procedureCode(root, name);
      return {
        ...reading,
        kind,
        procedureName: name,
        procedureCode: code,
        codeSource: source,
        dossierComponents: componentRows(root),
        fields: card ? agencyPickers(card) : [],
        submit: card ? buttonLabelled(card, LABEL.agencyConfirm) : null,
      };
    }
    case 'service-list': {
      if (!headingNamed(root, LABEL.serviceList)) return reading;
      const cards = serviceCards(root);
      // The cards are the procedure's services: their common name is the procedure's, when they share one.
      const names = new Set(cards.map((c) => normalize(c.name)).filter(Boolean));
      const name = names.size === 1 ? cards[0]!.name : null;
      const { code, source } = procedureCode(root, name);
      return { ...reading, kind, procedureName: name, procedureCode: code, codeSource: source, serviceCards: cards };
    }
    case 'filing-form':
      return readFilingPage(root, doc, reading);
    case 'dossier-tracking':
      return headingNamed(root, LABEL.tracking) ? { ...reading, kind } : reading;
    case 'payment':
      return headingNamed(root, LABEL.payment) ? { ...reading, kind } : reading;
    default:
      return reading;
  }
}

export const dvcqg2026: PortalAdapter = {
  id: 'dvcqg-2026',
  ownsHost: (hostname) => hostname === APP_HOST || hostname === SIGN_IN_HOST,
  read,
  // No public source names the upload or the submit request of /nop-ho-so (dvcqg-2026.md §1.5
  // lists the catalogue and detail calls only): the recorder's fallbacks apply (an upload is the
  // first POST after files were chosen; a submit is timed from the click to the portal's answer).
};

/* Test pages (replicas, tests/replicas/sites/dvcqg-2026.ts):
 * https://dichvucong.gov.vn/thu-tuc-hanh-chinh/<uuid>
 * https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?formalityId=<uuid>&province=…&ward=…
 * https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=<uuid>
 * https://sso.dancuquocgia.gov.vn/auth?response_type=code&client_id=sso-c12-dvc-web&redirect_uri=…
 */
