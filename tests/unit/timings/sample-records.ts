/** A small set of valid timing records of every type, shared by the exchange tests and the fuzzing. */
import type { TimingRecord } from '../../../lib/timings/record.schema';

export const at = Date.UTC(2026, 10, 24, 1, 30);
export const base = { portal: 'igate' as const, host: 'dichvucong.quangngai.gov.vn', code: '1.001193' };
export const records: TimingRecord[] = [
  { ...base, id: 'rec-00000001', type: 'page', at, kind: 'filing-form', nav: 'load', ttfbMs: 100, domContentLoadedMs: 400, loadMs: 1000, formReadyMs: 2000, longTasks: 0, longTaskMs: 0 },
  { ...base, id: 'rec-00000002', type: 'page', at: at + 1, kind: 'filing-form', nav: 'load', ttfbMs: 100, domContentLoadedMs: 400, loadMs: 3000, formReadyMs: null, longTasks: 2, longTaskMs: 130 },
  { ...base, id: 'rec-00000003', type: 'upload', at: at + 2, kind: 'upload', bytes: 1048576, files: 1, durationMs: 5000, throughputKBps: 204.8, outcome: 'ok', status: 200 },
  { ...base, id: 'rec-00000004', type: 'upload', at: at + 3, kind: 'upload', bytes: 2048, files: 1, durationMs: 10, throughputKBps: 200, outcome: 'too-large', status: 413 },
  { ...base, id: 'rec-00000005', type: 'submit', at: at + 4, kind: 'upload', latencyMs: 3100, outcome: 'receipt', status: 200, attempt: 1 },
  { ...base, id: 'rec-00000006', type: 'hang', at: at + 5, kind: 'upload', pendingMs: 20000, resource: 'xmlhttprequest', outcome: 'reloaded', failed: true },
  { ...base, host: 'dichvucong.gov.vn', portal: 'dvcqg', code: null, id: 'rec-00000007', type: 'error', at: at + 6, kind: 'other', status: 502, resource: 'main_frame', cause: 'portal-page' },
  { ...base, id: 'rec-00000008', type: 'journey', at: at + 7, kind: 'filing-form', durationMs: 90000, steps: [{ index: 1, ms: 60000 }], timeToFirstSubmitMs: 80000, submits: 1, guide: null, outcome: 'submitted' },
];
