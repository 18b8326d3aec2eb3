import { describe, expect, test } from 'vitest';
import { checklist } from '../../../lib/guides/checklist';
import type { Paper } from '../../../lib/guides/pack.schema';

const t = ((key: string, ...subs: (string | number)[]) => [key, ...subs].join(' ')) as never;

describe('papers checklist', () => {
  const papers: Paper[] = [
    { id: 'to-khai', name: { vi: 'Tờ khai', en: 'Form' }, form: 'original', count: 1 },
    { id: 'cccd', name: { vi: 'Thẻ căn cước' }, form: 'present', count: 1 },
    { id: 'so-ho-khau', name: { vi: 'Sổ hộ khẩu' }, form: 'copy', count: 0, notNeededIfShared: { database: 'CSDL dân cư', basis: 'Nghị định số 104/2022/NĐ-CP' } },
    { id: 'ly-hon', name: { vi: 'Quyết định ly hôn' }, form: 'copy', count: 1, when: { question: 'da-ly-hon', is: true } },
  ];

  test('form and count per paper; a count of 0 reads "not to be handed in"; conditions follow the answers', () => {
    const unanswered = checklist(papers, {}, t, 'vi');
    expect(unanswered.map((p) => [p.id, p.form])).toEqual([
      ['to-khai', 'paperOriginal 1'],
      ['cccd', 'paperPresent'],
      ['so-ho-khau', 'paperNotToSubmit'],
      ['ly-hon', 'paperCopy 1'],
    ]);
    expect(unanswered[2]!.notNeeded).toBe('paperNotNeeded CSDL dân cư Nghị định số 104/2022/NĐ-CP');
    expect(checklist(papers, { 'da-ly-hon': false }, t, 'vi').map((p) => p.id)).not.toContain('ly-hon');
    expect(checklist(papers, {}, t, 'en')[0]!.name).toBe('Form');
    expect(checklist(papers, {}, t, 'en')[1]!.name).toBe('Thẻ căn cước');
  });
});
