/** What an adapter can tell about a portal page, from its URL and DOM only. */

export type PortalId = 'dvcqg' | 'lienthong' | 'igate';

export type PageKind =
  | 'procedure-search'
  | 'procedure-detail'
  | 'login'
  | 'filing-form'
  | 'upload'
  | 'receipt'
  | 'other';

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
}

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
  };
}
