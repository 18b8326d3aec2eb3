/** Turns a page summary into the short lines the panel shows. Pure: the translator is passed in. */
import type { Translate } from '../i18n/t';
import type { PageKind, PageSummary } from '../portals/types';

export interface PageDescription {
  portal: string;
  procedure: string;
  codeNote: string | null;
  kind: string;
  step: string | null;
  counts: string[];
  /** One line for screen readers and the launcher title. */
  oneLine: string;
}

const KIND_KEY = {
  'procedure-search': 'kind_procedure_search',
  'procedure-detail': 'kind_procedure_detail',
  login: 'kind_login',
  'filing-form': 'kind_filing_form',
  upload: 'kind_upload',
  receipt: 'kind_receipt',
  other: 'kind_other',
} as const satisfies Record<PageKind, string>;

/** The words for a kind of page ("Trang nộp hồ sơ"). */
export function kindLabel(kind: PageKind, t: Translate): string {
  return t(KIND_KEY[kind]);
}

export function describePage(s: PageSummary, host: string, t: Translate): PageDescription {
  const portal = s.portal === 'igate' ? t('portal_igate', host) : t(s.portal === 'dvcqg' ? 'portal_dvcqg' : 'portal_lienthong');
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
  const kind = t(KIND_KEY[s.kind]);
  const showsProcedure = s.kind !== 'procedure-search' && s.kind !== 'login';
  return {
    portal,
    procedure: showsProcedure ? procedure : '',
    codeNote: s.codeSource === 'name' ? t('codeFromName') : null,
    kind,
    step,
    counts,
    oneLine: [portal, showsProcedure ? procedure : null, kind].filter(Boolean).join(' · '),
  };
}
