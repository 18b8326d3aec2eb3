/**
 * The resident content script's side of the one protocol (protocol.ts, tab-protocol.ts): the same
 * message types on the same wire as @webext-core/messaging ({ id, type, data, timestamp } out,
 * { res } or { err } back), without the library's generic layer, logger and error serializer,
 * which were about 3 KB of the script every portal page loads. The background, the companion and
 * the extension's pages keep the library; tests/unit/messaging/resident-wire.test.ts checks that
 * the two understand each other.
 */
import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type { ProtocolMap } from './protocol';
import type { TabProtocolMap } from './tab-protocol';

type Reply = { res?: unknown; err?: { message?: string; name?: string } | null } | undefined;
type DataArgs<T> = GetDataType<T> extends undefined ? [data?: undefined] : [data: GetDataType<T>];

let nextId = Math.floor(Math.random() * 1e4);

/** To the background; rejects as the library does (no answer, or the handler threw). */
export async function sendMessage<K extends keyof ProtocolMap>(type: K, ...[data]: DataArgs<ProtocolMap[K]>): Promise<GetReturnType<ProtocolMap[K]>> {
  const reply = (await browser.runtime.sendMessage({ id: nextId++, type, data, timestamp: Date.now() })) as Reply;
  if (!reply) throw new Error('No response');
  if (reply.err != null) throw Object.assign(new Error(reply.err.message ?? ''), { name: reply.err.name ?? 'Error' });
  return reply.res as GetReturnType<ProtocolMap[K]>;
}

type TabListener = (message: { data: unknown }) => unknown;
const tabListeners = new Map<string, TabListener>();
let rootListening = false;

/** A message from the background to this tab; one listener per type, as with the library. Returns its removal. */
export function onTabMessage<K extends keyof TabProtocolMap>(type: K, listener: (message: { data: GetDataType<TabProtocolMap[K]> }) => GetReturnType<TabProtocolMap[K]> | Promise<GetReturnType<TabProtocolMap[K]>>): () => void {
  if (tabListeners.has(type)) throw new Error(`[messaging] only one listener for ${type}`);
  tabListeners.set(type, listener as TabListener);
  if (!rootListening) {
    rootListening = true;
    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: Reply) => void) => {
      const m = message as { type?: unknown; timestamp?: unknown; data?: unknown } | null;
      const handle = m && typeof m.type === 'string' && typeof m.timestamp === 'number' ? tabListeners.get(m.type) : undefined;
      // Not ours to answer (another part of the extension in this world may be listening).
      if (!handle) return false;
      Promise.resolve()
        .then(() => handle({ data: m!.data }))
        .then(
          (res) => sendResponse({ res }),
          (e: unknown) => sendResponse({ err: { message: e instanceof Error ? e.message : String(e), name: e instanceof Error ? e.name : 'Error' } }),
        );
      return true;
    });
  }
  return () => {
    if (tabListeners.get(type) === listener) tabListeners.delete(type);
  };
}
