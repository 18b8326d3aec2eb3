/**
 * Previewing a draft: the pack it makes with placeholders for details not written yet (a draft is
 * worth trying before it has a code, a name or sources), checked by the same schema. The page's
 * content script runs it like any pack, found under this storage key through the background.
 */
import type { PackResult } from '../guides/pack';
import { isProcedureCode } from '../text/procedure-code';
import { draftToPack, type Draft } from './draft';


export function previewPack(draft: Draft, pageCode: string | null, today = new Date().toISOString().slice(0, 10)): PackResult {
  const code = isProcedureCode(draft.procedureCode.trim()) ? draft.procedureCode.trim() : (pageCode ?? '1.000000');
  return draftToPack(
    {
      ...draft,
      procedureCode: code,
      title: { vi: draft.title.vi.trim() || 'Bản nháp', en: draft.title.en },
      sources: draft.sources.length ? draft.sources : [{ kind: 'other', title: 'Bản nháp chưa ghi nguồn' }],
    },
    today,
  );
}
