/**
 * The Ministry of Justice's declaration e-form, tokhaidientu.moj.gov.vn/e-form/<uuid>, which the
 * civil-status wizard shows in an iframe at its step "Kê khai thông tin". Page knowledge from
 * shared/portals/filing-portals-2026.md §2 (T8): fields are custom elements (x-input, x-date,
 * x-radio, x-select, x-select-area …) carrying a name; no <label for> ties a caption to a field,
 * the caption is the text just before the element; blocks render only once their branch is
 * ticked. Values are never read.
 */
import { firstShownHeading, isShown } from './dom';
import { emptyReading, type FieldKind, type PageReading, type PortalAdapter, type TypedField } from './types';

export const MOJ_EFORM_HOST = 'tokhaidientu.moj.gov.vn';

/** The e-form's field elements and what kind of field each is (T8). */
const FIELD_TAGS: Record<string, FieldKind> = {
  'x-input': 'text',
  'x-input-number': 'number',
  'x-date': 'date',
  'x-date-text': 'date',
  'x-radio': 'radio',
  'x-select': 'select',
  'x-select-default': 'select',
  // Country, province, commune and a free-text address: typed like an address field.
  'x-select-area': 'text',
};
const SELECTOR = Object.keys(FIELD_TAGS).map((t) => `${t}[name]`).join(', ');

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The caption: the nearest text before the element, at its level or up to four levels above (T8). */
export function captionOf(el: Element): string {
  let node: Element | null = el;
  for (let up = 0; up < 4 && node; up++, node = node.parentElement) {
    for (let sib = node.previousSibling; sib; sib = sib.previousSibling) {
      // A field of its own before it is no caption of this one.
      if (sib instanceof Element && (sib.matches(SELECTOR) || sib.querySelector(SELECTOR))) return '';
      const text = clean(sib.textContent);
      if (text.length > 1 && text.length <= 160) return text;
    }
  }
  return '';
}

function read(url: URL, doc: Document): PageReading {
  const reading = emptyReading('moj-eform');
  if (!/^\/e-form\/[0-9a-f-]{36}\/?$/i.test(url.pathname)) return reading;
  const elements = Array.from(doc.querySelectorAll(SELECTOR)).filter((el) => isShown(el));
  // The definition arrives after the frame loads: before that, nothing to tell.
  if (!elements.length) return reading;
  const fields: TypedField[] = elements.map((el) => {
    const caption = captionOf(el);
    return {
      label: caption.replace(/\s*\(?\*\)?\s*$/, '').replace(/:\s*$/, ''),
      // The form's own name (as a SurveyJS question name is on the national portal): for keys, never shown.
      key: el.getAttribute('name'),
      kind: FIELD_TAGS[el.tagName.toLowerCase()]!,
      required: /\*\)?\s*$/.test(caption) || el.hasAttribute('required'),
      readonly: Boolean(el.querySelector('input[disabled], input[readonly]')) && !el.querySelector('input:not([disabled]):not([readonly])'),
      node: el,
    };
  });
  return { ...reading, kind: 'filing-form', procedureName: firstShownHeading(doc, 'h1, h2, h3'), fields };
}

export const mojEform: PortalAdapter = {
  id: 'moj-eform',
  ownsHost: (hostname) => hostname === MOJ_EFORM_HOST,
  read,
};

