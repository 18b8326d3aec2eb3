/**
 * The resident part's own sender and tab listener (lib/messaging/resident-wire.ts) speak the same
 * wire as @webext-core/messaging, which the background and the companion use: checked against the
 * library itself over a runtime that delivers messages as the browser does (a listener answers by
 * returning true and calling sendResponse later).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProtocolMap } from '../../../lib/messaging/protocol';
import type { TabProtocolMap } from '../../../lib/messaging/tab-protocol';

type Listener = (message: unknown, sender: object, sendResponse: (r: unknown) => void) => unknown;
const runtime = vi.hoisted(() => {
  const listeners = new Set<Listener>();
  function deliver(message: unknown): Promise<unknown> {
    return new Promise((resolve) => {
      let answered = false;
      const respond = (r: unknown) => {
        if (!answered) resolve(r);
        answered = true;
      };
      let waiting = false;
      // A structured clone, as between the browser's processes.
      const copy = JSON.parse(JSON.stringify(message));
      for (const l of listeners) if (l(copy, {}, respond) === true) waiting = true;
      if (!waiting) respond(undefined);
    });
  }
  const api = {
    runtime: {
      lastError: undefined,
      sendMessage: (message: unknown, callback?: (r: unknown) => void) => {
        const answer = deliver(message);
        if (callback) void answer.then(callback);
        else return answer;
        return undefined;
      },
      onMessage: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
    },
  };
  return { api, listeners };
});
vi.mock('wxt/browser', () => ({ browser: runtime.api }));
(globalThis as unknown as { chrome: unknown }).chrome = runtime.api;

const { sendMessage, onTabMessage } = await import('../../../lib/messaging/resident-wire');

describe('resident wire ↔ @webext-core/messaging', () => {
  const library = defineExtensionMessaging<ProtocolMap>();
  const tabLibrary = defineExtensionMessaging<TabProtocolMap>();
  afterEach(() => {
    library.removeAllListeners();
    tabLibrary.removeAllListeners();
  });

  it('a message to the library\'s handler is answered with its value', async () => {
    library.onMessage('lookup/suggest', ({ data }) => ({ typed: data, matches: [] }) as never);
    await expect(sendMessage('lookup/suggest', 'Tịnh Khê')).resolves.toEqual({ typed: 'Tịnh Khê', matches: [] });
  });

  it('a handler that throws rejects with its message; no handler rejects too', async () => {
    library.onMessage('companion/load', () => {
      throw new Error('Không chèn được');
    });
    await expect(sendMessage('companion/load', undefined)).rejects.toThrow('Không chèn được');
    library.removeAllListeners();
    await expect(sendMessage('companion/load', undefined)).rejects.toThrow('No response');
  });

  it('the library\'s message reaches the resident listener of its type, and only that one answers', async () => {
    const heard: unknown[] = [];
    const stop = onTabMessage('tab/preview', ({ data }) => {
      heard.push(data);
    });
    await expect(tabLibrary.sendMessage('tab/preview', { procedureCode: '1.001193' })).resolves.toBeUndefined();
    expect(heard).toEqual([{ procedureCode: '1.001193' }]);
    // A type the resident part does not listen to is left to others: no answer from it.
    await expect(tabLibrary.sendMessage('tab/draft', {} as never)).rejects.toThrow();
    stop();
    await expect(tabLibrary.sendMessage('tab/preview', { procedureCode: null })).rejects.toThrow();
    expect(heard).toHaveLength(1);
    expect(() => onTabMessage('tab/eform-report', () => undefined)).not.toThrow();
    expect(() => onTabMessage('tab/eform-report', () => undefined)).toThrow(/only one listener/);
  });
});
