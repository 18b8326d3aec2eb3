/**
 * Who may send which message to the background. Web pages cannot reach it at all (no
 * externally_connectable), but a message is still checked against where it came from: settings,
 * imports and stored history answer only our own extension pages, and what a content script may
 * say is only accepted from a tab showing a portal over HTTPS. Pure: the background passes the
 * sender and its own identity in.
 */
import { FRAME_PARENTS } from '../portals/hosts';
import type { ProtocolMap } from './protocol';

/** 'portal-frame': our script in a portal's own frame of another host (the MoJ declaration frame). */
export type SenderKind = 'extension-page' | 'portal-tab' | 'portal-frame';
export type MessageType = keyof ProtocolMap;

const PAGES = ['extension-page'] as const;
const TABS = ['portal-tab'] as const;
const BOTH = ['extension-page', 'portal-tab'] as const;
const FRAME = ['portal-frame'] as const;

export const MESSAGE_SENDERS: Readonly<Record<MessageType, readonly SenderKind[]>> = {
  'companion/load': TABS,
  'page/reading': TABS,
  'page/recognised': TABS,
  'eform/report': FRAME,
  'eform/filled': FRAME,
  'eform/reveal': TABS,
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
  // Address hints work inside the declaration frame too.
  'lookup/suggest': ['portal-tab', 'portal-frame'],
  'lookup/open': ['portal-tab', 'portal-frame'],
  'guides/list': PAGES,
  'guides/import': PAGES,
  'guides/export': PAGES,
  'guides/remove': PAGES,
  'guides/outcomes': PAGES,
  'onceOnly/check': ['portal-tab', 'portal-frame'],
  'onceOnly/findings': PAGES,
  'onceOnly/clear': PAGES,
  'onceOnly/open-report': ['portal-tab', 'portal-frame'],
  'timings/events': TABS,
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
  /** 0 for a tab's top frame. */
  frameId?: number;
}

function hostOf(url: string | undefined): URL | null {
  try {
    return url ? new URL(url) : null;
  } catch {
    return null;
  }
}

/** What kind of sender this is, or null when it is none we answer. */
export function senderKind(sender: MessageSender, own: { id: string; origin: string }, isPortalHost: (hostname: string) => boolean): SenderKind | null {
  if (sender.id !== own.id) return null;
  const url = sender.url ?? '';
  if (url.startsWith(own.origin)) return 'extension-page';
  if (!sender.tab || sender.tab.id === undefined) return null;
  const parsed = hostOf(url);
  if (!parsed || parsed.protocol !== 'https:') return null;
  if (sender.frameId !== undefined && sender.frameId !== 0) {
    // Our script runs in frames of the frame hosts only, and only where the portal embeds them.
    const tab = hostOf(sender.tab.url);
    return tab?.protocol === 'https:' && FRAME_PARENTS[parsed.hostname]?.includes(tab.hostname) ? 'portal-frame' : null;
  }
  if (FRAME_PARENTS[parsed.hostname]) return null;
  return isPortalHost(parsed.hostname) ? 'portal-tab' : null;
}

export function senderAllowed(type: MessageType, kind: SenderKind | null): boolean {
  return kind !== null && (MESSAGE_SENDERS[type]?.includes(kind) ?? false);
}
