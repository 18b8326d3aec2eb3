import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import 'fake-indexeddb/auto';
import { handlerTable } from '../../../lib/messaging/handler-table';
import type { BackgroundServices, Handler, MessageSender } from '../../../lib/messaging/handlers';
import { MESSAGE_SENDERS, type MessageType } from '../../../lib/messaging/senders';
import { TimingsRecorder } from '../../../lib/timings/recorder-background';

const opened: string[] = [];
const services: BackgroundServices = {
  openOurPage: async (path) => void opened.push(path),
  portalPatterns: async () => ['https://dichvucong.quangngai.gov.vn/*'],
};
const sender: MessageSender = { tab: { id: 7, url: 'https://dichvucong.quangngai.gov.vn/vi/padsvc/apply-online/1' }, frameId: 0, url: 'https://dichvucong.quangngai.gov.vn/vi/padsvc/apply-online/1' };

/** The background's table (lib/messaging/handler-table.ts) with a stand-in for the timings pillar's, which observes webRequest (the fake browser has none). */
function tables(): Partial<Record<MessageType, Handler<MessageType>>> {
  const table = handlerTable(services, new TimingsRecorder(), { 'timings/events': () => undefined }) as Partial<Record<MessageType, Handler<MessageType>>>;
  delete table['timings/events'];
  return table;
}

const MALFORMED: unknown[] = [null, undefined, 42, 'x'.repeat(10_000), [], {}, { procedureCode: '<img src=x>', state: 'x' }, { items: 'not a list' }, { text: 5 }, { draftId: 1, stepId: {}, patch: 'x' }];
/** Messages that take no payload (they act on the sender or answer a list), or open or create whatever it is. */
const TAKES_NO_PAYLOAD = new Set<MessageType>(['authoring/draft-current', 'companion/load', 'lookup/open', 'onceOnly/open-report', 'authoring/open-drafts', 'page/history', 'guides/list', 'guides/outcomes', 'onceOnly/findings', 'onceOnly/clear', 'authoring/stop', 'authoring/preview-get', 'settings/get', 'portals/list']);

describe('the pillars\' message handlers (entrypoints/background.ts puts them in one table)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    opened.length = 0;
  });

  it('together they answer every message of the protocol, and every message has its senders', () => {
    const types = Object.keys(MESSAGE_SENDERS).sort();
    expect([...Object.keys(tables()), 'timings/events'].sort()).toEqual(types);
  });

  it('a malformed payload is refused quietly: no throw, nothing stored, no page opened', async () => {
    const handlers = tables();
    for (const [type, handler] of Object.entries(handlers) as [MessageType, Handler<MessageType>][]) {
      if (TAKES_NO_PAYLOAD.has(type) || type === 'lookup/suggest') continue;
      for (const data of MALFORMED) {
        await Promise.resolve(handler(data, sender)).catch((e: unknown) => {
          throw new Error(`${type} threw on ${JSON.stringify(data)?.slice(0, 40)}: ${String(e)}`);
        });
      }
    }
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    const local = await fakeBrowser.storage.local.get(null);
    // settings/set keeps the default settings for anything unreadable; nothing else is written.
    expect(Object.keys(local).filter((k) => k !== 'settings')).toEqual([]);
    expect(local.settings === undefined || JSON.stringify(local.settings) === JSON.stringify({ mode: 'staff' })).toBe(true);
    expect(opened).toEqual([]);
  });
});
