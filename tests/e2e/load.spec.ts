/**
 * Load (issue 10 §5): a counter day compressed in time — filings one after another in one iGate
 * tab that stays open all day (the SPA never reloads: detail → apply online → upload → submit →
 * receipt → back), with and without the extension. The page's JS heap after a forced collection
 * must stay flat (our growth over the run within a stated bound), the service worker's too, and
 * every upload and submit of the day is in the timings store (0 lost).
 * LOAD_FILINGS sets the filings per run (default 30 in CI; 300 for a full day).
 */
import type { Page } from '@playwright/test';
import { recordFigure } from '../figures';
import type { Replicas } from '../replicas/server';
import { launchBrowser, pageHeapAfterGc, serviceWorkerHeap } from './browser';
import { expect, test } from './fixtures';
import { DEFAULT_LIMITS } from '../../lib/timings/store';
import { igateDayFiling, timingRecords } from './timings-helpers';

const FILINGS = Number(process.env.LOAD_FILINGS ?? 30);
const WARM_UP = 5;
/** What the extension may add to the page's heap over the whole day, after warm-up. */
const PAGE_GROWTH_BOUND = 1024 * 1024;
const SW_GROWTH_BOUND = 2 * 1024 * 1024;
/** Flat: what our part may still grow over the second half of the day. */
const LATE_GROWTH_BOUND = 512 * 1024;
const ID = '6215fc5acfa6484e420b67d8';

async function pageHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const bytes = await pageHeapAfterGc(cdp);
  await cdp.detach();
  return bytes;
}

/** Heaps after GC every SAMPLE_EVERY filings: a leak shows as growth that goes on, a cache as growth that stops. */
const SAMPLE_EVERY = Math.max(5, Math.round((FILINGS - WARM_UP) / 10));

interface Sample {
  filings: number;
  page: number;
  worker: number | null;
}

async function day(replicas: Replicas, withExtension: boolean) {
  const context = await launchBrowser({ resolverRules: replicas.resolverRules, withExtension });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`https://dichvucong.quangngai.gov.vn/vi/procedure/detail/${ID}`);
    const samples: Sample[] = [];
    const sample = async (filings: number) =>
      samples.push({ filings, page: await pageHeap(page), worker: withExtension ? await serviceWorkerHeap(context) : null });
    for (let i = 0; i < WARM_UP; i++) await igateDayFiling(page, i);
    await sample(WARM_UP);
    const started = Date.now();
    for (let i = WARM_UP; i < FILINGS; i++) {
      await igateDayFiling(page, i);
      if ((i + 1 - WARM_UP) % SAMPLE_EVERY === 0 || i + 1 === FILINGS) await sample(i + 1);
    }
    const perFilingMs = (Date.now() - started) / Math.max(1, FILINGS - WARM_UP);
    const records = withExtension ? await timingRecords(context) : [];
    return { samples, perFilingMs, records };
  } finally {
    await context.close();
  }
}

/** Growth over the run, and over its second half (where a one-time cache has stopped growing). */
function growth(samples: Sample[], of: 'page' | 'worker'): { whole: number; secondHalf: number; secondHalfFilings: number } | null {
  if (samples.length < 2 || samples.some((s) => s[of] === null)) return null;
  const mid = samples[Math.floor((samples.length - 1) / 2)]!;
  const first = samples[0]!;
  const last = samples[samples.length - 1]!;
  return { whole: last[of]! - first[of]!, secondHalf: last[of]! - mid[of]!, secondHalfFilings: last.filings - mid.filings };
}

test(`a counter day compressed: ${FILINGS} filings in one tab, memory flat, no record lost`, async ({ replicas }) => {
  test.setTimeout(60_000 + FILINGS * 2 * 8_000);
  const alone = await day(replicas, false);
  const withUs = await day(replicas, true);
  const pageAlone = growth(alone.samples, 'page')!;
  const pageWithUs = growth(withUs.samples, 'page')!;
  const worker = growth(withUs.samples, 'worker');
  const ours = pageWithUs.whole - pageAlone.whole;
  const oursLate = pageWithUs.secondHalf - pageAlone.secondHalf;
  const uploads = withUs.records.filter((r) => r.type === 'upload' && r.outcome === 'ok').length;
  const submits = withUs.records.filter((r) => r.type === 'submit').length;
  const lost = Math.max(0, FILINGS - uploads) + Math.max(0, FILINGS - submits);
  const kb = (b: number | null | undefined) => (b === null || b === undefined ? 'n/a' : `${(b / 1024).toFixed(0)} KB`);
  console.log(`load: ${FILINGS} filings, ${withUs.perFilingMs.toFixed(0)} ms each; records ${withUs.records.length}; uploads ${uploads}, submits ${submits}`);
  console.log(`load samples (filings: page heap alone / with us / worker, KB): ${withUs.samples
    .map((s, i) => `${s.filings}: ${kb(alone.samples[i]?.page)} / ${kb(s.page)} / ${kb(s.worker)}`)
    .join('; ')}`);
  expect(lost).toBe(0);
  expect(ours).toBeLessThan(PAGE_GROWTH_BOUND);
  expect(oursLate).toBeLessThan(LATE_GROWTH_BOUND);
  expect(worker).not.toBeNull();
  expect(worker!.whole).toBeLessThan(SW_GROWTH_BOUND);
  recordFigure({
    id: 'load-counter-day',
    area: 'load',
    what: `${FILINGS} filings with a 100 KB upload each, one iGate tab kept open (SPA, no reload), ${withUs.perFilingMs.toFixed(0)} ms per filing; uploads and submits in the store (${withUs.records.length} records, cap ${DEFAULT_LIMITS.maxRecords.toLocaleString('en')})`,
    cases: FILINGS,
    recordsLost: lost,
    measure:
      `heaps after GC over ${FILINGS - WARM_UP} filings after ${WARM_UP} of warm-up — page with us ${kb(pageWithUs.whole)}, without ${kb(pageAlone.whole)}: our part ${kb(ours)} (bound ${kb(PAGE_GROWTH_BOUND)}), ` +
      `of it ${kb(oursLate)} in the last ${pageWithUs.secondHalfFilings} filings (bound ${kb(LATE_GROWTH_BOUND)}); service worker ${kb(worker?.whole)} (bound ${kb(SW_GROWTH_BOUND)})`,
  });
});
