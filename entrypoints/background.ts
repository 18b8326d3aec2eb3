import { browser } from 'wxt/browser';
import { onMessage, type RecognisedPage } from '../lib/messaging/protocol';
import { SUPPORTED_HOSTS } from '../lib/portals/hosts';
import { addPortal, listAddedPortals, reconcileAddedPortals, removePortal } from '../lib/provinces/added-portals';
import type { GuideOutcome, GuideState } from '../lib/guides/engine';
import { exportPack, importPack, listPacks, packFor, removeImported } from '../lib/guides/pack-store';
import { buildIndex, type AdminIndex } from '../lib/admin-units/lookup';
import { suggestNewUnit } from '../lib/admin-units/suggest';
import { UnitsFileSchema } from '../lib/admin-units/units.schema';
import { bundledCatalogue } from '../lib/once-only/catalogue';
import { clearFindings, findingId, loadFindings, recordFindings } from '../lib/once-only/findings-store';
import { createMatcher, type Matcher } from '../lib/once-only/matcher';
import { checkItems } from '../lib/once-only/views';
import type { TimingEvent } from '../lib/timings/journey';
import { TimingsRecorder } from '../lib/timings/recorder-background';

const timings = new TimingsRecorder();
const PORTAL_IDS = new Set(['dvcqg', 'lienthong', 'igate']);

/** A content script's timing event, checked field by field: only known shapes and plain numbers pass. */
function timingEventFrom(raw: unknown, host: string): TimingEvent | null {
  const e = raw as Record<string, unknown> | null;
  if (!e || typeof e !== 'object') return null;
  const at = Date.now();
  const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 86_400_000 ? v : null);
  const code = typeof e.code === 'string' && /^[1-3]\.\d{6}$/.test(e.code) ? e.code : null;
  const portal = typeof e.portal === 'string' && PORTAL_IDS.has(e.portal) ? (e.portal as 'dvcqg' | 'lienthong' | 'igate') : null;
  const kinds = ['procedure-search', 'procedure-detail', 'login', 'filing-form', 'upload', 'receipt', 'other'];
  const kind = typeof e.kind === 'string' && kinds.includes(e.kind) ? (e.kind as TimingEvent extends { kind: infer K } ? K : never) : null;
  switch (e.type) {
    case 'page':
      return portal && kind ? { type: 'page', at, portal, host, kind, code, step: typeof e.step === 'number' && Number.isInteger(e.step) && e.step >= 0 && e.step < 100 ? e.step : null } : null;
    case 'nav':
      return portal && kind
        ? { type: 'nav', at, portal, host, kind, code, nav: e.nav === 'route' ? 'route' : 'load', ttfbMs: n(e.ttfbMs), domContentLoadedMs: n(e.domContentLoadedMs), loadMs: n(e.loadMs), formReadyMs: n(e.formReadyMs), longTasks: Math.min(10_000, Math.floor(n(e.longTasks) ?? 0)), longTaskMs: n(e.longTaskMs) ?? 0 }
        : null;
    case 'upload-bytes': {
      const bytes = typeof e.bytes === 'number' && Number.isInteger(e.bytes) && e.bytes >= 0 ? e.bytes : null;
      const files = typeof e.files === 'number' && Number.isInteger(e.files) && e.files >= 0 && e.files < 1000 ? e.files : null;
      return bytes !== null && files !== null ? { type: 'upload-bytes', at, bytes, files } : null;
    }
    case 'submit-click':
      return { type: 'submit-click', at };
    default:
      return null;
  }
}

let onceOnlyMatcher: Matcher | null = null;

let adminIndex: Promise<AdminIndex> | null = null;
/** Built on the first question only: the dataset is 1.2 MB and most sessions never need it. */
function adminUnits(): Promise<AdminIndex> {
  adminIndex ??= fetch(browser.runtime.getURL('/admin-units/units.json'))
    .then((r) => r.json())
    .then((json) => buildIndex(UnitsFileSchema.parse(json)));
  return adminIndex;
}

/** Session storage survives the service worker sleeping, and is gone when the browser closes. */
const HISTORY_KEY = 'recognisedHistory';
const HISTORY_LIMIT = 200;
const OUTCOMES_KEY = 'guideOutcomes';
const OUTCOMES_LIMIT = 5000;

async function history(): Promise<RecognisedPage[]> {
  const stored = await browser.storage.session.get(HISTORY_KEY);
  const value = stored[HISTORY_KEY];
  return Array.isArray(value) ? (value as RecognisedPage[]) : [];
}

export default defineBackground(() => {
  onMessage('page/recognised', async ({ data: summary, sender }) => {
    const tabId = sender.tab?.id;
    const url = sender.tab?.url ?? sender.url;
    if (tabId === undefined || !url) return;
    const key = `tab:${tabId}`;
    if (!summary) {
      await browser.storage.session.remove(key);
      return;
    }
    const entry: RecognisedPage = { at: Date.now(), tabId, host: new URL(url).hostname, summary };
    const past = await history();
    await browser.storage.session.set({ [key]: entry, [HISTORY_KEY]: [entry, ...past].slice(0, HISTORY_LIMIT) });
  });

  onMessage('page/current', async ({ data: tabId }) => {
    const key = `tab:${tabId}`;
    const stored = await browser.storage.session.get(key);
    return (stored[key] as RecognisedPage | undefined) ?? null;
  });

  onMessage('page/history', () => history());

  onMessage('portals/list', async () => ({ supported: [...SUPPORTED_HOSTS], added: await listAddedPortals() }));
  onMessage('portals/add', ({ data }) => addPortal(data));
  onMessage('portals/remove', async ({ data }) => ({ removed: await removePortal(data) }));

  onMessage('guides/pack', ({ data }) => packFor(data.procedureCode, data.portal));
  onMessage('guides/state-save', async ({ data, sender }) => {
    const key = `guide:${sender.tab?.id ?? -1}:${data.procedureCode}`;
    if (data.state) await browser.storage.session.set({ [key]: data.state });
    else await browser.storage.session.remove(key);
  });
  onMessage('guides/state-load', async ({ data: code, sender }) => {
    const key = `guide:${sender.tab?.id ?? -1}:${code}`;
    return ((await browser.storage.session.get(key))[key] as GuideState | undefined) ?? null;
  });
  onMessage('timings/event', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    const url = sender.tab?.url;
    if (tabId === undefined || !url) return;
    const event = timingEventFrom(data, new URL(url).hostname);
    if (event) void timings.handle(tabId, event);
  });
  // Observation only (no blocking, no bodies): when the portal's own requests start and end.
  const portalRequests = { urls: ['https://*.gov.vn/*'] };
  browser.webRequest.onBeforeRequest.addListener((d) => {
    timings.requestStarted(d);
    return undefined;
  }, portalRequests);
  browser.webRequest.onCompleted.addListener((d) => timings.requestEnded(d), portalRequests);
  browser.webRequest.onErrorOccurred.addListener((d) => timings.requestEnded(d), portalRequests);
  browser.tabs.onRemoved.addListener((tabId) => timings.tabGone(tabId));
  void timings.flush();

  onMessage('guides/outcome', async ({ data, sender }) => {
    if (sender.tab?.id !== undefined) void timings.handle(sender.tab.id, { type: 'guide', at: Date.now(), outcome: data.outcome });
    // Ids and a time only: procedure code, portal, outcome, step id.
    const clean: GuideOutcome = { procedureCode: data.procedureCode, portal: data.portal, outcome: data.outcome, stepId: data.stepId, at: data.at };
    const past = ((await browser.storage.local.get(OUTCOMES_KEY))[OUTCOMES_KEY] ?? []) as GuideOutcome[];
    await browser.storage.local.set({ [OUTCOMES_KEY]: [...past, clean].slice(-OUTCOMES_LIMIT) });
  });
  onMessage('guides/outcomes', async () => ((await browser.storage.local.get(OUTCOMES_KEY))[OUTCOMES_KEY] ?? []) as GuideOutcome[]);
  onMessage('guides/list', () => listPacks());
  onMessage('lookup/suggest', async ({ data }) => suggestNewUnit(await adminUnits(), String(data)));
  onMessage('lookup/open', async () => {
    await browser.tabs.create({ url: browser.runtime.getURL('/lookup.html') });
  });
  onMessage('guides/open-checklist', async ({ data: code }) => {
    await browser.tabs.create({ url: browser.runtime.getURL(`/checklist.html?code=${encodeURIComponent(code)}` as '/checklist.html') });
  });
  onMessage('guides/import', ({ data }) => importPack(data));
  onMessage('guides/export', ({ data }) => exportPack(data));
  onMessage('guides/remove', async ({ data }) => ({ removed: await removeImported(data) }));

  onMessage('onceOnly/check', ({ data, sender }) => {
    const url = sender.tab?.url;
    if (!url || !Array.isArray(data?.items)) return [];
    const host = new URL(url).hostname;
    const catalogue = bundledCatalogue();
    onceOnlyMatcher ??= createMatcher(catalogue);
    const at = Date.now();
    const code = typeof data.procedureCode === 'string' ? data.procedureCode.slice(0, 40) : null;
    const name = typeof data.procedureName === 'string' ? data.procedureName.slice(0, 400) : null;
    const results = checkItems(catalogue, onceOnlyMatcher, { ...data, host, procedureCode: code, procedureName: name }, at);
    const portal = data.portal === 'dvcqg' || data.portal === 'lienthong' || data.portal === 'igate' ? data.portal : 'igate';
    void recordFindings(
      results.map(({ finding, item }) => ({
        id: findingId(host, code, item.text),
        portal,
        host,
        procedureCode: code,
        procedureName: name,
        componentText: item.text,
        source: item.source,
        verdict: finding.verdict,
        paperId: finding.paperId,
        reason: finding.reason,
      })),
      at,
    );
    return results.map((r) => r.view);
  });
  onMessage('onceOnly/findings', () => loadFindings());
  onMessage('onceOnly/clear', () => clearFindings());
  onMessage('onceOnly/open-report', async () => {
    await browser.tabs.create({ url: browser.runtime.getURL('/findings.html') });
  });

  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(`tab:${tabId}`));
  browser.runtime.onStartup.addListener(() => void reconcileAddedPortals());
  browser.runtime.onInstalled.addListener(() => void reconcileAddedPortals());
});
