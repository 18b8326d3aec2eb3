/** What an adapter can tell about a portal page, from its URL and DOM only. */

/**
 * The portals we read. 'dvcqg' is the national portal's legacy server-rendered pages (since March
 * 2026 only on vpcp.dichvucong.gov.vn); 'dvcqg-2026' is its React app on dichvucong.gov.vn. 'moj' is
 * the Ministry of Justice's civil-status wizard, 'moj-eform' its declaration form in an iframe. 'bca' is
 * the Ministry of Public Security's catalogue and entry, 'cutru' its residence forms, 'igate1' the
 * older VNPT iGate 1 wizard some provinces still run.
 */
export const PORTAL_IDS = ['dvcqg', 'dvcqg-2026', 'lienthong', 'igate', 'moj', 'moj-eform', 'bca', 'cutru', 'igate1'] as const;
export type PortalId = (typeof PORTAL_IDS)[number];

export function isPortalId(value: unknown): value is PortalId {
  return typeof value === 'string' && (PORTAL_IDS as readonly string[]).includes(value);
}

/**
 * Page kinds. 'service-list' is where one picks the agency's service card ("Danh sách dịch vụ
 * công"), 'dossier-tracking' where one looks a filed dossier up, 'payment' where fees are paid.
 */
export const PAGE_KINDS = [
  'procedure-search',
  'procedure-detail',
  'service-list',
  'login',
  'filing-form',
  'upload',
  'receipt',
  'dossier-tracking',
  'payment',
  'other',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** Where the procedure code came from: read on the page, or resolved from the name. */
export type CodeSource = 'page' | 'route' | 'name' | 'none';

export interface FilingStep {
  /** 1-based position in the portal's stepper, when the portal shows one. */
  index: number | null;
  count: number | null;
  title: string;
}

export interface DossierComponent {
  title: string;
  /** The group the portal files it under, e.g. "Giấy tờ phải nộp", "Giấy tờ phải xuất trình". */
  group: string | null;
  node: Element;
}

export type FieldKind = 'text' | 'date' | 'select' | 'checkbox' | 'radio' | 'textarea' | 'email' | 'tel' | 'number';

/** A typed field: its label and shape only. Values are never read. */
export interface TypedField {
  label: string;
  key: string | null;
  kind: FieldKind;
  required: boolean;
  readonly: boolean;
  node: Element;
}

export interface UploadSlot {
  /** The dossier component the slot belongs to (row label), or the input's own label. */
  label: string;
  accept: string[];
  multiple: boolean;
  /** Limit the page states in bytes, when it states one. */
  maxBytes: number | null;
  input: HTMLInputElement;
  /** The row to point at, when the portal's rows share one input (the national portal's /nop-ho-so). */
  row?: Element;
  /** The row's own upload button, which opens the shared input for this row. */
  trigger?: Element;
}

/** A service card of the national portal's "Danh sách dịch vụ công": same-named cards differ by agency. */
export interface ServiceCard {
  name: string;
  agency: string;
  /** Its "Nộp trực tuyến" button. */
  button: Element;
  node: Element;
}

export interface PageReading {
  portal: PortalId;
  kind: PageKind;
  procedureCode: string | null;
  codeSource: CodeSource;
  procedureName: string | null;
  step: FilingStep | null;
  dossierComponents: DossierComponent[];
  fields: TypedField[];
  uploadSlots: UploadSlot[];
  submit: Element | null;
  serviceCards: ServiceCard[];
  /** Error messages (toasts) the portal shows now: a new one after a submit click is a failed attempt. */
  portalErrors: number;
  /** Of those, the ones saying the payment window could not be reached (the residence forms). */
  paymentErrors: number;
  /** The portal's own code of the case chosen on the page (e.g. "TAT-XOA-14"), when it has a case select. */
  portalCase: string | null;
}

export interface PortalAdapter {
  readonly id: PortalId;
  /** Does this adapter own pages on this host? (host list lives in hosts.ts) */
  ownsHost(hostname: string): boolean;
  /** Never throws: an unrecognised or half-rendered page gives kind "other" and empty lists. */
  read(url: URL, doc: Document): PageReading;
  /** The portal's own upload and submit endpoints (URL paths), where published evidence names them. */
  readonly requests?: { upload?: RegExp; submit?: RegExp };
}

/** The plain, serialisable part of a reading: what crosses messaging and what the panel shows. */
export interface PageSummary {
  portal: PortalId;
  kind: PageKind;
  procedureCode: string | null;
  codeSource: CodeSource;
  procedureName: string | null;
  step: { index: number | null; count: number | null; title: string } | null;
  dossierComponentCount: number;
  fieldCount: number;
  uploadSlotCount: number;
  hasSubmit: boolean;
  /** Error messages (toasts) the portal shows now. */
  portalErrors: number;
  /** The portal's own code of the case chosen on the page (a new case is a new reading). */
  portalCase: string | null;
  /** The service cards, named by their agency (a few words of the portal's own). */
  services: { name: string; agency: string }[];
}

/** At most this many cards are summarised (a list page may hold many). */
export const MAX_SUMMARY_SERVICES = 12;

/** A portal's own case code (its case select's value): never free text. */
export const PORTAL_CASE = /^[A-Za-z0-9_-]{1,40}$/;

export function summarize(r: PageReading): PageSummary {
  return {
    portal: r.portal,
    kind: r.kind,
    procedureCode: r.procedureCode,
    codeSource: r.codeSource,
    procedureName: r.procedureName,
    step: r.step ? { ...r.step } : null,
    dossierComponentCount: r.dossierComponents.length,
    fieldCount: r.fields.length,
    uploadSlotCount: r.uploadSlots.length,
    hasSubmit: r.submit !== null,
    portalErrors: r.portalErrors,
    // Only a code-shaped value: the case select holds the portal's codes, never typed text.
    portalCase: r.portalCase && PORTAL_CASE.test(r.portalCase) ? r.portalCase : null,
    services: r.serviceCards.slice(0, MAX_SUMMARY_SERVICES).map((c) => ({ name: c.name.slice(0, 200), agency: c.agency.slice(0, 200) })),
  };
}

export function emptyReading(portal: PortalId): PageReading {
  return {
    portal,
    kind: 'other',
    procedureCode: null,
    codeSource: 'none',
    procedureName: null,
    step: null,
    dossierComponents: [],
    fields: [],
    uploadSlots: [],
    submit: null,
    serviceCards: [],
    portalErrors: 0,
    paymentErrors: 0,
    portalCase: null,
  };
}
