/**
 * DOM reading helpers shared by the adapters. Generic mechanics only (tables found by header
 * text, fields by their labels); the words and selectors they are called with live in each adapter.
 */
import { normalize, startsWithLabel, tidy } from '../text/normalize';
import { findProcedureCode } from '../text/procedure-code';
import type { FieldKind, TypedField, UploadSlot } from './types';

/**
 * Text of an element, tidied and bounded: a page may hold megabytes of text, and a row's parent may
 * be the whole page, so the text is gathered node by node and the walk stops once it is long enough
 * (textContent would build the whole string first).
 */
export function textOf(el: Element | null | undefined, max = 2000): string {
  if (!el) return '';
  const limit = max * 4;
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let raw = '';
  for (let n = walker.nextNode(); n && raw.length < limit; n = walker.nextNode()) raw += n.nodeValue ?? '';
  return tidy(raw.length > limit ? raw.slice(0, limit) : raw).slice(0, max);
}

/**
 * Whether a person can see the element. The signals SPAs use to park inactive steps (hidden
 * attribute, a collapsed tabpanel) are checked first, then the browser's own visibility answer.
 */
export function isShown(el: Element): boolean {
  for (let n: Element | null = el; n; n = n.parentElement) {
    if (n.hasAttribute('hidden') || n.tagName === 'TEMPLATE') return false;
    if (n.getAttribute('role') === 'tabpanel' && n.getAttribute('aria-expanded') === 'false') return false;
    const style = (n as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  const withCheck = el as Element & { checkVisibility?: (o?: object) => boolean };
  return typeof withCheck.checkVisibility === 'function' ? withCheck.checkVisibility({ visibilityProperty: true }) : true;
}

const letterFolds = new Map<string, string>();
/** First letter folded the way normalize() folds it, without folding the whole text (folds kept: a page has few distinct letters). */
function foldedFirstLetter(text: string): string {
  const match = /\S/.exec(text);
  if (!match) return '';
  const first = match[0];
  let folded = letterFolds.get(first);
  if (folded === undefined) letterFolds.set(first, (folded = normalize(first).charAt(0)));
  return folded;
}

/**
 * Elements whose own leading text reads as `label` (e.g. "Mã thủ tục:"), folded. This runs over
 * every text of large pages on each reading, so texts are screened by length and by the first
 * letter of the element's first text (which is where its own text starts) before anything is folded.
 */
export function elementsLabelled(root: ParentNode, label: string | readonly string[]): Element[] {
  // Several labels (a portal's failure messages) are looked for in one walk of the page.
  const labels = typeof label === 'string' ? [label] : label;
  const out: Element[] = [];
  const maxLength = Math.max(...labels.map((l) => l.length)) * 2 + 40;
  const firsts = new Set(labels.map(foldedFirstLetter));
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  const seen = new Set<Element>();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = n.nodeValue ?? '';
    if (data.length > maxLength * 2) continue;
    const letter = foldedFirstLetter(data);
    if (!letter) continue;
    const el = n.parentElement;
    if (!el || seen.has(el)) continue;
    seen.add(el);
    if (!firsts.has(letter)) continue;
    const own = ownText(el);
    if (own && own.length <= maxLength && labels.some((l) => own.length <= l.length * 2 + 40 && startsWithLabel(own, l))) out.push(el);
  }
  return out;
}

/** The text directly inside an element (not its children's), tidied. */
export function ownText(el: Element): string {
  let s = '';
  for (const n of Array.from(el.childNodes)) if (n.nodeType === 3) s += n.textContent;
  return tidy(s);
}

/**
 * The national code printed next to a label ("Mã thủ tục"), read from the label's row: the label's
 * next sibling, or up to two ancestors, as long as the text stays row-sized.
 */
export function codeNearLabel(root: ParentNode, label: string): string | null {
  for (const el of elementsLabelled(root, label)) {
    const own = findProcedureCode(textOf(el, 200));
    if (own) return own;
    const next = el.nextElementSibling;
    const fromNext = next ? findProcedureCode(textOf(next, 200)) : null;
    if (fromNext) return fromNext;
    let n: Element | null = el;
    for (let i = 0; i < 2 && n; i++) {
      n = n.parentElement;
      const t = n ? textOf(n, 400) : '';
      if (t.length >= 400) break;
      const code = findProcedureCode(t);
      if (code) return code;
    }
  }
  return null;
}

/** Cell text of one column in every table whose header row names that column (folded match). */
export function tableColumn(root: ParentNode, header: string): { text: string; row: Element; table: Element }[] {
  const out: { text: string; row: Element; table: Element }[] = [];
  const want = normalize(header);
  const tables: Element[] = Array.from(root.querySelectorAll('table'));
  if ((root as Element).tagName === 'TABLE') tables.unshift(root as Element);
  for (const table of tables) {
    const headRow = table.querySelector('thead tr') ?? table.querySelector('tr');
    if (!headRow) continue;
    const heads = Array.from(headRow.children);
    const col = heads.findIndex((h) => normalize(h.textContent ?? '') === want);
    if (col < 0) continue;
    for (const row of Array.from(table.querySelectorAll('tbody tr'))) {
      if (row === headRow || row.closest('table') !== table) continue;
      const cell = row.children[col];
      const text = textOf(cell, 600);
      if (text) out.push({ text, row, table });
    }
  }
  return out;
}

/** Controls a paper row offers beside the paper's name: a file input, or the portal's own upload button. */
const ROW_CONTROLS = 'input, select, textarea, button, [role=button]';
const UPLOAD_WORDS = /\b(tai len|chon tep|chon file|dinh kem|upload)\b/;

function rowHasUpload(row: Element): boolean {
  if (row.querySelector('input[type=file]')) return true;
  return Array.from(row.querySelectorAll('button, [role=button], a')).some((b) => UPLOAD_WORDS.test(normalize(textOf(b, 60))));
}

/** How portals head the dossier table's paper column (iGate 2 provinces, iGate 1, the residence forms). */
export const PAPER_HEADERS = ['Tên giấy tờ', 'Giấy tờ', 'Tên thành phần hồ sơ', 'Thành phần hồ sơ'] as const;

/**
 * The column of a dossier table that names the papers. Provinces word its header differently
 * ("Tên giấy tờ", "Giấy tờ", "Tên thành phần hồ sơ"), so a header among `headers` is taken first;
 * failing that, a table whose rows carry an upload control is read by its structure: the column
 * whose cells hold text and no control, most often and with the longest text (the paper's name
 * beside the upload control, never the number, the copy kind picker or the file column).
 */
export function paperColumn(root: ParentNode, headers: readonly string[]): { text: string; row: Element; table: Element }[] {
  const out: { text: string; row: Element; table: Element }[] = [];
  const wanted = headers.map(normalize);
  const tables: Element[] = Array.from(root.querySelectorAll('table'));
  if ((root as Element).tagName === 'TABLE') tables.unshift(root as Element);
  for (const table of tables) {
    const headRow = table.querySelector('thead tr') ?? table.querySelector('tr');
    if (!headRow) continue;
    const rows = Array.from(table.querySelectorAll('tbody tr')).filter((r) => r !== headRow && r.closest('table') === table);
    let col = Array.from(headRow.children).findIndex((h) => wanted.includes(normalize(textOf(h, 120))));
    if (col < 0) {
      if (!rows.some(rowHasUpload)) continue;
      const score = new Map<number, { n: number; chars: number }>();
      for (const row of rows) {
        Array.from(row.children).forEach((cell, i) => {
          if (cell.querySelector(ROW_CONTROLS)) return;
          const t = textOf(cell, 600);
          if (!/\p{L}{2}/u.test(t)) return;
          const s = score.get(i) ?? { n: 0, chars: 0 };
          score.set(i, { n: s.n + 1, chars: s.chars + t.length });
        });
      }
      const best = [...score.entries()].sort((a, b) => b[1].n - a[1].n || b[1].chars - a[1].chars)[0];
      if (!best) continue;
      col = best[0];
    }
    for (const row of rows) {
      const text = textOf(row.children[col], 600);
      if (text) out.push({ text, row, table });
    }
  }
  return out;
}

const INPUT_KIND: Record<string, FieldKind> = {
  text: 'text',
  search: 'text',
  date: 'date',
  'datetime-local': 'date',
  checkbox: 'checkbox',
  radio: 'radio',
  email: 'email',
  tel: 'tel',
  number: 'number',
};

const DATE_HINT = /\bdd mm\b|\bmm yyyy\b/;
/** A required label ends in "*", or "(*)" on the older server-rendered forms. */
const REQUIRED_MARK = /\s*(?:\*|\(\*\))\s*$/;

/**
 * Screen-reader-only text inside a label: Form.io 4 adds ", numeric only," to the label of every
 * number and phone field (templates/bootstrap/label/form.ejs), which is not the label's words.
 */
const SCREEN_READER_ONLY = '.sr-only, .visually-hidden';

/** A label's own words as a person reads them: without its screen-reader-only additions. */
export function labelText(label: Element | null | undefined, max = 200): string {
  if (!label) return '';
  if (!label.querySelector(SCREEN_READER_ONLY)) return textOf(label, max);
  const copy = label.cloneNode(true) as Element;
  for (const extra of Array.from(copy.querySelectorAll(SCREEN_READER_ONLY))) extra.remove();
  return textOf(copy, max);
}

/** The visible label of a form control: <label for>, wrapping label, aria, or the wrapper's label. */
export function labelOf(control: Element, wrapperTags: string): string {
  const html = control as HTMLInputElement;
  const viaFor = html.labels && html.labels.length ? labelText(html.labels[0], 200) : '';
  if (viaFor) return viaFor;
  const aria = control.getAttribute('aria-label');
  if (aria) return tidy(aria);
  const by = control.getAttribute('aria-labelledby');
  if (by) {
    const t = by
      .split(/\s+/)
      .map((id) => textOf(control.ownerDocument.getElementById(id), 200))
      .join(' ');
    if (t.trim()) return tidy(t);
  }
  const wrapping = control.closest('label');
  if (wrapping) return labelText(wrapping, 200);
  const wrapper = control.closest(wrapperTags);
  const lab = wrapper?.querySelector('label');
  if (lab) return labelText(lab, 200);
  return '';
}

/**
 * Typed fields of a form: label and shape only, never values. `wrapperTags` names the element
 * that pairs a label with its control on this portal (Form.io component, Angular app-input...).
 */
export function readFields(root: ParentNode, wrapperTags: string, onlyShown: boolean): TypedField[] {
  const out: TypedField[] = [];
  const controls = root.querySelectorAll(
    'input:not([type=hidden]):not([type=file]):not([type=submit]):not([type=button]), select, textarea, [role=combobox][formcontrolname], ng-select, mat-select',
  );
  const seenRadio = new Set<string>();
  for (const el of Array.from(controls)) {
    // ng-select carries an inner <input role=combobox>; count the component once.
    if (el.tagName === 'INPUT' && el.closest('ng-select, mat-select')) continue;
    if (onlyShown && !isShown(el)) continue;
    const kind = fieldKind(el);
    const key = el.getAttribute('name') ?? el.getAttribute('formcontrolname');
    if (kind === 'radio') {
      const group = key ?? '';
      if (seenRadio.has(group)) continue;
      seenRadio.add(group);
    }
    let label = labelOf(el, wrapperTags);
    if (kind === 'radio') {
      const wrapper = el.closest(wrapperTags);
      const lab = wrapper?.querySelector('label');
      if (lab && !lab.contains(el)) label = labelText(lab, 200);
    }
    const labelEl = el.closest(wrapperTags)?.querySelector('label');
    const required =
      el.hasAttribute('required') ||
      el.getAttribute('aria-required') === 'true' ||
      !!labelEl?.className.match(/required/) ||
      !!el.closest(wrapperTags)?.className.match(/\brequired\b/) ||
      REQUIRED_MARK.test(label);
    out.push({
      label: label.replace(REQUIRED_MARK, ''),
      key,
      kind,
      required,
      readonly: el.hasAttribute('readonly') || el.hasAttribute('disabled'),
      node: el,
    });
  }
  return out;
}

function fieldKind(el: Element): FieldKind {
  const tag = el.tagName.toLowerCase();
  if (tag === 'select' || tag === 'ng-select' || tag === 'mat-select' || el.getAttribute('role') === 'combobox') return 'select';
  if (tag === 'textarea') return 'textarea';
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  const kind = INPUT_KIND[type] ?? 'text';
  if (kind === 'text' && DATE_HINT.test(normalize(el.getAttribute('placeholder') ?? ''))) return 'date';
  return kind;
}

const MB_LIMIT = /(?:toi da|khong qua|max)\s*(\d+(?:[.,]\d+)?)\s*(mb|kb)/;

/**
 * Upload slots: each file input, labelled by the table row it sits in (the dossier component), or
 * by its own label. `nameHeader` is the header of the component-name column on this portal (a list:
 * any of those headers, else the column found by the table's structure, see paperColumn).
 */
export function readUploadSlots(root: ParentNode, nameHeader: string | readonly string[]): UploadSlot[] {
  const names = new Map<Element, string>();
  for (const c of typeof nameHeader === 'string' ? tableColumn(root, nameHeader) : paperColumn(root, nameHeader)) names.set(c.row, c.text);
  const out: UploadSlot[] = [];
  for (const input of Array.from(root.querySelectorAll<HTMLInputElement>('input[type=file]'))) {
    const row = input.closest('tr');
    const label = (row && names.get(row)) || labelOf(input, 'div') || '';
    const context = normalize(row ? textOf(row, 400) : label);
    const limit = MB_LIMIT.exec(context);
    out.push({
      label,
      accept: (input.getAttribute('accept') ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      multiple: input.multiple,
      maxBytes: limit ? Math.round(parseFloat(limit[1]!.replace(',', '.')) * (limit[2] === 'mb' ? 1048576 : 1024)) : null,
      input,
    });
  }
  return out;
}

/** The text of the first shown heading matching `selector` that has any (a procedure's name, usually). */
export function firstShownHeading(root: ParentNode, selector = 'h1, h2'): string | null {
  for (const h of Array.from(root.querySelectorAll(selector))) {
    const t = textOf(h, 400);
    if (t && isShown(h)) return t;
  }
  return null;
}

/** The first button/link whose visible label is one of `labels` (folded), optionally only shown ones. */
export function buttonLabelled(root: ParentNode, labels: readonly string[], onlyShown = true): Element | null {
  const wanted = labels.map(normalize);
  for (const el of Array.from(root.querySelectorAll('button, a, [role=button], input[type=submit]'))) {
    const text = normalize(el.tagName === 'INPUT' ? (el as HTMLInputElement).value : textOf(el, 100));
    if (wanted.includes(text) && (!onlyShown || isShown(el))) return el;
  }
  return null;
}

