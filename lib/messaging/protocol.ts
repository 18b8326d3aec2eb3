/** Every message between the extension's parts. Only entrypoints/background.ts registers handlers. */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageSummary } from '../portals/types';

export interface RecognisedPage {
  at: number;
  tabId: number;
  /** Host only: no path, query or fragment is kept (they can carry ids). */
  host: string;
  summary: PageSummary;
}

export type AddPortalResult = { ok: true; host: string } | { ok: false; reason: 'invalid' | 'already-supported' | 'not-granted' };

interface ProtocolMap {
  /** Content script → background: what the adapter recognised on this tab (null: nothing). */
  'page/recognised'(summary: PageSummary | null): void;
  /** Popup → background: what was recognised on a tab. */
  'page/current'(tabId: number): RecognisedPage | null;
  /** Dashboard → background: this session's recognitions, newest first. */
  'page/history'(): RecognisedPage[];
  /** Popup/dashboard → background: built-in hosts and the provinces the user added. */
  'portals/list'(): { supported: string[]; added: string[] };
  /** Popup → background, after the user granted the host permission: start running there. */
  'portals/add'(hostname: string): AddPortalResult;
  'portals/remove'(hostname: string): { removed: boolean };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
