import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addStep } from '../../../lib/authoring/draft';
import { allDrafts, currentDraft, currentOrNewDraft, migrateDraftsFromStorage, onDraftChanged, removeDraft, saveDraft } from '../../../lib/authoring/draft-store';
import { closeLocalDb, localDb } from '../../../lib/storage/local-db';

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('drafts in the extension\'s IndexedDB', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await closeLocalDb();
    indexedDB = new IDBFactory();
  });

  test('a new draft becomes current and survives a reload (database opened again)', async () => {
    const d = await currentOrNewDraft(1000, '1.001193');
    const edited = addStep(d, { portal: 'igate', text: { vi: 'Bấm **Tiếp tục**.' }, action: 'click', advance: 'target-clicked' }, 2000).draft;
    expect(await saveDraft(edited)).toEqual({ ok: true });
    await closeLocalDb();
    expect(await currentDraft()).toEqual(edited);
    expect((await currentOrNewDraft(3000)).id).toBe(d.id);
    expect(await allDrafts()).toHaveLength(1);
  });

  test('a full disk: the save says so in a way the panel can word, and the stored draft stays as it was', async () => {
    const d = await currentOrNewDraft(1000);
    const db = await localDb();
    const original = db.put.bind(db);
    db.put = (() => Promise.reject(new DOMException('quota exceeded', 'QuotaExceededError'))) as typeof db.put;
    try {
      expect(await saveDraft({ ...d, updatedAt: 5, title: { vi: 'Mới', en: '' } })).toEqual({ ok: false, reason: 'full' });
    } finally {
      db.put = original;
    }
    expect((await currentDraft())?.title.vi).toBe('');
  });

  test('another page saving the draft is followed; deleting the current draft clears it', async () => {
    const d = await currentOrNewDraft(1000);
    const seen: (string | null)[] = [];
    const stop = onDraftChanged(() => d.id, (x) => seen.push(x?.title.vi ?? null));
    await saveDraft({ ...d, updatedAt: 2000, title: { vi: 'Đăng ký khai sinh', en: '' } });
    await settle();
    stop();
    expect(seen).toEqual(['Đăng ký khai sinh']);
    await removeDraft(d.id);
    expect(await currentDraft()).toBeNull();
    expect(await allDrafts()).toEqual([]);
  });

  test('drafts an older version kept in storage.local move into the database once; junk is left out', async () => {
    const d = { id: 'nhap-1', updatedAt: 1, procedureCode: '1.001193', title: { vi: 'A', en: '' }, papers: [], sources: [], questions: [], steps: [] };
    await fakeBrowser.storage.local.set({ authoringDrafts: { [d.id]: d, bad: { id: 7 } }, authoringCurrent: d.id });
    expect(await migrateDraftsFromStorage(fakeBrowser.storage.local)).toBe(1);
    expect((await currentDraft())?.id).toBe('nhap-1');
    expect(await fakeBrowser.storage.local.get(['authoringDrafts', 'authoringCurrent'])).toEqual({});
  });
});
