import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addStep } from '../../../lib/authoring/draft';
import { allDrafts, currentDraft, currentOrNewDraft, onDraftChanged, removeDraft, saveDraft } from '../../../lib/authoring/draft-store';

describe('drafts in extension storage', () => {
  beforeEach(() => fakeBrowser.reset());

  test('a new draft becomes current and survives a reload (storage read again)', async () => {
    const d = await currentOrNewDraft(1000, '1.001193');
    const edited = addStep(d, { portal: 'igate', text: { vi: 'Bấm **Tiếp tục**.' }, action: 'click', advance: 'target-clicked' }, 2000).draft;
    expect(await saveDraft(edited)).toEqual({ ok: true });
    expect(await currentDraft()).toEqual(edited);
    expect((await currentOrNewDraft(3000)).id).toBe(d.id);
    expect(await allDrafts()).toHaveLength(1);
  });

  test('a full disk: the save says so in a way the panel can word, and the stored draft stays as it was', async () => {
    const d = await currentOrNewDraft(1000);
    const original = fakeBrowser.storage.local.set;
    fakeBrowser.storage.local.set = () => Promise.reject(new Error('QuotaExceededError: quota exceeded'));
    try {
      expect(await saveDraft({ ...d, updatedAt: 5, title: { vi: 'Mới', en: '' } })).toEqual({ ok: false, reason: 'full' });
    } finally {
      fakeBrowser.storage.local.set = original;
    }
    expect((await currentDraft())?.title.vi).toBe('');
  });

  test('another page changing the draft is followed; deleting the current draft clears it; junk in storage is ignored', async () => {
    const d = await currentOrNewDraft(1000);
    const seen: (string | null)[] = [];
    const stop = onDraftChanged(() => d.id, (x) => seen.push(x?.title.vi ?? null));
    await saveDraft({ ...d, updatedAt: 2000, title: { vi: 'Đăng ký khai sinh', en: '' } });
    stop();
    expect(seen).toEqual(['Đăng ký khai sinh']);
    await fakeBrowser.storage.local.set({ authoringDrafts: { [d.id]: (await allDrafts())[0], bad: { id: 7 } } });
    expect(await allDrafts()).toHaveLength(1);
    await removeDraft(d.id);
    expect(await currentDraft()).toBeNull();
    expect(await allDrafts()).toEqual([]);
  });
});
