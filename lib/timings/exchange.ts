/**
 * Export and import of timing records: CSV for Excel (one row per record) and JSON that another
 * counter's machine can import. Import merges by record id (so a commune can pool machines) and is
 * all or nothing: a file with any bad record changes nothing and says, in Vietnamese, what is wrong.
 */
import { BOM, csvCell, localStamp } from '../export/csv';
import { messageOf, pathOf } from '../i18n/zod-problems';
import { HOUR_MS, toHour } from '../privacy/coarsen';

import { EXPORT_FORMAT, TimingRecordSchema, TimingsExportSchema, type TimingRecord } from './record.schema';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const COLUMNS = [
  'id', 'type', 'time', 'portal', 'host', 'kind', 'code', 'nav', 'ttfb_ms', 'dom_content_loaded_ms', 'load_ms', 'form_ready_ms', 'long_tasks', 'long_task_ms',
  'bytes', 'files', 'duration_ms', 'throughput_kbps', 'outcome', 'status', 'latency_ms', 'attempt', 'pending_ms', 'resource', 'failed', 'cause',
  'steps', 'time_to_first_submit_ms', 'submits', 'guide',
] as const;
const AT = Object.fromEntries(COLUMNS.map((c, i) => [c, i])) as Record<(typeof COLUMNS)[number], number>;

function round(n: number | null | undefined): number | null {
  return n === null || n === undefined ? null : Math.round(n * 10) / 10;
}

/** One record's cells in column order: positional, so 100,000 rows cost no intermediate objects. */
function cells(r: TimingRecord, stamp: string): (string | number | null)[] {
  const c: (string | number | null)[] = new Array(COLUMNS.length).fill(null);
  c[AT.id] = r.id;
  c[AT.type] = r.type;
  c[AT.time] = stamp;
  c[AT.portal] = r.portal;
  c[AT.host] = r.host;
  c[AT.kind] = r.kind;
  c[AT.code] = r.code;
  switch (r.type) {
    case 'page':
      c[AT.nav] = r.nav;
      c[AT.ttfb_ms] = round(r.ttfbMs);
      c[AT.dom_content_loaded_ms] = round(r.domContentLoadedMs);
      c[AT.load_ms] = round(r.loadMs);
      c[AT.form_ready_ms] = round(r.formReadyMs);
      c[AT.long_tasks] = r.longTasks;
      c[AT.long_task_ms] = round(r.longTaskMs);
      break;
    case 'upload':
      c[AT.bytes] = r.bytes;
      c[AT.files] = r.files;
      c[AT.duration_ms] = round(r.durationMs);
      c[AT.throughput_kbps] = round(r.throughputKBps);
      c[AT.outcome] = r.outcome;
      c[AT.status] = r.status;
      break;
    case 'submit':
      c[AT.latency_ms] = round(r.latencyMs);
      c[AT.outcome] = r.outcome;
      c[AT.status] = r.status;
      c[AT.attempt] = r.attempt;
      break;
    case 'hang':
      c[AT.pending_ms] = round(r.pendingMs);
      c[AT.resource] = r.resource;
      c[AT.outcome] = r.outcome;
      c[AT.failed] = r.failed ? 1 : 0;
      break;
    case 'error':
      c[AT.status] = r.status;
      c[AT.resource] = r.resource;
      c[AT.cause] = r.cause;
      break;
    case 'journey':
      c[AT.duration_ms] = round(r.durationMs);
      c[AT.outcome] = r.outcome;
      c[AT.steps] = r.steps.map((x) => `${x.index}:${Math.round(x.ms)}`).join(' ');
      c[AT.time_to_first_submit_ms] = round(r.timeToFirstSubmitMs);
      c[AT.submits] = r.submits;
      c[AT.guide] = r.guide;
      break;
  }
  return c;
}

/** Local time to the hour (lib/privacy/coarsen.ts); consecutive records share the formatting of their hour. */
function stamper(): (at: number) => string {
  let hour = -1;
  let text = '';
  return (at) => {
    const h = Math.floor(at / HOUR_MS);
    if (h !== hour) {
      hour = h;
      text = localStamp(h * HOUR_MS);
    }
    return text;
  };
}

export function recordsToCsv(records: readonly TimingRecord[]): string {
  const stamp = stamper();
  const lines: string[] = [COLUMNS.join(',')];
  for (const r of records) lines.push(cells(r, stamp(r.at)).map((v) => (v === null ? '' : typeof v === 'number' ? String(v) : csvCell(v))).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

export function recordsToJson(records: readonly TimingRecord[], now: number): string {
  // A file leaves this machine: its times go to the hour.
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: toHour(now), records: records.map((r) => ({ ...r, at: toHour(r.at) })) })}\n`;
}

export type ImportCheck = { ok: true; records: TimingRecord[] } | { ok: false; problems: string[] };

/** Validates a whole export file; nothing is written here. */
export const IMPORT_TOO_BIG: ImportCheck = { ok: false, problems: [`Tệp quá lớn (trên ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`] };

export function parseTimingsExport(text: string): ImportCheck {
  if (text.length > MAX_IMPORT_BYTES) return IMPORT_TOO_BIG;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['Tệp không phải JSON hợp lệ.'] };
  }
  const file = TimingsExportSchema.safeParse(json);
  if (!file.success) return { ok: false, problems: ['Đây không phải tệp số liệu thời gian xuất từ Trợ lý Dịch vụ công (thiếu "format": "dvc-companion/timings", "version": 1 hoặc danh sách "records").'] };
  const problems: string[] = [];
  const records: TimingRecord[] = [];
  file.data.records.forEach((raw, i) => {
    const r = TimingRecordSchema.safeParse(raw);
    if (r.success) records.push(r.data);
    else if (problems.length < 20) problems.push(`Bản ghi thứ ${i + 1}: ${r.error.issues.map((x) => `${pathOf(x.path)} — ${messageOf(x as never)}`).join('; ')}`);
    else if (problems.length === 20) problems.push('… và các bản ghi lỗi khác.');
  });
  return problems.length ? { ok: false, problems } : { ok: true, records };
}
