/**
 * Cổng dịch vụ công liên thông (lienthong.dichvucong.gov.vn): Angular, hash routes, every filing
 * step on one URL. Page knowledge from shared/portals/README.md §1.3–1.4 (S9, S10): route
 * "#/ke-khai/<code>", fields by formcontrolname inside app-input wrappers, the same id="next"
 * button on every step whose label turns into "Hoàn thành" on the last one, and a receipt that
 * says "Vui lòng ghi nhớ các thông tin…" / "Số hồ sơ" but never "thành công".
 */
import { nameFromCode } from '../procedures/procedure-list';
import { buttonLabelled, codeNearLabel, elementsLabelled, firstShownHeading, isShown, readFields, readUploadSlots, tableColumn, textOf } from './dom';
import { emptyReading, type FilingStep, type PageKind, type PageReading, type PortalAdapter } from './types';

const HOST = 'lienthong.dichvucong.gov.vn';
const FILING_ROUTE = /^#\/ke-khai\/([1-3]\.\d{6})(?:[/?].*)?$/;

const LABEL = {
  code: 'Mã thủ tục',
  componentName: 'Tên giấy tờ',
  receipt: 'Vui lòng ghi nhớ các thông tin',
  finish: ['Hoàn thành'],
};
const FIELD_WRAPPER = 'app-input';

function stepOf(form: Element): FilingStep | null {
  // The step list is an ordered list with one current item.
  for (const list of Array.from(form.ownerDocument.querySelectorAll('ol, ul'))) {
    const items = Array.from(list.children).filter((c) => c.tagName === 'LI');
    if (items.length < 2) continue;
    const current = items.findIndex((li) => li.classList.contains('active') || li.getAttribute('aria-current') === 'step');
    if (current >= 0) return { index: current + 1, count: items.length, title: textOf(items[current], 120) };
  }
  const heading = Array.from(form.querySelectorAll('h3, h4, legend')).find(isShown);
  return heading ? { index: null, count: null, title: textOf(heading, 120) } : null;
}

function read(url: URL, doc: Document): PageReading {
  const reading = emptyReading('lienthong');
  const route = FILING_ROUTE.exec(url.hash);
  if (!route) return reading;
  const routeCode = route[1]!;
  const shownCode = codeNearLabel(doc, LABEL.code);
  const form = doc.querySelector('form');
  // Headings count only once the app has rendered its form; before that (or on an error page) the
  // bundled list names the route's procedure.
  const name = (form ? firstShownHeading(doc) : null) ?? nameFromCode(shownCode ?? routeCode);
  const base: PageReading = {
    ...reading,
    kind: 'filing-form',
    procedureCode: shownCode ?? routeCode,
    codeSource: shownCode ? 'page' : 'route',
    procedureName: name,
  };
  if (!form) return base;
  const receipt = elementsLabelled(form, LABEL.receipt).some(isShown);
  const slots = readUploadSlots(form, LABEL.componentName);
  let kind: PageKind = 'filing-form';
  if (receipt) kind = 'receipt';
  else if (slots.some((s) => isShown(s.input) || isShown(s.input.parentElement ?? s.input))) kind = 'upload';
  return {
    ...base,
    kind,
    step: receipt ? null : stepOf(form),
    dossierComponents: tableColumn(form, LABEL.componentName).map((c) => ({ title: c.text, group: null, node: c.row })),
    fields: readFields(form, FIELD_WRAPPER, false),
    uploadSlots: slots,
    submit: receipt ? null : buttonLabelled(form, LABEL.finish),
  };
}

export const lienthong: PortalAdapter = {
  id: 'lienthong',
  ownsHost: (hostname) => hostname === HOST,
  read,
};

/* Test pages (replicas, tests/replicas):
 * https://lienthong.dichvucong.gov.vn/#/ke-khai/2.000986  (steps 1–5, upload step 4, receipt)
 * https://lienthong.dichvucong.gov.vn/#/trang-chu           (not a filing page: no panel)
 */
