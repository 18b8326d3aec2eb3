import { browser } from 'wxt/browser';
import { migrateDraftsFromStorage } from '../lib/authoring/draft-store';
import type { BackgroundServices, Handler, MessageSender } from '../lib/messaging/handlers';
import { handlerTable } from '../lib/messaging/handler-table';
import { OpenLimiter } from '../lib/messaging/open-limit';
import { onMessage } from '../lib/messaging/protocol';
import { senderAllowed, senderKind, type MessageType } from '../lib/messaging/senders';
import { bundledCatalogue } from '../lib/once-only/catalogue';
import { migrateFindingsFromStorage } from '../lib/once-only/findings-store';
import { matcher } from '../lib/once-only/handlers';
import { SUPPORTED_HOSTS, matchPattern } from '../lib/portals/hosts';
import { listAddedPortals, reconcileAddedPortals } from '../lib/provinces/added-portals';
import { timingsHandlers } from '../lib/timings/handlers';
import { TimingsRecorder } from '../lib/timings/recorder-background';

const pageOpens = new OpenLimiter();

const services: BackgroundServices = {
  async openOurPage(path, sender) {
    if (!pageOpens.allow(sender.tab?.id === undefined ? 'extension' : `tab:${sender.tab.id}`, Date.now())) {
      throw new Error('Đã mở trang này vừa xong: vui lòng đợi một chút rồi thử lại.');
    }
    await browser.tabs.create({ url: browser.runtime.getURL(path as '/lookup.html') });
  },
  async portalPatterns() {
    return [...SUPPORTED_HOSTS, ...(await listAddedPortals())].map(matchPattern);
  },
};

/**
 * Answers a message only from the senders it is meant for (lib/messaging/senders.ts); a refused
 * message gets an error and changes nothing.
 */
function checked<K extends MessageType>(type: K, handler: Handler<K>) {
  return async ({ data, sender }: { data: unknown; sender: MessageSender }) => {
    const own = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
    const added = SUPPORTED_HOSTS.includes(new URL(sender.url ?? 'about:blank').hostname) ? [] : await listAddedPortals();
    const kind = senderKind(sender, own, (host) => SUPPORTED_HOSTS.includes(host) || added.includes(host));
    if (!senderAllowed(type, kind)) throw new Error(`Từ chối tin nhắn "${type}": nguồn gửi không được phép.`);
    return handler(data, sender);
  };
}

export default defineBackground(() => {
  const timings = new TimingsRecorder();
  const HANDLERS = handlerTable(services, timings, timingsHandlers(timings));
  for (const type of Object.keys(HANDLERS) as MessageType[]) {
    onMessage(type, checked(type, HANDLERS[type] as Handler<typeof type>) as never);
  }

  browser.tabs.onRemoved.addListener((tabId) => pageOpens.forget(`tab:${tabId}`));
  // Findings kept by an older version in storage.local (whole wording): cut down and moved, once.
  void migrateFindingsFromStorage(bundledCatalogue, matcher, browser.storage.local).catch(() => undefined);
  void migrateDraftsFromStorage(browser.storage.local).catch(() => undefined);
  // Content scripts read nothing from storage.local (they ask here): where the browser allows it
  // (Chrome; Firefox knows the setting for session storage only), they cannot read it at all.
  void (browser.storage.local as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> }).setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })?.catch(() => undefined);
  browser.runtime.onStartup.addListener(() => void reconcileAddedPortals());
  browser.runtime.onInstalled.addListener(() => void reconcileAddedPortals());
});
