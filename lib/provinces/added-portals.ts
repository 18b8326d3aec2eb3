/**
 * Provincial portals the user added at run time: kept in storage, each with a content script
 * registered for its host only. The permission itself is granted by the browser's own prompt.
 */
import { browser } from 'wxt/browser';
import { SUPPORTED_HOSTS, matchPattern, parseProvincialHost } from '../portals/hosts';

export type AddPortalResult = { ok: true; host: string } | { ok: false; reason: 'invalid' | 'already-supported' | 'not-granted' };

const STORAGE_KEY = 'addedPortals';
/** The content script file WXT emits for entrypoints/content. */
const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

const scriptId = (host: string) => `province:${host}`;

export async function listAddedPortals(): Promise<string[]> {
  const stored = await browser.storage.local.get(STORAGE_KEY);
  const value = stored[STORAGE_KEY];
  return Array.isArray(value) ? value.filter((h): h is string => typeof h === 'string') : [];
}

async function register(host: string): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [scriptId(host)] });
  if (existing.length) return;
  await browser.scripting.registerContentScripts([
    { id: scriptId(host), matches: [matchPattern(host)], js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

export async function addPortal(input: string): Promise<AddPortalResult> {
  const host = parseProvincialHost(input);
  if (!host) return { ok: false, reason: 'invalid' };
  if (SUPPORTED_HOSTS.includes(host)) return { ok: false, reason: 'already-supported' };
  const granted = await browser.permissions.contains({ origins: [matchPattern(host)] });
  if (!granted) return { ok: false, reason: 'not-granted' };
  await register(host);
  const added = await listAddedPortals();
  if (!added.includes(host)) await browser.storage.local.set({ [STORAGE_KEY]: [...added, host] });
  return { ok: true, host };
}

export async function removePortal(host: string): Promise<boolean> {
  const added = await listAddedPortals();
  if (!added.includes(host)) return false;
  await browser.storage.local.set({ [STORAGE_KEY]: added.filter((h) => h !== host) });
  await browser.scripting.unregisterContentScripts({ ids: [scriptId(host)] }).catch(() => undefined);
  await browser.permissions.remove({ origins: [matchPattern(host)] }).catch(() => false);
  return true;
}

/** After a browser restart or update: re-register what is still granted, forget what is not. */
export async function reconcileAddedPortals(): Promise<void> {
  const keep: string[] = [];
  for (const host of await listAddedPortals()) {
    if (await browser.permissions.contains({ origins: [matchPattern(host)] })) {
      await register(host);
      keep.push(host);
    }
  }
  await browser.storage.local.set({ [STORAGE_KEY]: keep });
}
