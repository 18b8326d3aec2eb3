/** The settings' messages: read them (content scripts cannot read storage), keep them and tell every portal tab. */
import { browser } from 'wxt/browser';
import type { BackgroundServices, Handlers } from '../messaging/handlers';
import { sendToTab } from '../messaging/tab-protocol';
import { settingsFrom } from './settings';

export function settingsHandlers(services: BackgroundServices): Handlers<'settings/get' | 'settings/set'> {
  return {
    'settings/get': async () => settingsFrom((await browser.storage.local.get('settings')).settings),
    'settings/set': async (data) => {
      const settings = settingsFrom(data);
      await browser.storage.local.set({ settings });
      // Every portal tab follows at once (the panel's text size, the checklist).
      for (const tab of await browser.tabs.query({ url: await services.portalPatterns() })) {
        if (tab.id !== undefined) void sendToTab('tab/settings', settings, tab.id).catch(() => undefined);
      }
    },
  };
}
