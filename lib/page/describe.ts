/** Turns a page summary into the short lines the panel shows. Pure: the translator is passed in. */
import type { Translate } from '../i18n/t';
import type { PageSummary } from '../portals/types';
import { kindLabel, oneLineOf, portalName, procedureName, showsProcedure } from './one-line';

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

export function describePage(s: PageSummary, host: string, t: Translate): PageDescription {
  const portal = portalName(s, host, t);
  const procedure = procedureName(s, t);
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
  return {
    portal,
    procedure: showsProcedure(s.kind) ? procedure : '',
    codeNote: s.codeSource === 'name' ? t('codeFromName') : null,
    kind: kindLabel(s.kind, t),
    step,
    counts,
    services,
    oneLine: oneLineOf(s, host, t),
  };
}
