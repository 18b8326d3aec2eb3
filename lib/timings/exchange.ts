/**
 * Export and import of timing records: CSV for Excel (one row per record) and JSON that another
 * counter's machine can import. Import merges by record id (so a commune can pool machines) and is
 * all or nothing: a file with any bad record changes nothing and says, in Vietnamese, what is wrong.
 */
import { toCsv } from '../export/csv';
import { messageOf, pathOf } from '../i18n/zod-problems';
import { localStamp } from '../once-only/report';
import { EXPORT_FORMAT, TimingRecordSchema, TimingsExportSchema, type TimingRecord } from './record.schema';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const COLUMNS = [
  'id', 'type', 'time', 'portal', 'host', 'kind', 'code', 'nav', 'ttfb_ms', 'dom_content_loaded_ms', 'load_ms', 'form_ready_ms', 'long_tasks', 'long_task_ms',
  'bytes', 'files', 'duration_ms', 'throughput_kbps', 'outcome', 'status', 'latency_ms', 'attempt', 'pending_ms', 'resource', 'failed', 'cause',
  'steps', 'time_to_first_submit_ms', 'submits', 'guide',
] as const;
type Row = Record<(typeof COLUMNS)[number], string | number | null>;

function round(n: number | null | undefined): number | null {
  return n === null || n === undefined ? null : Math.round(n * 10) / 10;
}

function row(r: TimingRecord): Row {
  const empty = Object.fromEntries(COLUMNS.map((c) => [c, null])) as Row;
  const out: Row = { ...empty, id: r.id, type: r.type, time: localStamp(r.at), portal: r.portal, host: r.host, kind: r.kind, code: r.code };
  switch (r.type) {
    case 'page':
      return { ...out, nav: r.nav, ttfb_ms: round(r.ttfbMs), dom_content_loaded_ms: round(r.domContentLoadedMs), load_ms: round(r.loadMs), form_ready_ms: round(r.formReadyMs), long_tasks: r.longTasks, long_task_ms: round(r.longTaskMs) };
    case 'upload':
      return { ...out, bytes: r.bytes, files: r.files, duration_ms: round(r.durationMs), throughput_kbps: round(r.throughputKBps), outcome: r.outcome, status: r.status };
    case 'submit':
      return { ...out, latency_ms: round(r.latencyMs), outcome: r.outcome, status: r.status, attempt: r.attempt };
    case 'hang':
      return { ...out, pending_ms: round(r.pendingMs), resource: r.resource, outcome: r.outcome, failed: r.failed ? 1 : 0 };
    case 'error':
      return { ...out, status: r.status, resource: r.resource, cause: r.cause };
    case 'journey':
      return { ...out, duration_ms: round(r.durationMs), outcome: r.outcome, steps: r.steps.map((s) => `${s.index}:${Math.round(s.ms)}`).join(' '), time_to_first_submit_ms: round(r.timeToFirstSubmitMs), submits: r.submits, guide: r.guide };
  }
}

export function recordsToCsv(records: readonly TimingRecord[]): string {
  return toCsv(records.map(row), COLUMNS);
}

export function recordsToJson(records: readonly TimingRecord[], now: number): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: now, records })}\n`;
}

export type ImportCheck = { ok: true; records: TimingRecord[] } | { ok: false; problems: string[] };

/** Validates a whole export file; nothing is written here. */
export function parseTimingsExport(text: string): ImportCheck {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, problems: [`Tệp quá lớn (trên ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`] };
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
