/**
 * The Ministry of Justice civil-status portal, dichvucongnganhtuphap.moj.gov.vn: a React wizard
 * (shadcn/ui, Tailwind classes that change per build) where the national portal's "Nộp trực tuyến"
 * cards hand many hộ tịch filings over. Page knowledge from shared/portals/filing-portals-2026.md §2
 * (T7, T9): the "Thông tin chung" dialog, a four-step header whose current step is the first one
 * still showing its number, the identity block prefilled from VNeID, "Nơi cấp" as a React Select,
 * the attachment tables, toasts for errors and for success. Keyed on label text, ARIA roles and the
 * step titles; never on generated ids or build classes. Values are never read: the identity block
 * gives its labels (from our own list), never the text beside them.
 */
import { codeFromName } from '../procedures/procedure-list';
import { normalize } from '../text/normalize';
import { buttonLabelled, firstShownHeading, isShown, labelOf, readFields, readUploadSlots, tableColumn, textOf } from './dom';
import { emptyReading, type FilingStep, type PageKind, type PageReading, type PortalAdapter, type TypedField, type UploadSlot } from './types';

export const MOJ_HOST = 'dichvucongnganhtuphap.moj.gov.vn';

export const MOJ_STEPS = ['Thông tin chủ hồ sơ', 'Kê khai thông tin', 'Thành phần hồ sơ', 'Thông tin nhận kết quả'] as const;

const LABEL = {
  dialog: 'Thông tin chung',
  subject: 'Đối tượng thực hiện',
  identity: 'Thông tin định danh',
  /** Step 3's table, and the authorised branch's one-row table on step 1. */
  componentName: 'Tên thành phần hồ sơ',
  authorisationName: 'Tên hồ sơ',
  chooseFile: 'Chọn tệp đính kèm',
  submit: ['Gửi hồ sơ'],
};
/** What VNeID prefills in "Thông tin định danh" (T7): shown as text beside these labels. */
const IDENTITY_LABELS = ['Họ và tên', 'Số giấy tờ', 'Ngày tháng năm sinh', 'Giới tính', 'Quốc tịch', 'Loại giấy tờ', 'Địa chỉ chi tiết'];
const SUCCESS = /\bthanh cong\b/;

const ROUTES: { pattern: RegExp; kind: PageKind }[] = [
  { pattern: /^\/nop-ho-so\/\d+\/?$/, kind: 'filing-form' },
  { pattern: /^\/nop-ho-so\/\d+\/xem\/?$/, kind: 'dossier-tracking' },
  { pattern: /^\/ho-so-cua-toi\/?$/, kind: 'dossier-tracking' },
  { pattern: /^\/tra-cuu-tinh-trang-ho-so\/?$/, kind: 'dossier-tracking' },
  { pattern: /^\/danh-sach-thu-tuc\/?$/, kind: 'service-list' },
];

/**
 * The code of the form URL (maThuTuc; MaTTHC on the older list), kept only when the page's title
 * names that same procedure: a title the bundled list gives another code wins, and a title it does
 * not know (kết hôn có yếu tố nước ngoài, which has no code here) gives none rather than a wrong one.
 */
export function mojCode(url: URL, title: string | null): { code: string | null; source: PageReading['codeSource'] } {
  const fromUrl = url.searchParams.get('maThuTuc') ?? url.searchParams.get('MaTTHC');
  const byName = codeFromName(title);
  if (byName) return { code: byName, source: byName === fromUrl ? 'route' : 'name' };
  return { code: null, source: 'none' };
}

/** Leaf elements with at most `max` characters of text: labels and titles, never a page-long text. */
function shortLeaves(root: ParentNode, selector: string, max: number): Element[] {
  return Array.from(root.querySelectorAll(selector)).filter((el) => !el.children.length && (el.textContent ?? '').length <= max);
}

/** A step's box never holds much text: growing stops there (a huge page must stay cheap to read). */
const STEP_BOX_CHARS = 200;

/** Each step title's own box in the header: the smallest element holding that title and no other. */
function stepperSteps(doc: Document): { title: string; done: boolean; numbered: boolean }[] | null {
  const wanted = MOJ_STEPS.map(normalize);
  const leaves = shortLeaves(doc, 'li, span, div, p, button', 60).filter((el) => wanted.includes(normalize(el.textContent ?? '')) && isShown(el));
  if (leaves.length < MOJ_STEPS.length) return null;
  const steps = MOJ_STEPS.map((title, i) => {
    const leaf = leaves.find((l) => normalize(l.textContent ?? '') === wanted[i]);
    if (!leaf) return null;
    let box: Element = leaf;
    // Grow to the step's own box: up while the parent holds this title alone.
    while (box.parentElement && (box.parentElement.textContent ?? '').length <= STEP_BOX_CHARS && wanted.filter((w) => normalize(box.parentElement!.textContent ?? '').includes(w)).length === 1) box = box.parentElement;
    const marker = (box.textContent ?? '').replace(leaf.textContent ?? '', '').trim();
    return { title, done: /[✓✔]/.test(marker), numbered: /^\d+$/.test(marker) };
  });
  return steps.every(Boolean) ? (steps as { title: string; done: boolean; numbered: boolean }[]) : null;
}

/** Labels beside a control that has no <label for> of its own (React Select's input, say). */
function itemLabel(control: Element): string {
  const own = labelOf(control, 'label');
  if (own) return own;
  let box = control.parentElement;
  for (let up = 0; up < 6 && box; up++, box = box.parentElement) {
    const labels = box.querySelectorAll('label');
    if (labels.length === 1) return textOf(labels[0]!, 200);
    if (labels.length > 1) break;
  }
  return '';
}

/**
 * React Select ("Nơi cấp"): its input stays empty whatever is chosen (T7); the choice shows in the
 * control beside it. The field is the control, so a guide sees the choice being made.
 */
function reactSelect(f: TypedField): TypedField {
  if (f.node.tagName !== 'INPUT' || f.node.getAttribute('aria-autocomplete') !== 'list') return f;
  const control = f.node.closest('[class*="control"]');
  return control ? { ...f, kind: 'select', node: control } : f;
}

function identityFields(doc: Document): TypedField[] {
  const heading = shortLeaves(doc, 'h2, h3, h4, p, div, span', 60).find((el) => normalize(el.textContent ?? '') === normalize(LABEL.identity) && isShown(el));
  if (!heading) return [];
  // The block: the heading's nearest ancestor that holds some of the identity labels.
  let block: Element | null = heading.parentElement;
  const wanted = IDENTITY_LABELS.map(normalize);
  const leavesIn = (root: Element) => shortLeaves(root, 'p, span, div, dt, label', 60).filter((el) => wanted.includes(normalize(el.textContent ?? '')));
  for (let up = 0; up < 4 && block && !leavesIn(block).length; up++) block = block.parentElement;
  if (!block) return [];
  return leavesIn(block)
    .filter((leaf) => !(leaf.tagName === 'LABEL' && (leaf as HTMLLabelElement).control))
    .map((leaf) => ({
      // Our own word for the label, never the text beside it (the person's data).
      label: IDENTITY_LABELS[wanted.indexOf(normalize(leaf.textContent ?? ''))]!,
      key: null,
      kind: 'text' as const,
      required: false,
      readonly: true,
      node: leaf.parentElement ?? leaf,
    }));
}

function withTriggers(slots: UploadSlot[]): UploadSlot[] {
  return slots.map((s) => {
    const row = s.input.closest('tr');
    const trigger = row ? buttonLabelled(row, [LABEL.chooseFile], false) : null;
    return { ...s, ...(row ? { row } : {}), ...(trigger ? { trigger } : {}) };
  });
}

/** Toasts and alerts the portal shows now: errors, and the success one. */
function toasts(doc: Document): { errors: number; success: boolean } {
  let errors = 0;
  let success = false;
  for (const el of Array.from(doc.querySelectorAll('[role=alert], [role=status]'))) {
    if (!isShown(el)) continue;
    const text = normalize(textOf(el, 300));
    if (!text) continue;
    if (SUCCESS.test(text)) success = true;
    else if (el.getAttribute('role') === 'alert') errors += 1;
  }
  return { errors, success };
}

function read(url: URL, doc: Document): PageReading {
  const reading = emptyReading('moj');
  const route = ROUTES.find((r) => r.pattern.test(url.pathname));
  if (!route) return reading;
  const title = firstShownHeading(doc, 'h1');
  const { code, source } = mojCode(url, title);
  const base: PageReading = { ...reading, kind: route.kind, procedureName: title, procedureCode: code, codeSource: source };
  if (route.kind !== 'filing-form') return base;
  // The app renders into an empty shell: nothing to tell before the wizard is there.
  if (!title) return { ...base, kind: 'other' };

  const { errors, success } = toasts(doc);
  const dialog = Array.from(doc.querySelectorAll('[role=dialog]')).find((d) => isShown(d) && normalize(textOf(d, 400)).includes(normalize(LABEL.dialog)));
  if (dialog) {
    const fields = Array.from(dialog.querySelectorAll('button[role=combobox], [role=combobox]')).map((c) => ({
      label: itemLabel(c) || LABEL.subject,
      key: null,
      kind: 'select' as const,
      required: true,
      readonly: false,
      node: c,
    }));
    return { ...base, step: { index: null, count: MOJ_STEPS.length, title: LABEL.dialog }, fields, portalErrors: errors };
  }

  const steps = stepperSteps(doc);
  if (!steps) return { ...base, portalErrors: errors };
  const current = steps.findIndex((s) => s.numbered);
  if (success || current < 0) {
    // Every step ticked, or the success toast: the dossier was sent (its code is never read).
    return { ...base, kind: 'receipt', step: { index: MOJ_STEPS.length, count: MOJ_STEPS.length, title: MOJ_STEPS[MOJ_STEPS.length - 1]! }, portalErrors: errors };
  }
  const step: FilingStep = { index: current + 1, count: MOJ_STEPS.length, title: MOJ_STEPS[current]! };
  const main = doc.querySelector('main') ?? doc.body;
  const shownFields = readFields(main, 'label', true).map((f) => (f.label ? f : { ...f, label: itemLabel(f.node).replace(/\s*\*\s*$/, '') })).map(reactSelect);
  const fields = shownFields.map((f) => ({ ...f, required: f.required || /\*\s*$/.test(itemLabel(f.node)) }));
  const shownSlots = withTriggers(readUploadSlots(main, current === 2 ? LABEL.componentName : LABEL.authorisationName)).filter((s) => s.row && isShown(s.row));
  const components = current === 2 ? tableColumn(main, LABEL.componentName).filter((c) => isShown(c.row)).map((c) => ({ title: c.text.replace(/\s*\*\s*$/, ''), group: null, node: c.row })) : [];
  const switches = Array.from(main.querySelectorAll('[role=switch]')).filter(isShown).map((sw) => ({
    label: textOf(sw.parentElement, 200),
    key: null,
    kind: 'checkbox' as const,
    required: false,
    readonly: false,
    node: sw,
  }));
  return {
    ...base,
    kind: current === 2 ? 'upload' : 'filing-form',
    step,
    fields: current === 0 ? [...identityFields(doc), ...fields] : [...fields, ...switches],
    uploadSlots: shownSlots.map((s) => ({ ...s, label: s.label.replace(/\s*\*\s*$/, '') })),
    dossierComponents: components,
    submit: current === 3 ? buttonLabelled(main, LABEL.submit) : null,
    portalErrors: errors,
  };
}

export const moj: PortalAdapter = {
  id: 'moj',
  ownsHost: (hostname) => hostname === MOJ_HOST,
  read,
};

/* Test pages (replicas, tests/replicas/sites/moj.ts):
 * https://dichvucongnganhtuphap.moj.gov.vn/nop-ho-so/2041?vneid=1&tinhThanhId=51&maThuTuc=1.000894&MaDVC=1.000894.01
 * https://dichvucongnganhtuphap.moj.gov.vn/nop-ho-so/2042?vneid=1&tinhThanhId=51   (kết hôn có yếu tố nước ngoài)
 * https://dichvucongnganhtuphap.moj.gov.vn/ho-so-cua-toi
 */
