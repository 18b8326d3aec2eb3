/** Turns a page summary into the short lines the panel shows. Pure: the translator is passed in. */
import type { Translate } from '../i18n/t';
import type { PageKind, PageSummary, PortalId } from '../portals/types';

export interface PageDescription {
  portal: string;
  procedure: string;
  codeNote: string | null;
  kind: string;
  step: string | null;
  counts: string[];
  /** The service cards, one line each, told apart by their agency. */
  services: string[];
  /** One line for screen readers and the launcher title. */
  oneLine: string;
}

const KIND_KEY = {
  'procedure-search': 'kind_procedure_search',
  'procedure-detail': 'kind_procedure_detail',
  'service-list': 'kind_service_list',
  login: 'kind_login',
  'filing-form': 'kind_filing_form',
  upload: 'kind_upload',
  receipt: 'kind_receipt',
  'dossier-tracking': 'kind_dossier_tracking',
  payment: 'kind_payment',
  other: 'kind_other',
} as const satisfies Record<PageKind, string>;

const PORTAL_KEY = {
  dvcqg: 'portal_dvcqg',
  'dvcqg-2026': 'portal_dvcqg_2026',
  lienthong: 'portal_lienthong',
  moj: 'portal_moj',
  'moj-eform': 'portal_moj_eform',
  bca: 'portal_bca',
  cutru: 'portal_cutru',
} as const satisfies Record<Exclude<PortalId, 'igate' | 'igate1'>, string>;

/** The words for a kind of page ("Trang nộp hồ sơ"). */
export function kindLabel(kind: PageKind, t: Translate): string {
  return t(KIND_KEY[kind]);
}

export function describePage(s: PageSummary, host: string, t: Translate): PageDescription {
  const portal = s.portal === 'igate' || s.portal === 'igate1' ? t('portal_igate', host) : t(PORTAL_KEY[s.portal]);
  const name = s.procedureName ?? '';
  const procedure = s.procedureCode
    ? name
      ? `${name} (${s.procedureCode})`
      : s.procedureCode
    : name || t('procedureUnknown');
  const step = s.step
    ? s.step.index !== null && s.step.count !== null
      ? t('stepOf', s.step.index, s.step.count, s.step.title)
      : t('stepTitle', s.step.title)
    : null;
  const counts: string[] = [];
  if (s.dossierComponentCount) counts.push(t('countComponents', s.dossierComponentCount));
  if (s.fieldCount) counts.push(t('countFields', s.fieldCount));
  if (s.uploadSlotCount) counts.push(t('countUploads', s.uploadSlotCount));
  const services = s.services.map((c, i) => t('serviceCard', i + 1, c.name || t('procedureUnknown'), c.agency || '—'));
  const kind = t(KIND_KEY[s.kind]);
  const showsProcedure = s.kind !== 'procedure-search' && s.kind !== 'login';
  return {
    portal,
    procedure: showsProcedure ? procedure : '',
    codeNote: s.codeSource === 'name' ? t('codeFromName') : null,
    kind,
    step,
    counts,
    services,
    oneLine: [portal, showsProcedure ? procedure : null, kind].filter(Boolean).join(' · '),
  };
}
