/**
 * The one line that names a page (portal · procedure · kind): the launcher's words, apart from the
 * panel's fuller description (describe.ts) so the resident part carries only these. Pure.
 */
import type { Translate } from '../i18n/t';
import type { PageKind, PageSummary, PortalId } from '../portals/types';

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

export function portalName(s: PageSummary, host: string, t: Translate): string {
  return s.portal === 'igate' || s.portal === 'igate1' ? t('portal_igate', host) : t(PORTAL_KEY[s.portal]);
}

export function procedureName(s: PageSummary, t: Translate): string {
  const name = s.procedureName ?? '';
  return s.procedureCode ? (name ? `${name} (${s.procedureCode})` : s.procedureCode) : name || t('procedureUnknown');
}

/** A search or sign-in page is about no one procedure. */
export function showsProcedure(kind: PageKind): boolean {
  return kind !== 'procedure-search' && kind !== 'login';
}

/** The launcher's one line alone (portal · procedure · kind), with only the words it needs. */
export function oneLineOf(s: PageSummary, host: string, t: Translate): string {
  return [portalName(s, host, t), showsProcedure(s.kind) ? procedureName(s, t) : null, kindLabel(s.kind, t)].filter(Boolean).join(' · ');
}
