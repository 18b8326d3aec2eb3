import { browser } from 'wxt/browser';
import { onMessage, type RecognisedPage } from '../lib/messaging/protocol';
import { SUPPORTED_HOSTS } from '../lib/portals/hosts';
import { addPortal, listAddedPortals, reconcileAddedPortals, removePortal } from '../lib/provinces/added-portals';

/** Session storage survives the service worker sleeping, and is gone when the browser closes. */
const HISTORY_KEY = 'recognisedHistory';
const HISTORY_LIMIT = 200;

async function history(): Promise<RecognisedPage[]> {
  const stored = await browser.storage.session.get(HISTORY_KEY);
  const value = stored[HISTORY_KEY];
  return Array.isArray(value) ? (value as RecognisedPage[]) : [];
}

export default defineBackground(() => {
  onMessage('page/recognised', async ({ data: summary, sender }) => {
    const tabId = sender.tab?.id;
    const url = sender.tab?.url ?? sender.url;
    if (tabId === undefined || !url) return;
    const key = `tab:${tabId}`;
    if (!summary) {
      await browser.storage.session.remove(key);
      return;
    }
    const entry: RecognisedPage = { at: Date.now(), tabId, host: new URL(url).hostname, summary };
    const past = await history();
    await browser.storage.session.set({ [key]: entry, [HISTORY_KEY]: [entry, ...past].slice(0, HISTORY_LIMIT) });
  });

  onMessage('page/current', async ({ data: tabId }) => {
    const key = `tab:${tabId}`;
    const stored = await browser.storage.session.get(key);
    return (stored[key] as RecognisedPage | undefined) ?? null;
  });

  onMessage('page/history', () => history());

  onMessage('portals/list', async () => ({ supported: [...SUPPORTED_HOSTS], added: await listAddedPortals() }));
  onMessage('portals/add', ({ data }) => addPortal(data));
  onMessage('portals/remove', async ({ data }) => ({ removed: await removePortal(data) }));

  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(`tab:${tabId}`));
  browser.runtime.onStartup.addListener(() => void reconcileAddedPortals());
  browser.runtime.onInstalled.addListener(() => void reconcileAddedPortals());
});
