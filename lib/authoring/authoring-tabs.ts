/**
 * Background side of authoring: which tabs have it on (session storage, so a restarted worker
 * still knows), injecting the authoring script there and again after each page load, and the
 * draft being previewed, handed to a portal tab's content script like any pack.
 */
import { browser } from 'wxt/browser';
import { parsePack } from '../guides/pack';
import type { GuidePack } from '../guides/pack.schema';
import type { PortalId } from '../portals/types';
import type { AuthoringWorld } from './world';

const TABS_KEY = 'authoringTabs';
/** The draft under preview (storage.local, which only the background reads). */
const PREVIEW_KEY = 'authoringPreview';
export const AUTHORING_SCRIPT = '/content-scripts/authoring.js';

async function tabs(): Promise<number[]> {
  const v = (await browser.storage.session.get(TABS_KEY))[TABS_KEY];
  return Array.isArray(v) ? v.filter((n): n is number => typeof n === 'number') : [];
}

/**
 * Runs the authoring script in the tab, or shows its panel when it is there already: running the
 * file twice would make WXT stop the first copy (it treats it as an outdated script).
 */
export async function ensureAuthoringScript(tabId: number, mode: 'panel' | 'review'): Promise<void> {
  const target = { tabId };
  const [loaded] = await browser.scripting.executeScript({
    target,
    func: (m: 'panel' | 'review') => {
      const w = globalThis as AuthoringWorld;
      if (!w.__dvcAuthoring) {
        w.__dvcAuthoringMode = m;
        return false;
      }
      if (m === 'panel') w.__dvcAuthoring.show();
      return true;
    },
    args: [mode],
  });
  if (!loaded?.result) await browser.scripting.executeScript({ target, files: [AUTHORING_SCRIPT] });
}

async function inject(tabId: number): Promise<boolean> {
  try {
    await ensureAuthoringScript(tabId, 'panel');
    return true;
  } catch {
    // Not a page we may run on (no host permission, a browser page): nothing to author there.
    return false;
  }
}

export async function startAuthoring(tabId: number): Promise<{ ok: boolean }> {
  const ok = await inject(tabId);
  if (ok) await browser.storage.session.set({ [TABS_KEY]: [...new Set([...(await tabs()), tabId])] });
  return { ok };
}

export async function stopAuthoring(tabId: number): Promise<void> {
  await browser.storage.session.set({ [TABS_KEY]: (await tabs()).filter((id) => id !== tabId) });
}

/** A tab with authoring on finished loading a page: the panel comes back on it. */
export async function authoringTabLoaded(tabId: number): Promise<void> {
  if ((await tabs()).includes(tabId)) await inject(tabId);
}

/** The tabs with authoring on (the background tells them when a draft changes elsewhere). */
export const authoringTabs = tabs;

/**
 * Puts a draft up for preview (checked like any pack) or takes it down, and tells the tab, whose
 * content script runs it as its guide. Only the background keeps it: content scripts cannot read storage.
 */
export async function setPreview(raw: unknown): Promise<{ ok: boolean; procedureCode: string | null }> {
  if (raw === null || raw === undefined) {
    await browser.storage.local.remove(PREVIEW_KEY);
    return { ok: true, procedureCode: null };
  }
  const r = parsePack(raw);
  if (!r.ok) return { ok: false, procedureCode: null };
  await browser.storage.local.set({ [PREVIEW_KEY]: { pack: r.pack, at: Date.now() } });
  return { ok: true, procedureCode: r.pack.procedureCode };
}

export async function previewOn(): Promise<boolean> {
  return Boolean((await browser.storage.local.get(PREVIEW_KEY))[PREVIEW_KEY]);
}

/** The draft under preview, when it is for this procedure and portal (checked like any stored pack). */
export async function previewFor(code: string, portal?: PortalId): Promise<GuidePack | null> {
  const stored = (await browser.storage.local.get(PREVIEW_KEY))[PREVIEW_KEY] as { pack?: unknown } | undefined;
  if (!stored?.pack) return null;
  const r = parsePack(stored.pack);
  return r.ok && r.pack.procedureCode === code && (!portal || r.pack.portals.includes(portal)) ? r.pack : null;
}
