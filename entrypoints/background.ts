import { browser } from 'wxt/browser';
import { onMessage as onAnyMessage, settingsFrom, type RecognisedPage } from '../lib/messaging/protocol';
import { OpenLimiter } from '../lib/messaging/open-limit';
import { senderAllowed, senderKind, type MessageType } from '../lib/messaging/senders';
import { SUPPORTED_HOSTS, matchPattern } from '../lib/portals/hosts';
import { addPortal, listAddedPortals, reconcileAddedPortals, removePortal } from '../lib/provinces/added-portals';
import type { GuideOutcome, GuideState } from '../lib/guides/engine';
import { exportPack, importPack, listPacks, packFor, removeImported, withOrigin } from '../lib/guides/pack-store';
import { buildIndex, type AdminIndex } from '../lib/admin-units/lookup';
import { suggestNewUnit } from '../lib/admin-units/suggest';
import { UnitsFileSchema } from '../lib/admin-units/units.schema';
import { bundledCatalogue } from '../lib/once-only/catalogue';
import { clearFindings, loadFindings, migrateFindingsFromStorage, newFinding, recordFindings } from '../lib/once-only/findings-store';
import { createMatcher, type Matcher } from '../lib/once-only/matcher';
import { checkItems } from '../lib/once-only/views';
import { GuideOutcomeSchema, GuideStateSaveSchema } from '../lib/guides/state.schema';
import { FrameFilledSchema, FrameReportSchema } from '../lib/page/frame-report';
import { PageSummarySchema } from '../lib/portals/summary.schema';
import { isPortalId } from '../lib/portals/types';
import { nameFromCode } from '../lib/procedures/procedure-list';
import { scrub } from '../lib/privacy/scrub';
import { isProcedureCode } from '../lib/text/procedure-code';
import type { TimingEvent } from '../lib/timings/journey';
import { TimingsRecorder } from '../lib/timings/recorder-background';
import { ContentTimingEventSchema } from '../lib/timings/record.schema';
import { authoringTabLoaded, authoringTabs, previewFor, previewOn, setPreview, startAuthoring, stopAuthoring } from '../lib/authoring/authoring-tabs';
import { currentOrNewDraft, draftById, isDraft, migrateDraftsFromStorage, onAnyDraftSaved, saveDraft, type SaveResult } from '../lib/authoring/draft-store';
import { updateStep } from '../lib/authoring/draft';
import { StepPatchSchema } from '../lib/authoring/step-options';
import { MAX_PACK_BYTES } from '../lib/guides/pack';
import { sendToTab } from '../lib/messaging/tab-protocol';

const timings = new TimingsRecorder();
/** A content script's timing event, validated; the time and host are the background's own. */
function timingEventFrom(raw: unknown, host: string): TimingEvent | null {
  const parsed = ContentTimingEventSchema.safeParse(raw);
  return parsed.success ? ({ ...parsed.data, at: Date.now(), host } as TimingEvent) : null;
}

let onceOnlyMatcher: Matcher | null = null;
const matcher = (): Matcher => (onceOnlyMatcher ??= createMatcher(bundledCatalogue()));

let adminIndex: Promise<AdminIndex> | null = null;
/** Built on the first question only: the dataset is 1.2 MB and most sessions never need it. */
function adminUnits(): Promise<AdminIndex> {
  adminIndex ??= fetch(browser.runtime.getURL('/admin-units/units.json'))
    .then((r) => r.json())
    .then((json) => buildIndex(UnitsFileSchema.parse(json)));
  return adminIndex;
}

const pageOpens = new OpenLimiter();
let draftUpdates: Promise<void> = Promise.resolve();

/** Every portal host we run on (built in and added), as match patterns for tabs.query. */
async function portalPatterns(): Promise<string[]> {
  return [...SUPPORTED_HOSTS, ...(await listAddedPortals())].map(matchPattern);
}

/** Opens one of our pages for a sender, at most as often as a person would ask (OpenLimiter). */
async function openOurPage(path: string, sender: { tab?: { id?: number } }): Promise<void> {
  if (!pageOpens.allow(sender.tab?.id === undefined ? 'extension' : `tab:${sender.tab.id}`, Date.now())) {
    throw new Error('Đã mở trang này vừa xong: vui lòng đợi một chút rồi thử lại.');
  }
  await browser.tabs.create({ url: browser.runtime.getURL(path as '/lookup.html') });
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

/**
 * onMessage, answering only the senders each message is meant for (lib/messaging/senders.ts); a
 * refused message gets an error and changes nothing.
 */
const onMessage: typeof onAnyMessage = (type, handler) =>
  onAnyMessage(type, async (message) => {
    const own = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
    const added = SUPPORTED_HOSTS.includes(new URL(message.sender.url ?? 'about:blank').hostname) ? [] : await listAddedPortals();
    const kind = senderKind(message.sender, own, (host) => SUPPORTED_HOSTS.includes(host) || added.includes(host));
    if (!senderAllowed(type as MessageType, kind)) throw new Error(`Từ chối tin nhắn "${type}": nguồn gửi không được phép.`);
    return (await handler(message)) as never;
  });

/** The on-demand part of the content script (entrypoints/companion.content.ts). */
const COMPANION_SCRIPT = '/content-scripts/companion.js';

export default defineBackground(() => {
  onMessage('companion/load', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    // Into the frame that asked (the resident part guards against a second copy).
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [COMPANION_SCRIPT] });
  });
  onMessage('page/recognised', async ({ data, sender }) => {
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
  });

  // The MoJ declaration frame and its wizard page talk through here (senders.ts: a frame only where the wizard embeds it).
  const declarationFrames = new Map<number, number>();
  onMessage('eform/report', ({ data, sender }) => {
    const parsed = FrameReportSchema.safeParse(data);
    const tabId = sender.tab?.id;
    if (!parsed.success || tabId === undefined || sender.frameId === undefined) return;
    declarationFrames.set(tabId, sender.frameId);
    void sendToTab('tab/eform-report', parsed.data, { tabId, frameId: 0 }).catch(() => undefined);
  });
  onMessage('eform/filled', ({ data, sender }) => {
    const parsed = FrameFilledSchema.safeParse(data);
    const tabId = sender.tab?.id;
    if (!parsed.success || tabId === undefined) return;
    void sendToTab('tab/eform-filled', parsed.data, { tabId, frameId: 0 }).catch(() => undefined);
  });
  onMessage('eform/reveal', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    const frameId = tabId === undefined ? undefined : declarationFrames.get(tabId);
    if (frameId === undefined || typeof data !== 'string' || !/^[a-z0-9-]{1,120}$/.test(data)) return;
    void sendToTab('tab/eform-reveal', { slug: data }, { tabId: tabId!, frameId }).catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => declarationFrames.delete(tabId));

  onMessage('page/current', async ({ data: tabId }) => {
    const key = `tab:${tabId}`;
    const stored = await browser.storage.session.get(key);
    return (stored[key] as RecognisedPage | undefined) ?? null;
  });

  onMessage('page/history', () => history());

  onMessage('portals/list', async () => ({ supported: [...SUPPORTED_HOSTS], added: await listAddedPortals() }));
  onMessage('portals/add', ({ data }) => addPortal(data));
  onMessage('portals/remove', async ({ data }) => ({ removed: await removePortal(data) }));

  // A draft under preview (guide authoring) stands in for the pack of its procedure.
  onMessage('guides/pack', async ({ data }) => withOrigin(await previewFor(data.procedureCode, data.portal), 'draft') ?? packFor(data.procedureCode, data.portal));
  onMessage('guides/state-save', async ({ data, sender }) => {
    const parsed = GuideStateSaveSchema.safeParse(data);
    if (!parsed.success || sender.tab?.id === undefined) return;
    const key = `guide:${sender.tab.id}:${parsed.data.procedureCode}`;
    if (parsed.data.state) await browser.storage.session.set({ [key]: parsed.data.state });
    else await browser.storage.session.remove(key);
  });
  onMessage('guides/state-load', async ({ data: code, sender }) => {
    if (typeof code !== 'string' || !isProcedureCode(code) || sender.tab?.id === undefined) return null;
    const key = `guide:${sender.tab.id}:${code}`;
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
    const parsed = GuideOutcomeSchema.safeParse(data);
    if (!parsed.success) return;
    if (sender.tab?.id !== undefined) void timings.handle(sender.tab.id, { type: 'guide', at: Date.now(), outcome: parsed.data.outcome });
    // Ids and a time only (to the minute): procedure code, portal, outcome, step id.
    const clean: GuideOutcome = { ...parsed.data, at: Math.floor(parsed.data.at / 60_000) * 60_000 };
    const past = ((await browser.storage.local.get(OUTCOMES_KEY))[OUTCOMES_KEY] ?? []) as GuideOutcome[];
    await browser.storage.local.set({ [OUTCOMES_KEY]: [...past, clean].slice(-OUTCOMES_LIMIT) });
  });
  onMessage('guides/outcomes', async () => ((await browser.storage.local.get(OUTCOMES_KEY))[OUTCOMES_KEY] ?? []) as GuideOutcome[]);
  onMessage('guides/list', () => listPacks());
  onMessage('lookup/suggest', async ({ data }) => suggestNewUnit(await adminUnits(), String(data)));
  onMessage('lookup/open', ({ sender }) => openOurPage('/lookup.html', sender));
  onMessage('guides/open-checklist', ({ data: code, sender }) => {
    if (typeof code !== 'string' || !isProcedureCode(code)) return;
    return openOurPage(`/checklist.html?code=${encodeURIComponent(code)}`, sender);
  });
  onMessage('guides/import', ({ data }) => (typeof data?.text === 'string' ? importPack(data.text, data.replaceBundled === true) : { ok: false, problems: [{ path: '(tệp)', message: 'không đọc được tệp' }] }));
  onMessage('guides/export', ({ data }) => exportPack(data));
  onMessage('guides/remove', async ({ data }) => ({ removed: await removeImported(data) }));

  onMessage('onceOnly/check', async ({ data, sender }) => {
    const url = sender.tab?.url;
    if (!url || !Array.isArray(data?.items)) return [];
    const host = new URL(url).hostname;
    const catalogue = bundledCatalogue();
    const at = Date.now();
    // The declaration frame knows no code: its wizard page's, as recognised for this tab.
    const framed = sender.frameId !== undefined && sender.frameId !== 0 && sender.tab?.id !== undefined;
    const recognised = framed ? ((await browser.storage.session.get(`tab:${sender.tab!.id}`))[`tab:${sender.tab!.id}`] as RecognisedPage | undefined) : undefined;
    const given = typeof data.procedureCode === 'string' && isProcedureCode(data.procedureCode) ? data.procedureCode : null;
    const code = given ?? recognised?.summary?.procedureCode ?? null;
    // The page's heading serves the live report text only (in memory); what is kept is the bundled name.
    const name = typeof data.procedureName === 'string' ? data.procedureName.slice(0, 400) : null;
    const results = checkItems(catalogue, matcher(), { ...data, host, procedureCode: code, procedureName: name }, at);
    const portal = isPortalId(data.portal) ? data.portal : 'igate';
    void recordFindings(
      results.map(({ finding, item }) => newFinding(catalogue, { portal, host, procedureCode: code, text: item.text, source: item.source, addedByPerson: item.addedByPerson === true, finding })),
      at,
    );
    return results.map((r) => r.view);
  });
  onMessage('onceOnly/findings', () => loadFindings());
  onMessage('onceOnly/clear', () => clearFindings());
  onMessage('onceOnly/open-report', ({ sender }) => openOurPage('/findings.html', sender));

  onMessage('authoring/draft-current', async ({ data }) => currentOrNewDraft(Date.now(), typeof data === 'string' && isProcedureCode(data) ? data : ''));
  onMessage('authoring/draft-save', async ({ data }) => {
    // A draft is a few KB; the panel may save on every keystroke of the author's, never a megabyte.
    if (!isDraft(data) || JSON.stringify(data).length > MAX_PACK_BYTES) return { ok: false, reason: 'other' } as const;
    return saveDraft(data);
  });
  onMessage('authoring/draft-get', ({ data }) => (typeof data === 'string' ? draftById(data) : null));
  onMessage('authoring/step-update', ({ data }) => {
    // One keystroke, one update: applied in order to the stored draft, so neither a faster later
    // keystroke nor a reorder or delete made in the panel meanwhile is lost.
    const run = draftUpdates.then(async (): Promise<SaveResult> => {
      const patch = StepPatchSchema.safeParse(data?.patch);
      const draft = typeof data?.draftId === 'string' ? await draftById(data.draftId) : null;
      if (!patch.success || !draft || !draft.steps.some((s) => s.id === data.stepId)) return { ok: false, reason: 'other' };
      return saveDraft(updateStep(draft, data.stepId, patch.data, Date.now()));
    });
    draftUpdates = run.then(() => undefined, () => undefined);
    return run;
  });
  onMessage('authoring/preview-set', async ({ data, sender }) => {
    const r = await setPreview(data);
    if (r.ok && sender.tab?.id !== undefined) await sendToTab('tab/preview', { procedureCode: r.procedureCode }, sender.tab.id).catch(() => undefined);
    return { ok: r.ok };
  });
  onMessage('authoring/preview-get', () => previewOn());
  // A draft saved by the drafts page or the step editor reaches the panels that show it.
  onAnyDraftSaved((draft) => {
    void authoringTabs().then((ids) => ids.forEach((id) => void sendToTab('tab/draft', draft, id).catch(() => undefined)));
  });

  onMessage('settings/get', async () => settingsFrom((await browser.storage.local.get('settings')).settings));
  onMessage('settings/set', async ({ data }) => {
    const settings = settingsFrom(data);
    await browser.storage.local.set({ settings });
    // Every portal tab follows at once (the panel's text size, the checklist).
    for (const tab of await browser.tabs.query({ url: await portalPatterns() })) {
      if (tab.id !== undefined) void sendToTab('tab/settings', settings, tab.id).catch(() => undefined);
    }
  });

  onMessage('authoring/start', ({ data: tabId }) => startAuthoring(tabId));
  onMessage('authoring/stop', async ({ sender }) => {
    if (sender.tab?.id !== undefined) await stopAuthoring(sender.tab.id);
  });
  onMessage('authoring/open-drafts', ({ sender }) => openOurPage('/drafts.html', sender));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'complete') void authoringTabLoaded(tabId);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(`tab:${tabId}`);
    pageOpens.forget(`tab:${tabId}`);
  });
  // Findings kept by an older version in storage.local (whole wording): cut down and moved, once.
  void migrateFindingsFromStorage(bundledCatalogue, matcher, browser.storage.local).catch(() => undefined);
  void migrateDraftsFromStorage(browser.storage.local).catch(() => undefined);
  // Content scripts read nothing from storage.local (they ask here): where the browser allows it
  // (Chrome; Firefox knows the setting for session storage only), they cannot read it at all.
  void (browser.storage.local as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> }).setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })?.catch(() => undefined);
  browser.runtime.onStartup.addListener(() => void reconcileAddedPortals());
  browser.runtime.onInstalled.addListener(() => void reconcileAddedPortals());
});
