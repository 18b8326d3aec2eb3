/** The page pillar's messages: what a tab shows, the companion's injection, the MoJ declaration frame. */
import { browser } from 'wxt/browser';
import type { BackgroundServices, Handler, Handlers } from '../messaging/handlers';
import { sendToTab } from '../messaging/tab-protocol';
import { PageSummarySchema } from '../portals/summary.schema';
import { nameFromCode } from '../procedures/procedure-list';
import { scrub } from '../privacy/scrub';
import { FrameFilledSchema, FrameReportSchema } from './frame-report';
import type { PageReportAnswer } from './page-report';
import type { RecognisedPage } from './recognised-page';

/** The on-demand part of the content script (entrypoints/companion.content.ts). */
const COMPANION_SCRIPT = '/content-scripts/companion.js';
/** Session storage survives the service worker sleeping, and is gone when the browser closes. */
const HISTORY_KEY = 'recognisedHistory';
const HISTORY_LIMIT = 200;

async function history(): Promise<RecognisedPage[]> {
  const stored = await browser.storage.session.get(HISTORY_KEY);
  const value = stored[HISTORY_KEY];
  return Array.isArray(value) ? (value as RecognisedPage[]) : [];
}

export function pageHandlers(_: BackgroundServices): Handlers<'page/recognised' | 'page/current' | 'page/history' | 'companion/load' | 'eform/report' | 'eform/filled' | 'eform/reveal'> {
  // The MoJ declaration frame and its wizard page talk through here (senders.ts: a frame only where the wizard embeds it).
  const declarationFrames = new Map<number, number>();
  browser.tabs.onRemoved.addListener((tabId) => {
    declarationFrames.delete(tabId);
    void browser.storage.session.remove(`tab:${tabId}`);
  });
  return {
    'page/recognised': async (data, sender) => {
      const tabId = sender.tab?.id;
      const url = sender.tab?.url ?? sender.url;
      if (tabId === undefined || !url) return;
      const key = `tab:${tabId}`;
      if (!data) {
        await browser.storage.session.remove(key);
        return;
      }
      const parsed = PageSummarySchema.safeParse(data);
      if (!parsed.success) return;
      // What is kept names the procedure from the bundled list; a heading only when the code is unknown, scrubbed.
      const known = parsed.data.procedureCode ? nameFromCode(parsed.data.procedureCode) : null;
      const summary = { ...parsed.data, procedureName: known ?? (parsed.data.procedureName ? scrub(parsed.data.procedureName).slice(0, 200) : null) };
      const entry: RecognisedPage = { at: Date.now(), tabId, host: new URL(url).hostname, summary };
      const past = await history();
      await browser.storage.session.set({ [key]: entry, [HISTORY_KEY]: [entry, ...past].slice(0, HISTORY_LIMIT) });
    },
    'page/current': async (tabId) => {
      if (typeof tabId !== 'number') return null;
      const key = `tab:${tabId}`;
      const stored = await browser.storage.session.get(key);
      return (stored[key] as RecognisedPage | undefined) ?? null;
    },
    'page/history': () => history(),
    'companion/load': async (_data, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      // Into the frame that asked (the resident part there guards against a second copy).
      await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [COMPANION_SCRIPT] });
    },
    'eform/report': (data, sender) => {
      const parsed = FrameReportSchema.safeParse(data);
      const tabId = sender.tab?.id;
      if (!parsed.success || tabId === undefined || sender.frameId === undefined) return;
      declarationFrames.set(tabId, sender.frameId);
      void sendToTab('tab/eform-report', parsed.data, { tabId, frameId: 0 }).catch(() => undefined);
    },
    'eform/filled': (data, sender) => {
      const parsed = FrameFilledSchema.safeParse(data);
      const tabId = sender.tab?.id;
      if (!parsed.success || tabId === undefined) return;
      void sendToTab('tab/eform-filled', parsed.data, { tabId, frameId: 0 }).catch(() => undefined);
    },
    'eform/reveal': (data, sender) => {
      const tabId = sender.tab?.id;
      const frameId = tabId === undefined ? undefined : declarationFrames.get(tabId);
      if (frameId === undefined || typeof data !== 'string' || !/^[a-z0-9-]{1,120}$/.test(data)) return;
      void sendToTab('tab/eform-reveal', { slug: data }, { tabId: tabId!, frameId }).catch(() => undefined);
    },
  };
}

/**
 * The one message of a page reading: each part answered by its own pillar's handler, which checks
 * it as it would alone (entrypoints/background.ts hands them in).
 */
export function pageReadingHandler(parts: {
  recognised: Handler<'page/recognised'>;
  check: Handler<'onceOnly/check'>;
  resume: Handler<'guides/state-load'>;
}): Handler<'page/reading'> {
  return async (data, sender) => {
    const report = (data && typeof data === 'object' ? data : {}) as { summary?: unknown; onceOnly?: unknown; guide?: { procedureCode?: unknown } };
    const answer: PageReportAnswer = {};
    if ('summary' in report) await parts.recognised(report.summary ?? null, sender);
    if (report.onceOnly !== undefined) answer.onceOnly = await parts.check(report.onceOnly, sender);
    if (report.guide !== undefined) answer.resumable = (await parts.resume(report.guide?.procedureCode, sender)) !== null;
    return answer;
  };
}
