import { describe, expect, it } from 'vitest';
import { parseTimingsExport, recordsToCsv, recordsToJson } from '../../../lib/timings/exchange';
import type { TimingRecord } from '../../../lib/timings/record.schema';
import { at, records } from './sample-records';
import { applyFilter, dailySeries, groupStats, histogram, quantileOf, summarize } from '../../../lib/timings/stats';

describe('timings statistics', () => {
  it('per portal and procedure: counts, median and p90, hangs and errors', () => {
    const [igate, dvcqg] = groupStats(records);
    expect(igate).toMatchObject({ host: 'dichvucong.quangngai.gov.vn', code: '1.001193', pages: 2, uploads: 2, submits: 1, hangs: 1, errors: 1, journeys: 1 });
    expect(igate!.pageLoad).toEqual({ count: 2, median: 1000, p90: 3000 });
    expect(igate!.uploadKBps).toEqual({ count: 1, median: 204.8, p90: 204.8 });
    expect(igate!.submitLatency.median).toBe(3100);
    expect(dvcqg).toMatchObject({ portal: 'dvcqg', errors: 1 });
  });

  it('filters by time, portal and procedure; daily series and a histogram', () => {
    expect(applyFilter(records, { portal: 'dvcqg' })).toHaveLength(1);
    expect(applyFilter(records, { from: at + 5 })).toHaveLength(3);
    expect(applyFilter(records, { code: '1.001193', to: at + 1 })).toHaveLength(2);
    expect(dailySeries(records)).toHaveLength(1);
    expect(dailySeries(records)[0]).toMatchObject({ pageLoadMedian: 1000, uploadKBpsMedian: 204.8, hangs: 1, errors: 1 });
    const h = histogram([1, 2, 3, 10, 100], 4);
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(5);
    expect(quantileOf([], 0.5)).toBeNull();
    expect(summarize([null, 5])).toEqual({ count: 1, median: 5, p90: 5 });
  });
});

describe('timings export and import', () => {
  it('CSV: BOM, one row per record, Vietnamese intact, formula-like cells neutralised', () => {
    const csv = recordsToCsv(records);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(records.length + 1);
    expect(lines[0]!.startsWith('\uFEFFid,type,time,portal,host,kind,code')).toBe(true);
    expect(csv).toContain(',too-large,413,');
    expect(recordsToCsv([{ ...records[5]!, resource: '=cmd|x' } as TimingRecord])).toContain("'=cmd|x");
  });

  it('JSON round trip; a malformed file or record is refused with Vietnamese reasons and nothing else', () => {
    const text = recordsToJson(records, at);
    const back = parseTimingsExport(text);
    // What leaves the machine carries its times to the hour; everything else comes back as it was.
    expect(back.ok && back.records).toEqual(records.map((r) => ({ ...r, at: Math.floor(r.at / 3_600_000) * 3_600_000 })));
    expect(parseTimingsExport('{nope')).toEqual({ ok: false, problems: ['Tệp không phải JSON hợp lệ.'] });
    expect(parseTimingsExport('{"format":"x"}')).toMatchObject({ ok: false, problems: [expect.stringContaining('dvc-companion/timings')] });
    const bad = JSON.parse(text) as { records: Record<string, unknown>[] };
    bad.records[2]!.durationMs = -5;
    bad.records[3]!.host = 'evil host/with path';
    const r = parseTimingsExport(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems).toEqual([expect.stringMatching(/^Bản ghi thứ 3: durationMs — /), expect.stringMatching(/^Bản ghi thứ 4: host — sai định dạng/)]);
  });
});
