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
  journeys: number;
}

export function applyFilter(records: readonly TimingRecord[], f: TimingsFilter): TimingRecord[] {
  return records.filter((r) => (f.from === undefined || r.at >= f.from) && (f.to === undefined || r.at <= f.to) && (!f.portal || r.portal === f.portal) && (!f.code || r.code === f.code));
}

/** Nearest-rank quantile over sorted numbers. */
export function quantileOf(sorted: readonly number[], q: number): number | null {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function summarize(values: readonly (number | null)[]): Summary {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  return { count: xs.length, median: quantileOf(xs, 0.5), p90: quantileOf(xs, 0.9) };
}

export function groupStats(records: readonly TimingRecord[]): GroupStats[] {
  const groups = new Map<string, TimingRecord[]>();
  for (const r of records) {
    const key = `${r.host}|${r.code ?? ''}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(r);
  }
  const out: GroupStats[] = [];
  for (const rs of groups.values()) {
    const first = rs[0]!;
    const pages = rs.filter((r) => r.type === 'page');
    const uploads = rs.filter((r) => r.type === 'upload');
    const submits = rs.filter((r) => r.type === 'submit');
    out.push({
      portal: first.portal,
      host: first.host,
      code: first.code,
      pages: pages.length,
      pageLoad: summarize(pages.map((p) => (p.nav === 'load' ? p.loadMs : null))),
      formReady: summarize(pages.map((p) => p.formReadyMs)),
      uploads: uploads.length,
      uploadKBps: summarize(uploads.map((u) => (u.outcome === 'ok' ? u.throughputKBps : null))),
      submits: submits.length,
      submitLatency: summarize(submits.map((s) => (s.outcome === 'receipt' ? s.latencyMs : null))),
      hangs: rs.filter((r) => r.type === 'hang').length,
      errors: rs.filter((r) => r.type === 'error').length + uploads.filter((u) => u.outcome !== 'ok').length + submits.filter((s) => s.outcome !== 'receipt').length,
      journeys: rs.filter((r) => r.type === 'journey').length,
    });
  }
  return out.sort((a, b) => b.pages + b.uploads - (a.pages + a.uploads));
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
  const days = new Map<number, TimingRecord[]>();
  for (const r of records) {
    const d = new Date(r.at);
    const day = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
    let g = days.get(day);
    if (!g) days.set(day, (g = []));
    g.push(r);
  }
  return [...days.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([day, rs]) => ({
      day,
      pageLoadMedian: summarize(rs.map((r) => (r.type === 'page' && r.nav === 'load' ? r.loadMs : null))).median,
      uploadKBpsMedian: summarize(rs.map((r) => (r.type === 'upload' && r.outcome === 'ok' ? r.throughputKBps : null))).median,
      hangs: rs.filter((r) => r.type === 'hang').length,
      errors: rs.filter((r) => r.type === 'error').length,
    }));
}

/** Counts of values in equal-width bins from 0 to the p99 (the tail goes in the last bin). */
export function histogram(values: readonly number[], bins = 12): { edges: number[]; counts: number[] } {
  if (!values.length) return { edges: [], counts: [] };
  const sorted = [...values].sort((a, b) => a - b);
  const top = Math.max(1, quantileOf(sorted, 0.99)!);
  const width = top / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const v of sorted) counts[Math.min(bins - 1, Math.floor(v / width))]!++;
  return { edges: counts.map((_, i) => Math.round(i * width)), counts };
}
