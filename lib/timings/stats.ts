/**
 * Statistics for the timings dashboard, pure: per portal and procedure, counts and median/p90 of
 * page load, form ready, upload throughput and submit latency, hangs and errors; a daily series
 * and a distribution. Input: records already filtered by the store's time range.
 */
import type { TimingRecord } from './record.schema';

export interface TimingsFilter {
  from?: number;
  to?: number;
  portal?: string;
  code?: string;
}

export interface Summary {
  count: number;
  median: number | null;
  p90: number | null;
}

export interface GroupStats {
  portal: string;
  host: string;
  code: string | null;
  pages: number;
  pageLoad: Summary;
  formReady: Summary;
  uploads: number;
  uploadKBps: Summary;
  submits: number;
  submitLatency: Summary;
  hangs: number;
  errors: number;
  /** Submits that failed because the portal's payment window could not be reached. */
  paymentFailures: number;
  journeys: number;
}

export function applyFilter(records: readonly TimingRecord[], f: TimingsFilter): TimingRecord[] {
  return records.filter((r) => (f.from === undefined || r.at >= f.from) && (f.to === undefined || r.at <= f.to) && (!f.portal || r.portal === f.portal) && (!f.code || r.code === f.code));
}

/** Nearest-rank quantile over sorted numbers. */
export function quantileOf(sorted: ArrayLike<number>, q: number): number | null {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function summarize(values: readonly (number | null)[]): Summary {
  // A typed array sorts numbers natively, several times faster than Array.sort with a comparator.
  const xs = new Float64Array(values.length);
  let n = 0;
  for (const v of values) if (v !== null && Number.isFinite(v)) xs[n++] = v;
  const sorted = xs.subarray(0, n).sort();
  return { count: n, median: quantileOf(sorted, 0.5), p90: quantileOf(sorted, 0.9) };
}

export function groupStats(records: readonly TimingRecord[]): GroupStats[] {
  interface Acc {
    portal: string;
    host: string;
    code: string | null;
    pages: number;
    loads: number[];
    ready: number[];
    uploads: number;
    kbps: number[];
    submits: number;
    latency: number[];
    hangs: number;
    errors: number;
    paymentFailures: number;
    journeys: number;
  }
  const byHost = new Map<string, Map<string | null, Acc>>();
  const groups: Acc[] = [];
  // One pass over the records, grouped host → procedure without building a key string per record.
  for (const r of records) {
    let byCode = byHost.get(r.host);
    if (!byCode) byHost.set(r.host, (byCode = new Map()));
    let g = byCode.get(r.code);
    if (!g) {
      g = { portal: r.portal, host: r.host, code: r.code, pages: 0, loads: [], ready: [], uploads: 0, kbps: [], submits: 0, latency: [], hangs: 0, errors: 0, paymentFailures: 0, journeys: 0 };
      byCode.set(r.code, g);
      groups.push(g);
    }
    switch (r.type) {
      case 'page':
        g.pages++;
        if (r.nav === 'load' && r.loadMs !== null) g.loads.push(r.loadMs);
        if (r.formReadyMs !== null) g.ready.push(r.formReadyMs);
        break;
      case 'upload':
        g.uploads++;
        if (r.outcome === 'ok' && r.throughputKBps !== null) g.kbps.push(r.throughputKBps);
        else if (r.outcome !== 'ok') g.errors++;
        break;
      case 'submit':
        g.submits++;
        if (r.outcome === 'receipt') g.latency.push(r.latencyMs);
        else g.errors++;
        if (r.outcome === 'payment-failed') g.paymentFailures++;
        break;
      case 'hang':
        g.hangs++;
        break;
      case 'error':
        g.errors++;
        break;
      case 'journey':
        g.journeys++;
        break;
    }
  }
  return groups
    .map((g) => ({
      portal: g.portal,
      host: g.host,
      code: g.code,
      pages: g.pages,
      pageLoad: summarize(g.loads),
      formReady: summarize(g.ready),
      uploads: g.uploads,
      uploadKBps: summarize(g.kbps),
      submits: g.submits,
      submitLatency: summarize(g.latency),
      hangs: g.hangs,
      errors: g.errors,
      paymentFailures: g.paymentFailures,
      journeys: g.journeys,
    }))
    .sort((a, b) => b.pages + b.uploads - (a.pages + a.uploads));
}

export interface DayPoint {
  /** Local midnight, ms. */
  day: number;
  pageLoadMedian: number | null;
  uploadKBpsMedian: number | null;
  hangs: number;
  errors: number;
}

export function dailySeries(records: readonly TimingRecord[]): DayPoint[] {
  interface Acc {
    loads: number[];
    kbps: number[];
    hangs: number;
    errors: number;
  }
  const days = new Map<number, Acc>();
  // Local midnight per hour of time stamps, so a Date is made once an hour, not once a record.
  const dayOfHour = new Map<number, number>();
  for (const r of records) {
    const hour = Math.floor(r.at / 3_600_000);
    let day = dayOfHour.get(hour);
    if (day === undefined) {
      const d = new Date(r.at);
      day = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
      dayOfHour.set(hour, day);
    }
    let g = days.get(day);
    if (!g) days.set(day, (g = { loads: [], kbps: [], hangs: 0, errors: 0 }));
    if (r.type === 'page' && r.nav === 'load' && r.loadMs !== null) g.loads.push(r.loadMs);
    else if (r.type === 'upload' && r.outcome === 'ok' && r.throughputKBps !== null) g.kbps.push(r.throughputKBps);
    else if (r.type === 'hang') g.hangs++;
    else if (r.type === 'error') g.errors++;
  }
  return [...days.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([day, g]) => ({ day, pageLoadMedian: summarize(g.loads).median, uploadKBpsMedian: summarize(g.kbps).median, hangs: g.hangs, errors: g.errors }));
}

/** Counts of values in equal-width bins from 0 to the p99 (the tail goes in the last bin). */
export function histogram(values: readonly number[], bins = 12): { edges: number[]; counts: number[] } {
  if (!values.length) return { edges: [], counts: [] };
  const sorted = [...values].sort((a, b) => a - b);
  const top = Math.max(1, quantileOf(sorted, 0.99)!);
  const width = top / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const v of sorted) counts[Math.min(bins - 1, Math.floor(v / width))]!++;
  return { edges: counts.map((_, i) => i * width), counts };
}
