import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { parsePack, parsePackText } from '../../../lib/guides/pack';
import type { GuidePack } from '../../../lib/guides/pack.schema';

const BUNDLED = 'public/guides';
const bundled = (code: string) => JSON.parse(readFileSync(`${BUNDLED}/${code}.json`, 'utf8')) as GuidePack;

describe('bundled packs', () => {
  const files = readdirSync(BUNDLED).filter((f) => /^\d\.\d{6}\.json$/.test(f));
  test('the index lists exactly the pack files', () => {
    const index = JSON.parse(readFileSync(`${BUNDLED}/index.json`, 'utf8')) as { packs: string[] };
    expect(index.packs.sort()).toEqual(files.map((f) => f.replace('.json', '')).sort());
  });
  test.each(files)('%s is valid, named after its code, and every step has Vietnamese and English text', (file) => {
    const r = parsePack(JSON.parse(readFileSync(`${BUNDLED}/${file}`, 'utf8')));
    expect(r.ok ? [] : r.problems).toEqual([]);
    if (!r.ok) return;
    expect(`${r.pack.procedureCode}.json`).toBe(file);
    for (const s of r.pack.steps) expect(s.text.en, s.id).toBeTruthy();
  });
});

describe('parsePack', () => {
  test('lists each problem with its path, in Vietnamese', () => {
    const pack = bundled('1.001193') as unknown as Record<string, unknown>;
    const broken = structuredClone(pack) as { steps: Record<string, unknown>[]; papers: Record<string, unknown>[]; procedureCode: string };
    broken.procedureCode = '1001193';
    broken.steps[2]!.action = 'dance';
    broken.steps[3]!.text = { vi: '' };
    broken.papers[0]!.count = -1;
    const r = parsePack(broken);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual(
      expect.arrayContaining([
        { path: 'procedureCode', message: 'sai định dạng' },
        { path: 'steps[2].action', message: expect.stringMatching(/^giá trị không hợp lệ \(chỉ nhận: "read", "click"/) },
        { path: 'steps[3].text.vi', message: 'không được để trống' },
        { path: 'papers[0].count', message: 'phải từ 0 trở lên' },
      ]),
    );
  });

  test('cross-checks: duplicate step ids, unknown questions', () => {
    const pack = structuredClone(bundled('1.001193'));
    pack.steps[1]!.id = pack.steps[0]!.id;
    pack.steps[6]!.when = { question: 'khong-co', is: true };
    const r = parsePack(pack);
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['steps[1].id', 'steps[6].when.question']);
  });

  test('text that is not JSON is a problem, not an exception', () => {
    const r = parsePackText('{ "schemaVersion": 1,');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.path).toBe('(tệp)');
  });

  test('property: any value gives a valid pack or a non-empty list of located problems, never a crash', () => {
    const base = bundled('1.001193');
    // Mutate a real pack at random paths, and also throw arbitrary JSON at it.
    const mutated = fc.tuple(fc.nat(), fc.anything()).map(([seed, junk]) => {
      const copy = structuredClone(base) as unknown as Record<string, unknown>;
      const keys = Object.keys(copy);
      const key = keys[seed % keys.length]!;
      if (seed % 3 === 0) copy[key] = junk;
      else if (seed % 3 === 1) delete copy[key];
      else {
        const steps = copy.steps as Record<string, unknown>[];
        const step = steps[seed % steps.length]!;
        const stepKeys = Object.keys(step);
        step[stepKeys[seed % stepKeys.length]!] = junk;
      }
      return copy;
    });
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), mutated), (value) => {
        const r = parsePack(value);
        if (r.ok) expect(r.pack.steps.length).toBeGreaterThan(0);
        else {
          expect(r.problems.length).toBeGreaterThan(0);
          for (const p of r.problems) {
            expect(typeof p.path).toBe('string');
            expect(p.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a pack from a file (issue 18 §3)', () => {
  const base = JSON.parse(readFileSync('public/guides/1.001193.json', 'utf8')) as Record<string, unknown> & { sources: { url?: string }[] };
  it('takes only https source links; javascript:, data:, file: are never a link, even in a bundled pack', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd']) {
      const pack = { ...base, sources: [{ ...base.sources[0], url }] };
      expect(parsePack(pack).ok, url).toBe(false);
      expect(parsePackText(JSON.stringify(pack)).ok, url).toBe(false);
    }
    const http = { ...base, sources: [{ ...base.sources[0], url: 'http://example.gov.vn/a' }] };
    expect(parsePack(http).ok).toBe(true);
    const r = parsePackText(JSON.stringify(http));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems).toEqual([{ path: 'sources[0].url', message: 'chỉ nhận liên kết bắt đầu bằng https://' }]);
  });

  it('is never verified, whatever the file says', () => {
    const r = parsePackText(JSON.stringify({ ...base, verified: true }));
    expect(r.ok && r.pack.verified).toBe(false);
    expect((parsePack({ ...base, verified: true }) as { ok: true; pack: { verified: boolean } }).pack.verified).toBe(true);
  });
});
