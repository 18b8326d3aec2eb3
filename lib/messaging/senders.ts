/**
 * Who may send which message to the background. Web pages cannot reach it at all (no
 * externally_connectable), but a message is still checked against where it came from: settings,
 * imports and stored history answer only our own extension pages, and what a content script may
 * say is only accepted from a tab showing a portal over HTTPS. Pure: the background passes the
 * sender and its own identity in.
 */
import type { ProtocolMap } from './protocol';

export type SenderKind = 'extension-page' | 'portal-tab';
export type MessageType = keyof ProtocolMap;

const PAGES = ['extension-page'] as const;
const TABS = ['portal-tab'] as const;
const BOTH = ['extension-page', 'portal-tab'] as const;

export const MESSAGE_SENDERS: Readonly<Record<MessageType, readonly SenderKind[]>> = {
  'page/recognised': TABS,
  'page/current': PAGES,
  'page/history': PAGES,
  'portals/list': PAGES,
  'portals/add': PAGES,
  'portals/remove': PAGES,
  'guides/pack': BOTH, // the printable checklist page asks too
  'guides/open-checklist': TABS,
  'guides/state-save': TABS,
  'guides/state-load': TABS,
  'guides/outcome': TABS,
  'lookup/suggest': TABS,
  'lookup/open': TABS,
  'guides/list': PAGES,
  'guides/import': PAGES,
  'guides/export': PAGES,
  'guides/remove': PAGES,
  'guides/outcomes': PAGES,
  'onceOnly/check': TABS,
  'onceOnly/findings': PAGES,
  'onceOnly/clear': PAGES,
  'onceOnly/open-report': TABS,
  'timings/event': TABS,
  'authoring/start': PAGES,
  'authoring/stop': TABS,
  'authoring/open-drafts': TABS,
  'authoring/draft-current': TABS,
  'authoring/draft-save': TABS,
  'authoring/draft-get': PAGES,
  'authoring/step-update': PAGES,
  'authoring/preview-set': TABS,
  'authoring/preview-get': TABS,
  'settings/get': BOTH,
  'settings/set': PAGES,
};

export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

/** What kind of sender this is, or null when it is none we answer. */
export function senderKind(sender: MessageSender, own: { id: string; origin: string }, isPortalHost: (hostname: string) => boolean): SenderKind | null {
  if (sender.id !== own.id) return null;
  const url = sender.url ?? '';
  if (url.startsWith(own.origin)) return 'extension-page';
  if (!sender.tab || sender.tab.id === undefined) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'https:' && isPortalHost(parsed.hostname) ? 'portal-tab' : null;
}

export function senderAllowed(type: MessageType, kind: SenderKind | null): boolean {
  return kind !== null && (MESSAGE_SENDERS[type]?.includes(kind) ?? false);
}
