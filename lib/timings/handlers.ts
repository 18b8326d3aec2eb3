/** The timings pillar's messages and the portal requests it observes (no blocking, no bodies). */
import { browser } from 'wxt/browser';
import type { Handlers } from '../messaging/handlers';
import type { TimingEvent } from './journey';
import { ContentTimingEventSchema } from './record.schema';
import type { TimingsRecorder } from './recorder-background';

/** A content script's timing event, validated; the time and host are the background's own. */
function timingEventFrom(raw: unknown, host: string): TimingEvent | null {
  const parsed = ContentTimingEventSchema.safeParse(raw);
  return parsed.success ? ({ ...parsed.data, at: Date.now(), host } as TimingEvent) : null;
}

/** More than a page makes in one task; the rest of a longer list is not looked at. */
const MAX_EVENTS = 50;

export function timingsHandlers(timings: TimingsRecorder): Handlers<'timings/events'> {
  // Observation only: when the portal's own requests start and end.
  const portalRequests = { urls: ['https://*.gov.vn/*'] };
  browser.webRequest.onBeforeRequest.addListener((d) => {
    timings.requestStarted(d);
    return undefined;
  }, portalRequests);
  browser.webRequest.onCompleted.addListener((d) => timings.requestEnded(d), portalRequests);
  browser.webRequest.onErrorOccurred.addListener((d) => timings.requestEnded(d), portalRequests);
  browser.tabs.onRemoved.addListener((tabId) => timings.tabGone(tabId));
  void timings.flush();
  return {
    'timings/events': (data, sender) => {
      const tabId = sender.tab?.id;
      const url = sender.tab?.url;
      if (tabId === undefined || !url || !Array.isArray(data)) return;
      const host = new URL(url).hostname;
      // Queued in order at once (the recorder serialises them): a submit click before the page that follows it.
      for (const raw of data.slice(0, MAX_EVENTS)) {
        const event = timingEventFrom(raw, host);
        if (event) void timings.handle(tabId, event);
      }
    },
  };
}
