import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compactFrom, type SourceFile } from '../../../lib/admin-units/compact';
import { buildIndex, nameKey, parseAddress } from '../../../lib/admin-units/lookup';
import { UnitsFileSchema, type UnitsFile } from '../../../lib/admin-units/units.schema';
import { normalize } from '../../../lib/text/normalize';

const data: UnitsFile = UnitsFileSchema.parse(JSON.parse(readFileSync('public/admin-units/units.json', 'utf8')));
const index = buildIndex(data);
const SOURCE = '../shared/data/admin-units/old-to-new.json';

/** A deterministic spread: in every new province, evenly spaced old communes, plus split ones. */
function sample(): UnitsFile['old'] {
  const byProvince = new Map<number, UnitsFile['old']>();
  for (const row of data.old) {
    const p = data.new[row[3][0]!]![2];
    byProvince.set(p, [...(byProvince.get(p) ?? []), row]);
  }
  const out: UnitsFile['old'] = [];
  for (const rows of byProvince.values()) {
    const splits = rows.filter((r) => r[3].length > 1);
    const step = Math.max(1, Math.floor(rows.length / 8));
    for (let i = 0; i < rows.length && i / step < 8; i += step) out.push(rows[i]!);
    out.push(...splits.slice(0, 2));
  }
  return out;
}

function lev(a: string, b: string): number {
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) dp[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) dp[i]![j] = Math.min(dp[i - 1]![j]! + 1, dp[i]![j - 1]! + 1, dp[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return dp[a.length]![b.length]!;
}

const stripDiacritics = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd');
const abbreviate = (s: string) =>
  s.replace(/^Phường /, 'P. ').replace(/^Xã /, 'X. ').replace(/^Thị trấn /, 'TT. ').replace(/^Quận /, 'Q. ').replace(/^Huyện /, 'H. ').replace(/^Thành phố /, 'TP. ').replace(/^Tỉnh /, '');

describe('old → new commune look-up', () => {
  const rows = sample();
  const provinces = new Set(rows.map((r) => data.new[r[3][0]!]![2]));

  test('the sample covers every new province, with split communes, at least 300 old communes', () => {
    expect(provinces.size).toBe(data.newProvinces.length);
    expect(data.newProvinces.length).toBe(34); // the 34 provinces since 1 July 2025
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(rows.filter((r) => r[3].length > 1).length).toBeGreaterThanOrEqual(30);
  });

  const variants: [string, (c: string, d: string, p: string) => string, boolean][] = [
    ['as written', (c, d, p) => `${c}, ${d}, ${p}`, true],
    ['no diacritics, abbreviated', (c, d, p) => stripDiacritics(`${abbreviate(c)}, ${abbreviate(d)}, ${abbreviate(p)}`), false],
    ['lower case, commune and district only', (c, d) => `${c.toLowerCase()}, ${d.toLowerCase()}`, true],
  ];
  /** Two communes of one district whose names differ only by diacritics ("Trà Dơn", "Trà Don"). */
  const twinInDistrict = (commune: string, d: number) => data.old.some((r) => r[1] === d && r[0] !== commune && nameKey(r[0]) === nameKey(commune));
  for (const [name, make, keepsMarks] of variants) {
    test(`the right new unit(s) come first: ${name}`, () => {
      const wrong: string[] = [];
      for (const [commune, d, p, targets] of rows) {
        if (!keepsMarks && twinInDistrict(commune, d)) continue; // without marks they are the same words
        const district = data.oldDistricts[d]!;
        const province = data.oldProvinces[p]!;
        const top = index.lookupOld(parseAddress(make(commune, district, province)), 3)[0];
        const ok = top && top.old.commune === commune && top.old.district === district && top.old.province === province && top.targets.map((t) => t.code).join() === targets.map((t) => data.new[t]![0]).join();
        if (!ok) wrong.push(`${commune}, ${district}, ${province} → ${top ? `${top.old.commune}, ${top.old.district}` : 'nothing'}`);
      }
      expect(wrong).toEqual([]);
    });
  }

  test('a typo in a long commune name still finds it first, with its district', () => {
    const wrong: string[] = [];
    let tried = 0;
    for (const [commune, d, p] of rows) {
      const key = nameKey(commune);
      if (key.length < 8) continue;
      const typo = commune.slice(0, -2) + commune.slice(-1); // drop the second-to-last letter
      // Skip typos as close to another name of the same district: no look-up can tell those apart.
      if (data.old.some((r) => r[1] === d && r[0] !== commune && lev(nameKey(r[0]), nameKey(typo)) <= 1)) continue;
      tried += 1;
      const top = index.lookupOld({ commune: typo, district: data.oldDistricts[d]!, province: data.oldProvinces[p]! }, 1)[0];
      if (top?.old.commune !== commune) wrong.push(`${typo} → ${top?.old.commune ?? 'nothing'}`);
    }
    expect(tried).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });

  test('the same old name in several districts: the district decides, and without it all are offered', () => {
    const groups = new Map<string, UnitsFile['old']>();
    for (const r of data.old) groups.set(`${nameKey(r[0])}|${r[2]}`, [...(groups.get(`${nameKey(r[0])}|${r[2]}`) ?? []), r]);
    const ambiguous = [...groups.values()].filter((g) => g.length > 1 && new Set(g.map((r) => r[1])).size === g.length);
    expect(ambiguous.length).toBeGreaterThan(100);
    for (const group of ambiguous.slice(0, 60)) {
      for (const [commune, d, p] of group) {
        const top = index.lookupOld({ commune, district: data.oldDistricts[d]!, province: data.oldProvinces[p]! }, 1)[0]!;
        expect(top.old.district).toBe(data.oldDistricts[d]);
      }
      const [commune, , p] = group[0]!;
      const all = index.lookupOld({ commune, province: data.oldProvinces[p]! }, 50).filter((r) => nameKey(r.old.commune) === nameKey(commune) && r.old.province === data.oldProvinces[p]);
      expect(all.length).toBe(group.length);
    }
  });

  test('known example: Phường Phúc Xá, Ba Đình → Phường Hồng Hà (Nghị quyết 1656/NQ-UBTVQH15, khoản 14); Cống Vị is split in two', () => {
    const [phucXa] = index.lookupOld(parseAddress('P. Phuc Xa, Q. Ba Dinh, Ha Noi'));
    expect(phucXa!.targets).toEqual([expect.objectContaining({ name: 'Phường Hồng Hà', resolution: '1656/NQ-UBTVQH15', clause: 14 })]);
    const [congVi] = index.lookupOld(parseAddress('Cống Vị, Ba Đình'));
    expect(congVi!.targets.map((t) => t.name)).toEqual(['Phường Ngọc Hà', 'Phường Giảng Võ']);
  });

  test('new → old: a new ward lists the old communes it absorbed', () => {
    const [hongHa] = index.lookupNew({ commune: 'phuong hong ha', province: 'Hà Nội' });
    expect(hongHa!.unit.name).toBe('Phường Hồng Hà');
    expect(hongHa!.absorbed.map((o) => o.commune)).toEqual(expect.arrayContaining(['Phường Phúc Xá', 'Phường Chương Dương', 'Phường Phúc Tân']));
  });

  test('name keys: types, abbreviations and numbering', () => {
    expect(nameKey('Phường 01')).toBe('1');
    expect(nameKey('P.1')).toBe('1');
    expect(nameKey('p1')).toBe('1');
    expect(nameKey('TT. Đông Anh')).toBe('dong anh');
    expect(nameKey('Thị trấn Đông Anh')).toBe('dong anh');
    expect(nameKey('Xã')).toBe('');
    expect(normalize('Thành phố Hà Nội')).toBe('thanh pho ha noi');
    expect(index.lookupOld({ commune: '' })).toEqual([]);
    expect(index.lookupOld({ commune: '\u0000\ud800 ,,, ' })).toEqual([]);
  });

  test('each keystroke answers fast: p95 under 50 ms over typed prefixes', () => {
    const times: number[] = [];
    for (const [commune, d] of rows.slice(0, 60)) {
      const full = `${commune}, ${data.oldDistricts[d]}`;
      for (let i = 3; i <= full.length; i += 2) {
        const t0 = performance.now();
        index.lookupOld(parseAddress(full.slice(0, i)));
        times.push(performance.now() - t0);
      }
    }
    times.sort((a, b) => a - b);
    const p95 = times[Math.floor(times.length * 0.95)]!;
    console.log(`look-up per keystroke: p95 ${p95.toFixed(2)} ms, median ${times[Math.floor(times.length / 2)]!.toFixed(2)} ms (${times.length} keystrokes)`);
    expect(p95).toBeLessThan(50);
  });

  test.skipIf(!existsSync(SOURCE))('the bundled file is what the build script makes from shared/data', () => {
    const rebuilt = compactFrom(JSON.parse(readFileSync(SOURCE, 'utf8')) as SourceFile);
    expect(rebuilt).toEqual(data);
  });
});
