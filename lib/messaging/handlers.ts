/**
 * The shape of a message handler. Handlers live in their pillar's handlers.ts; the background
 * only puts them in one table (entrypoints/background.ts). A handler gets the payload as it
 * arrived, typed unknown: it checks it (with its pillar's schema) before using it.
 */
import type { ProtocolMap } from './protocol';

export interface MessageSender {
  tab?: { id?: number; url?: string };
  frameId?: number;
  url?: string;
}

type Answer<K extends keyof ProtocolMap> = ReturnType<ProtocolMap[K]>;
export type Handler<K extends keyof ProtocolMap> = (data: unknown, sender: MessageSender) => Answer<K> | Promise<Answer<K>>;
export type Handlers<K extends keyof ProtocolMap> = { [P in K]: Handler<P> };

/** What several pillars' handlers use in the background. */
export interface BackgroundServices {
  /** Opens one of our pages for a sender, at most as often as a person would ask. */
  openOurPage(path: string, sender: MessageSender): Promise<void>;
  /** Every portal host we run on (built in and added), as match patterns for tabs.query. */
  portalPatterns(): Promise<string[]>;
}
