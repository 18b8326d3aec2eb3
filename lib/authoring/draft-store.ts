/**
 * Drafts live in the extension's IndexedDB (lib/storage/local-db.ts), which only extension pages
 * and the background can open: every edit is saved at once, so a reload, a portal redirect or a
 * browser restart loses nothing. The authoring panel on a portal page reaches them through the
 * background; the drafts page and the step editor open them directly. Each save is announced on a
 * BroadcastChannel, so the pages follow each other and the background tells the portal tab.
 */
import { localDb } from '../storage/local-db';
import { newDraft, newDraftId, type Draft } from './draft';

const CURRENT_KEY = 'authoringCurrent';
export const DRAFTS_CHANNEL = 'dvc-drafts';

export type SaveResult = { ok: true } | { ok: false; reason: 'full' | 'other' };

export function isDraft(v: unknown): v is Draft {
  const d = v as Draft;
  return Boolean(d && typeof d.id === 'string' && typeof d.procedureCode === 'string' && d.title && Array.isArray(d.steps) && Array.isArray(d.papers) && Array.isArray(d.sources));
}

function announce(draft: Draft): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(DRAFTS_CHANNEL);
  channel.postMessage(draft);
  channel.close();
}

export async function allDrafts(): Promise<Draft[]> {
  const list = ((await (await localDb()).getAll('drafts')) as unknown[]).filter(isDraft);
  return list.map((d) => ({ ...d, questions: Array.isArray(d.questions) ? d.questions : [] })).sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function draftById(id: string): Promise<Draft | null> {
  const d = await (await localDb()).get('drafts', id);
  return isDraft(d) ? { ...d, questions: Array.isArray(d.questions) ? d.questions : [] } : null;
}

export async function saveDraft(draft: Draft): Promise<SaveResult> {
  try {
    await (await localDb()).put('drafts', draft);
    announce(draft);
    return { ok: true };
  } catch (err) {
    // The previous save stays; the caller keeps the edit in memory and says so.
    const name = (err as { name?: string } | null)?.name ?? '';
    return { ok: false, reason: /quota/i.test(`${name} ${String((err as Error)?.message ?? err)}`) ? 'full' : 'other' };
  }
}

export async function removeDraft(id: string): Promise<void> {
  const db = await localDb();
  await db.delete('drafts', id);
  if ((await db.get('meta', CURRENT_KEY)) === id) await db.delete('meta', CURRENT_KEY);
}

/** The draft being recorded now, if one was chosen and still exists. */
export async function currentDraft(): Promise<Draft | null> {
  const id = await (await localDb()).get('meta', CURRENT_KEY);
  return typeof id === 'string' ? draftById(id) : null;
}

export async function setCurrentDraft(id: string): Promise<void> {
  await (await localDb()).put('meta', id, CURRENT_KEY);
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

/** Calls back with every draft saved by another page or the background. */
export function onAnyDraftSaved(cb: (d: Draft) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(DRAFTS_CHANNEL);
  channel.onmessage = (e: MessageEvent) => {
    if (isDraft(e.data)) cb(e.data);
  };
  return () => channel.close();
}

/** Calls back with the stored draft whenever another page changes it. */
export function onDraftChanged(id: () => string | null, cb: (d: Draft | null) => void): () => void {
  return onAnyDraftSaved((d) => {
    if (d.id === id()) cb(d);
  });
}

/** Where drafts lived before (storage.local): moved once into the database, then removed there. */
export async function migrateDraftsFromStorage(area: { get(k: string[]): Promise<Record<string, unknown>>; remove(k: string[]): Promise<void> }): Promise<number> {
  const old = await area.get(['authoringDrafts', CURRENT_KEY]);
  const drafts = old.authoringDrafts && typeof old.authoringDrafts === 'object' ? Object.values(old.authoringDrafts as Record<string, unknown>).filter(isDraft) : [];
  if (!drafts.length && old[CURRENT_KEY] === undefined) return 0;
  const db = await localDb();
  for (const d of drafts) if (!(await db.get('drafts', d.id))) await db.put('drafts', d);
  if (typeof old[CURRENT_KEY] === 'string' && (await db.get('meta', CURRENT_KEY)) === undefined) await db.put('meta', old[CURRENT_KEY], CURRENT_KEY);
  await area.remove(['authoringDrafts', CURRENT_KEY]);
  return drafts.length;
}
