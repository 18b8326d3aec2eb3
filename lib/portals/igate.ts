/**
 * VNPT iGate 2 ("digo") provincial portals, dichvucong.<province>.gov.vn: Angular SPA rendered after
 * load, path routes under a locale prefix, Mongo ObjectIds (never the national code) in URLs, an
 * Angular Material stepper with a Form.io eForm. Page knowledge from shared/portals/README.md §2
 * (S9–S15). Keyed on ARIA roles, Form.io's own classes and label text, not on generated ids.
 */
import { codeFromPageOrTitle } from './code';
import { isProvincialPortalHost } from './hosts';
import { buttonLabelled, firstShownHeading, PAPER_HEADERS, paperColumn, readUploadSlots, textOf } from './dom';
import { formioFields } from './formio';
import { emptyReading, type FilingStep, type PageKind, type PageReading, type PortalAdapter } from './types';

const ROUTES: { pattern: RegExp; kind: PageKind }[] = [
  { pattern: /^\/(?:vi|en)\/procedure\/detail\/[0-9a-f]{24}\/?$/, kind: 'procedure-detail' },
  { pattern: /^\/(?:vi|en)\/padsvc\/apply-online\/[0-9a-f]{24}\/?$/, kind: 'filing-form' },
  { pattern: /^\/(?:vi|en)\/procedure\/search\/?$/, kind: 'procedure-search' },
];

const LABEL = {
  code: 'Mã thủ tục',
  /** Provinces word the dossier table's header differently; others are found by the table's structure. */
  componentName: PAPER_HEADERS,
  submit: ['Nộp hồ sơ', 'Gửi hồ sơ', 'Thanh toán'],
};
/** The one submit control of the filing form: it alone submits the captcha form [S9]. */
const SUBMIT = '[form="captchaForm"]';
const EFORM = '.formio-form';

/** Angular marks its root component with ng-version, whatever the root's tag name. */
const ANGULAR_ROOT = '[ng-version]';

/** Angular Material stepper: role=tab headers controlling role=tabpanel contents. */
function stepper(doc: Document): { step: FilingStep; panel: Element | null; last: boolean } | null {
  const tabs = Array.from(doc.querySelectorAll('[role=tablist] [role=tab][aria-controls]'));
  const panels = tabs.map((t) => doc.getElementById(t.getAttribute('aria-controls') ?? ''));
  if (tabs.length < 2 || panels.some((p) => !p)) return null;
  const current = tabs.findIndex((t) => t.getAttribute('aria-selected') === 'true');
  if (current < 0) return null;
  return {
    // The header holds the step number's icon before the label: "1 Thông tin hồ sơ".
    step: { index: current + 1, count: tabs.length, title: textOf(tabs[current], 120).replace(/^\d+\s*/, '') },
    panel: panels[current] ?? null,
    last: current === tabs.length - 1,
  };
}

function read(url: URL, doc: Document): PageReading {
  const reading = emptyReading('igate');
  const route = ROUTES.find((r) => r.pattern.test(url.pathname));
  if (!route) return reading;
  // An error or maintenance page at an app route has no Angular app: not a page we know.
  const app = doc.querySelector(ANGULAR_ROOT);
  if (!app) return reading;
  reading.kind = route.kind;
  if (route.kind === 'procedure-search') return reading;

  const name = firstShownHeading(app);
  const { code, source } = codeFromPageOrTitle(doc, LABEL.code, name);
  const components = paperColumn(doc, LABEL.componentName).map((c) => ({ title: c.text, group: null, node: c.row }));
  const base: PageReading = { ...reading, procedureName: name, procedureCode: code, codeSource: source, dossierComponents: components };
  if (route.kind === 'procedure-detail') {
    return { ...base, submit: buttonLabelled(doc, ['Nộp hồ sơ trực tuyến', ...LABEL.submit]) };
  }

  const steps = stepper(doc);
  const slots = readUploadSlots(doc, LABEL.componentName);
  let kind: PageKind = 'filing-form';
  if (steps?.panel) {
    const panel = steps.panel;
    // The result panel is the last step and has no buttons at all [S9].
    if (steps.last && !panel.querySelector('button')) kind = 'receipt';
    else if (slots.some((s) => panel.contains(s.input)) || paperColumn(panel, LABEL.componentName).length) kind = 'upload';
  }
  const eform = doc.querySelector(EFORM);
  const submit = doc.querySelector(SUBMIT) ?? buttonLabelled(doc, LABEL.submit, false);
  return {
    ...base,
    kind,
    step: steps?.step ?? null,
    fields: eform ? formioFields(eform) : [],
    uploadSlots: slots,
    submit: kind === 'receipt' ? null : submit,
  };
}

export const igate: PortalAdapter = {
  id: 'igate',
  ownsHost: isProvincialPortalHost,
  read,
  // fileman upload and padman submit (shared/portals/README.md §2.3, S11, S12).
  requests: { upload: /^\/fi\/file\/--multiple\/?$/, submit: /^\/pa\/dossier\/--apply-online\/?$/ },
};



/* Test pages (replicas, tests/replicas):
 * https://dichvucong.quangngai.gov.vn/vi/procedure/detail/6215fc5acfa6484e420b67d8
 * https://dichvucong.quangngai.gov.vn/vi/padsvc/apply-online/6215fc5acfa6484e420b67d8  (steps 1–4)
 * https://dichvucong.quangngai.gov.vn/vi/padsvc/home                                   (no panel)
 */
