/**
 * Load (issue 10 §5): a counter day compressed in time — filings one after another in one iGate
 * tab that stays open all day (the SPA never reloads: detail → apply online → upload → submit →
 * receipt → back), with and without the extension. The page's JS heap after a forced collection
 * must stay flat (our growth over the run within a stated bound), the service worker's too, and
 * every upload and submit of the day is in the timings store (0 lost).
 * LOAD_FILINGS sets the filings per run (default 30 in CI; 300 for a full day).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { recordFigure } from '../figures';
import type { Replicas } from '../replicas/server';
import { launchBrowser } from './browser';
import { expect, test } from './fixtures';
import { finishIgateFiling, timingRecords } from './timings-helpers';

const FILINGS = Number(process.env.LOAD_FILINGS ?? 30);
const WARM_UP = 5;
/** What the extension may add to the page's heap over the whole day, after warm-up. */
const PAGE_GROWTH_BOUND = 1024 * 1024;
const SW_GROWTH_BOUND = 2 * 1024 * 1024;
const ID = '6215fc5acfa6484e420b67d8';

async function filing(page: Page, i: number) {
  await page.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).click();
  await page.locator('input[name="data[phoneNumber]"]').first().fill(`09000000${String(i % 100).padStart(2, '0')}`);
  await finishIgateFiling(page, { name: 'giay-to.pdf', bytes: 100 * 1024, fill: i % 256 });
  // The person reads the dossier number before going back; leaving the receipt within our reading
  // throttle (150 ms) would leave the submit unpaired (noted in the issue, not fixed yet).
  await page.waitForTimeout(400);
  await page.goBack();
  await page.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).waitFor();
}

async function pageHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

/** The service worker's heap, from inside it (Chromium exposes performance.memory to workers). */
async function workerHeap(context: BrowserContext): Promise<number | null> {
  const sw = context.serviceWorkers()[0];
  if (!sw) return null;
  return sw.evaluate(async () => {
    (globalThis as unknown as { gc?: () => void }).gc?.();
    return (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null;
  });
}

async function day(replicas: Replicas, withExtension: boolean) {
  const context = await launchBrowser({ resolverRules: replicas.resolverRules, withExtension });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`https://dichvucong.quangngai.gov.vn/vi/procedure/detail/${ID}`);
    for (let i = 0; i < WARM_UP; i++) await filing(page, i);
    const heapStart = await pageHeap(page);
    const swStart = withExtension ? await workerHeap(context) : null;
    const started = Date.now();
    for (let i = WARM_UP; i < FILINGS; i++) await filing(page, i);
    const perFilingMs = (Date.now() - started) / Math.max(1, FILINGS - WARM_UP);
    const heapEnd = await pageHeap(page);
    const swEnd = withExtension ? await workerHeap(context) : null;
    const records = withExtension ? await timingRecords(context) : [];
    return { heapGrowth: heapEnd - heapStart, swGrowth: swStart !== null && swEnd !== null ? swEnd - swStart : null, perFilingMs, records };
  } finally {
    await context.close();
  }
}

test(`a counter day compressed: ${FILINGS} filings in one tab, memory flat, no record lost`, async ({ replicas }) => {
  test.setTimeout(60_000 + FILINGS * 2 * 8_000);
  const alone = await day(replicas, false);
  const withUs = await day(replicas, true);
  const ours = withUs.heapGrowth - alone.heapGrowth;
  const uploads = withUs.records.filter((r) => r.type === 'upload' && r.outcome === 'ok').length;
  const submits = withUs.records.filter((r) => r.type === 'submit').length;
  const lost = Math.max(0, FILINGS - uploads) + Math.max(0, FILINGS - submits);
  const kb = (b: number | null) => (b === null ? 'n/a' : `${(b / 1024).toFixed(0)} KB`);
  console.log(`load: ${FILINGS} filings, ${withUs.perFilingMs.toFixed(0)} ms each; page heap growth with us ${kb(withUs.heapGrowth)}, alone ${kb(alone.heapGrowth)}; service worker ${kb(withUs.swGrowth)}; uploads ${uploads}, submits ${submits}`);
  expect(lost).toBe(0);
  expect(ours).toBeLessThan(PAGE_GROWTH_BOUND);
  if (withUs.swGrowth !== null) expect(withUs.swGrowth).toBeLessThan(SW_GROWTH_BOUND);
  recordFigure({
    id: 'load-counter-day',
    area: 'load',
    what: `${FILINGS} filings with a 100 KB upload each, one iGate tab kept open (SPA, no reload), ${withUs.perFilingMs.toFixed(0)} ms per filing; uploads and submits in the store`,
    cases: FILINGS,
    recordsLost: lost,
    measure: `page heap growth after GC over ${FILINGS - WARM_UP} filings: with us ${kb(withUs.heapGrowth)}, without ${kb(alone.heapGrowth)} (our part bound ${kb(PAGE_GROWTH_BOUND)}); service worker ${kb(withUs.swGrowth)} (bound ${kb(SW_GROWTH_BOUND)})`,
  });
});
