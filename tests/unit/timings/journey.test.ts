import { describe, expect, it } from 'vitest';
import { twoSignificant } from '../../../lib/privacy/coarsen';
import { DEFAULT_RECORDER_SETTINGS, emptyTab, reduce, type TabState, type TimingEvent } from '../../../lib/timings/journey';
import { TimingRecordSchema, type TimingRecord } from '../../../lib/timings/record.schema';

const T0 = Date.UTC(2026, 10, 24, 2, 0);
let n = 0;
const id = () => `rec-${String(++n).padStart(6, '0')}`;
const page = (at: number, kind: 'filing-form' | 'upload' | 'receipt' | 'procedure-detail', step: number | null = null): TimingEvent => ({ type: 'page', at, portal: 'igate', host: 'dichvucong.quangngai.gov.vn', kind, code: '1.001193', step });

function run(events: TimingEvent[], settings = DEFAULT_RECORDER_SETTINGS): { state: TabState; records: TimingRecord[] } {
  let state = emptyTab();
  const records: TimingRecord[] = [];
  for (const e of events) {
    const step = reduce(state, e, settings, id);
    state = step.state;
    records.push(...step.records);
  }
  for (const r of records) expect(TimingRecordSchema.safeParse(r).success, JSON.stringify(r)).toBe(true);
  return { state, records };
}

describe('journey reducer', () => {
  it('an error message after the submit click ends that attempt as an error; one after files were chosen is a refused upload of its row', () => {
    const { records } = run([
      page(T0, 'filing-form'),
      { type: 'submit-click', at: T0 + 1000 },
      { type: 'portal-error', at: T0 + 1400 },
      { type: 'upload-bytes', at: T0 + 5000, bytes: 2048, files: 1, slot: 2 },
      { type: 'portal-error', at: T0 + 5100 },
      { type: 'upload-bytes', at: T0 + 9000, bytes: 40_960, files: 1, slot: 4 },
      { type: 'request', at: T0 + 9900, start: T0 + 9100, role: 'other', resource: 'fetch', mainFrame: false, status: 200, error: null, reloadedSince: false, post: true },
      { type: 'submit-click', at: T0 + 12_000 },
      page(T0 + 12_800, 'receipt'),
    ]);
    const submits = records.filter((r) => r.type === 'submit');
    expect(submits.map((r) => r.type === 'submit' && [r.outcome, r.attempt, r.latencyMs])).toEqual([['error', 1, 400], ['receipt', 2, 800]]);
    const uploads = records.filter((r) => r.type === 'upload');
    expect(uploads.map((r) => r.type === 'upload' && [r.slot, r.outcome, r.bytes])).toEqual([[2, 'rejected', 2000], [4, 'ok', 41_000]]);
    // An error message with nothing pending (a lookup that found nobody) records nothing.
    expect(run([page(T0, 'filing-form'), { type: 'portal-error', at: T0 + 100 }]).records).toEqual([]);
  });

  it('times an upload from its request, with the size chosen just before, as KB/s', () => {
    const { records } = run([
      page(T0, 'filing-form', 1),
      { type: 'upload-bytes', at: T0 + 1000, bytes: 1024 * 1024, files: 1 },
      { type: 'request', at: T0 + 6100, start: T0 + 1100, role: 'upload', resource: 'xmlhttprequest', mainFrame: false, status: 200, error: null, reloadedSince: false },
    ]);
    const up = records.find((r) => r.type === 'upload')!;
    // Two significant figures of the size, and the speed from that (issue 18 §5): 1,048,576 → 1,000,000.
    expect(up).toMatchObject({ type: 'upload', bytes: 1_000_000, durationMs: 5000, outcome: 'ok', status: 200 });
    expect(up.type === 'upload' && up.throughputKBps).toBeCloseTo(195.3, 1);
    expect(up.at % 60_000).toBe(0);
  });

  it('keeps no exact size or millisecond time that could be matched with a portal\'s log', () => {
    const { records } = run([
      page(T0 + 12_345, 'filing-form', 1),
      { type: 'upload-bytes', at: T0 + 13_000, bytes: 123_457, files: 1 },
      { type: 'request', at: T0 + 16_100, start: T0 + 13_100, role: 'upload', resource: 'xmlhttprequest', mainFrame: false, status: 200, error: null, reloadedSince: false },
    ]);
    for (const r of records) expect(r.at % 60_000, r.type).toBe(0);
    expect(records.find((r) => r.type === 'upload')).toMatchObject({ bytes: 120_000, durationMs: 3000 });
    expect([twoSignificant(0), twoSignificant(9), twoSignificant(99), twoSignificant(1049), twoSignificant(20_480)]).toEqual([0, 9, 99, 1000, 20_000]);
  });

  it('classifies upload outcomes: 413 too large, other HTTP errors, aborted, time-out', () => {
    const req = (status: number | null, error: string | null): TimingEvent => ({ type: 'request', at: T0 + 200, start: T0 + 100, role: 'upload', resource: 'xmlhttprequest', mainFrame: false, status, error, reloadedSince: false });
    const outcomes = [req(413, null), req(500, null), req(null, 'net::ERR_ABORTED'), req(null, 'net::ERR_TIMED_OUT'), req(null, 'net::ERR_EMPTY_RESPONSE')].map(
      (e) => run([page(T0, 'upload'), e]).records.find((r) => r.type === 'upload')!,
    );
    expect(outcomes.map((u) => (u.type === 'upload' ? u.outcome : null))).toEqual(['too-large', 'http-error', 'aborted', 'timeout', 'failed']);
    expect(outcomes.every((u) => u.type === 'upload' && u.bytes === null && u.throughputKBps === null)).toBe(true);
  });

  it('submit latency is click → receipt; a second click is a re-submit of the same attempt; the journey closes with step times', () => {
    const { records, state } = run([
      page(T0, 'filing-form', 1),
      page(T0 + 60_000, 'upload', 2),
      { type: 'submit-click', at: T0 + 90_000 },
      { type: 'submit-click', at: T0 + 91_000 },
      { type: 'request', at: T0 + 93_000, start: T0 + 90_050, role: 'submit', resource: 'xmlhttprequest', mainFrame: false, status: 200, error: null, reloadedSince: false },
      { type: 'guide', at: T0 + 93_100, outcome: 'completed' },
      page(T0 + 93_200, 'receipt', 4),
    ]);
    expect(records.find((r) => r.type === 'submit')).toMatchObject({ latencyMs: 3200, outcome: 'receipt', status: 200, attempt: 1 });
    const j = records.find((r) => r.type === 'journey')!;
    expect(j).toMatchObject({ outcome: 'submitted', durationMs: 93_200, timeToFirstSubmitMs: 90_000, submits: 2, guide: 'completed' });
    expect(j.type === 'journey' && j.steps).toEqual([
      { index: 1, ms: 60_000 },
      { index: 2, ms: 33_200 },
    ]);
    expect(state.journey).toBeNull();
  });

  it('the portal\'s dossier list right after the submit click is its answer; the list without a pending submit is not; a payment-window failure is its own outcome', () => {
    const list = (at: number): TimingEvent => ({ type: 'page', at, portal: 'cutru', host: 'dichvucong.dancuquocgia.gov.vn', kind: 'dossier-tracking', code: null, step: null });
    const form = (at: number): TimingEvent => ({ type: 'page', at, portal: 'cutru', host: 'dichvucong.dancuquocgia.gov.vn', kind: 'filing-form', code: '1.004194', step: null });
    const sent = run([form(T0), { type: 'submit-click', at: T0 + 1000 }, list(T0 + 4000)]);
    expect(sent.records.find((r) => r.type === 'submit')).toMatchObject({ outcome: 'receipt', latencyMs: 3000, code: '1.004194' });
    expect(sent.records.find((r) => r.type === 'journey')).toMatchObject({ outcome: 'submitted' });
    // "Lưu nháp" is no submit: its landing on the draft list ends nothing.
    expect(run([form(T0), list(T0 + 4000)]).records.filter((r) => r.type === 'submit' || r.type === 'journey')).toEqual([]);
    const payment = run([form(T0), { type: 'submit-click', at: T0 + 1000 }, { type: 'portal-error', at: T0 + 1600, cause: 'payment' }, list(T0 + 9000)]);
    expect(payment.records.filter((r) => r.type === 'submit').map((r) => r.type === 'submit' && r.outcome)).toEqual(['payment-failed']);
  });

  it('a submit answered with an error, and one never answered, are recorded as such', () => {
    const err = run([page(T0, 'upload'), { type: 'submit-click', at: T0 + 10 }, { type: 'request', at: T0 + 510, start: T0 + 20, role: 'submit', resource: 'xmlhttprequest', mainFrame: false, status: 500, error: null, reloadedSince: false }]);
    expect(err.records.find((r) => r.type === 'submit')).toMatchObject({ outcome: 'error', latencyMs: 500, status: 500 });
    const silent = run([page(T0, 'upload'), { type: 'submit-click', at: T0 + 10 }, page(T0 + 200_000, 'upload')]);
    expect(silent.records.find((r) => r.type === 'submit')).toMatchObject({ outcome: 'no-answer', latencyMs: DEFAULT_RECORDER_SETTINGS.submitTimeoutMs });
  });

  it('a request pending past the hang threshold is a hang: waited, reloaded, or given up when the tab closes', () => {
    const settings = { ...DEFAULT_RECORDER_SETTINGS, hangMs: 5000 };
    const long = (error: string | null, reloadedSince: boolean): TimingEvent => ({ type: 'request', at: T0 + 9000, start: T0 + 1000, role: 'other', resource: 'xmlhttprequest', mainFrame: false, status: error ? null : 200, error, reloadedSince });
    const hangOf = (e: TimingEvent) => run([page(T0, 'filing-form'), e], settings).records.find((r) => r.type === 'hang')!;
    expect(hangOf(long(null, false))).toMatchObject({ pendingMs: 8000, outcome: 'waited', failed: false });
    expect(hangOf(long('net::ERR_EMPTY_RESPONSE', false))).toMatchObject({ outcome: 'waited', failed: true });
    expect(hangOf(long('net::ERR_ABORTED', true))).toMatchObject({ outcome: 'reloaded' });
    const gone = run([page(T0, 'filing-form'), { type: 'tab-gone', at: T0 + 20_000, pending: [{ start: T0 + 1000, resource: 'xmlhttprequest' }] }], settings);
    expect(gone.records.map((r) => r.type)).toEqual(['hang', 'journey']);
    expect(gone.records[0]).toMatchObject({ outcome: 'gave-up' });
    expect(gone.records[1]).toMatchObject({ outcome: 'abandoned' });
  });

  it('errors: HTTP answers of the portal and network failures; page timings attributed to the page', () => {
    const { records } = run([
      page(T0, 'procedure-detail'),
      { type: 'nav', at: T0, portal: 'igate', host: 'dichvucong.quangngai.gov.vn', kind: 'procedure-detail', code: '1.001193', nav: 'load', ttfbMs: 120, domContentLoadedMs: 480, loadMs: 900, formReadyMs: null, longTasks: 1, longTaskMs: 60 },
      { type: 'request', at: T0 + 50, start: T0 + 10, role: 'other', resource: 'main_frame', mainFrame: true, status: 502, error: null, reloadedSince: false },
      { type: 'request', at: T0 + 50, start: T0 + 10, role: 'other', resource: 'script', mainFrame: false, status: null, error: 'net::ERR_CONNECTION_RESET', reloadedSince: false },
    ]);
    expect(records.map((r) => [r.type, r.type === 'error' ? r.cause : r.type === 'page' ? r.loadMs : null])).toEqual([
      ['page', 900],
      ['error', 'portal-page'],
      ['error', 'network'],
    ]);
  });
});

describe('records from the browser\'s fractional request times', () => {
  it('are whole milliseconds and pass the import schema', () => {
    const { records } = run([
      { type: 'page', at: T0, portal: 'igate', host: 'dichvucong.quangngai.gov.vn', kind: 'upload', code: '1.001193', step: 2 },
      { type: 'request', at: T0 + 1234.567, start: T0 + 10.25, role: 'upload', resource: 'xmlhttprequest', mainFrame: false, status: 200, error: null, reloadedSince: false },
    ]);
    expect(Number.isInteger(records[0]!.at)).toBe(true);
  });
});
