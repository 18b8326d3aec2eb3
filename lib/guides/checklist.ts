/** Papers to prepare, worded for people: pure, the translator is passed in. */
import type { Translate } from '../i18n/t';
import type { Localized, Paper } from './pack.schema';

export interface ChecklistEntry {
  id: string;
  name: string;
  form: string;
  notes: string | null;
  notNeeded: string | null;
}

export function localized(text: Localized, lang: string): string {
  return lang.startsWith('en') && text.en ? text.en : text.vi;
}

export function checklist(papers: readonly Paper[], answers: Record<string, boolean>, t: Translate, lang: string): ChecklistEntry[] {
  return papers
    .filter((p) => !p.when || answers[p.when.question] === undefined || answers[p.when.question] === p.when.is)
    .map((p) => ({
      id: p.id,
      name: localized(p.name, lang),
      form:
        // A count of 0 lists a paper that must not be asked for (an abolished book, a shared record).
        p.count === 0
          ? t('paperNotToSubmit')
          : p.form === 'present'
          ? t('paperPresent')
          : t(p.form === 'original' ? 'paperOriginal' : p.form === 'copy' ? 'paperCopy' : 'paperOriginalOrCopy', p.count),
      notes: p.notes ? localized(p.notes, lang) : null,
      notNeeded: p.notNeededIfShared ? t('paperNotNeeded', p.notNeededIfShared.database, p.notNeededIfShared.basis) : null,
    }));
}
