/**
 * Drafts live in extension storage (local): every edit is saved at once, so a reload, a portal
 * redirect or a browser restart loses nothing. The panel on the portal and the metadata page read
 * and write the same record and follow each other through storage change events.
 */
import { browser } from 'wxt/browser';
import { newDraft, newDraftId, type Draft } from './draft';

const DRAFTS_KEY = 'authoringDrafts';
const CURRENT_KEY = 'authoringCurrent';

export type SaveResult = { ok: true } | { ok: false; reason: 'full' | 'other' };

function isDraft(v: unknown): v is Draft {
  const d = v as Draft;
  return Boolean(d && typeof d.id === 'string' && typeof d.procedureCode === 'string' && d.title && Array.isArray(d.steps) && Array.isArray(d.papers) && Array.isArray(d.sources));
}

export async function allDrafts(): Promise<Draft[]> {
  const stored = (await browser.storage.local.get(DRAFTS_KEY))[DRAFTS_KEY];
  const list = stored && typeof stored === 'object' ? Object.values(stored as Record<string, unknown>).filter(isDraft) : [];
  return list.map((d) => ({ ...d, questions: Array.isArray(d.questions) ? d.questions : [] })).sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function saveDraft(draft: Draft): Promise<SaveResult> {
  try {
    const stored = (await browser.storage.local.get(DRAFTS_KEY))[DRAFTS_KEY];
    const drafts = stored && typeof stored === 'object' ? (stored as Record<string, Draft>) : {};
    await browser.storage.local.set({ [DRAFTS_KEY]: { ...drafts, [draft.id]: draft } });
    return { ok: true };
  } catch (err) {
    // The previous save stays; the caller keeps the edit in memory and says so.
    return { ok: false, reason: /quota/i.test(String((err as Error)?.message ?? err)) ? 'full' : 'other' };
  }
}

export async function removeDraft(id: string): Promise<void> {
  const stored = (await browser.storage.local.get([DRAFTS_KEY, CURRENT_KEY])) as Record<string, unknown>;
  const drafts = { ...((stored[DRAFTS_KEY] as Record<string, Draft> | undefined) ?? {}) };
  delete drafts[id];
  await browser.storage.local.set({ [DRAFTS_KEY]: drafts });
  if (stored[CURRENT_KEY] === id) await browser.storage.local.remove(CURRENT_KEY);
}

/** The draft being recorded now, if one was chosen and still exists. */
export async function currentDraft(): Promise<Draft | null> {
  const id = (await browser.storage.local.get(CURRENT_KEY))[CURRENT_KEY];
  return (await allDrafts()).find((d) => d.id === id) ?? null;
}

export async function setCurrentDraft(id: string): Promise<void> {
  await browser.storage.local.set({ [CURRENT_KEY]: id });
}

/** The current draft, or a new empty one made current (the author starts recording at once). */
export async function currentOrNewDraft(now: number, procedureCode = ''): Promise<Draft> {
  const found = await currentDraft();
  if (found) return found;
  const draft = newDraft(newDraftId(now), now, procedureCode);
  await saveDraft(draft);
  await setCurrentDraft(draft.id);
  return draft;
}

/** Calls back with the stored draft whenever another page changes it. */
export function onDraftChanged(id: () => string | null, cb: (d: Draft | null) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !changes[DRAFTS_KEY]) return;
    const want = id();
    if (!want) return;
    const value = (changes[DRAFTS_KEY].newValue as Record<string, unknown> | undefined)?.[want];
    cb(isDraft(value) ? value : null);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
