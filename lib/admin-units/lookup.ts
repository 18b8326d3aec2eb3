/**
 * Old address → new commune(s), and new commune → the old ones it absorbed. Pure and fast: the
 * index is built once, each keystroke scores unique names (exact, typing prefix, small typos) and
 * then the district and province narrow it down, as the same commune name recurs across districts.
 */
import { normalize } from '../text/normalize';
import type { UnitsFile } from './units.schema';

export interface NewUnit {
  code: string;
  name: string;
  province: string;
  resolution: string;
  clause: number | null;
  clauseText: string;
}

export interface OldUnit {
  commune: string;
  district: string;
  province: string;
}

export interface OldToNewResult {
  old: OldUnit;
  /** Several when the old commune was split between new ones: the person chooses. */
  targets: NewUnit[];
  score: number;
}

export interface NewToOldResult {
  unit: NewUnit;
  absorbed: OldUnit[];
  score: number;
}

export interface AddressQuery {
  commune: string;
  district?: string;
  province?: string;
}

/** Unit-type words and the abbreviations people type for them. */
const TYPE_WORDS = ['thi tran', 'thi xa', 'thanh pho', 'phuong', 'xa', 'quan', 'huyen', 'tinh', 'tp'];
const ABBREVIATIONS: Record<string, string> = { p: 'phuong', x: 'xa', tt: 'thi tran', q: 'quan', h: 'huyen', tx: 'thi xa', tp: 'thanh pho' };

/** Folded name without its unit type: "Phường 01" → "1", "TT. Đông Anh" → "dong anh", "P.Phúc Xá" → "phuc xa". */
export function nameKey(text: string): string {
  let t = normalize(text);
  // "p1", "q3": an abbreviation glued to a number
  t = t.replace(/^(p|q|x)(\d+)\b/, '$1 $2');
  const first = t.split(' ')[0] ?? '';
  if (ABBREVIATIONS[first]) t = `${ABBREVIATIONS[first]}${t.slice(first.length)}`;
  for (const w of TYPE_WORDS) {
    if (t === w) return '';
    if (t.startsWith(`${w} `)) {
      t = t.slice(w.length + 1);
      break;
    }
  }
  return t.replace(/\b0+(\d)/g, '$1').trim();
}

/**
 * The name with its diacritics kept (lower case, type word dropped): "Trà Dơn" and "Trà Don" are two
 * communes of one district, told apart only by their marks.
 */
export function accentKey(text: string): string {
  const words = text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ');
  const folded = words.map((w) => normalize(w));
  for (const type of TYPE_WORDS) {
    const parts = type.split(' ');
    if (parts.every((p, i) => folded[i] === p) && words.length > parts.length) return words.slice(parts.length).join(' ');
  }
  return words.join(' ');
}

/** "P. Phúc Xá, Q. Ba Đình, Hà Nội" → its three parts. */
export function parseAddress(text: string): AddressQuery {
  const [commune = '', district, province] = text.split(/[,;]/).map((s) => s.trim());
  return { commune, district: district || undefined, province: province || undefined };
}

/** Edit distance, giving up past `max` (returns max + 1). */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** How well a typed name matches a known one: 0 = not at all. */
function nameScore(typed: string, known: string): number {
  if (!typed) return 0;
  if (typed === known) return 100;
  const maxTypos = typed.length >= 7 ? 2 : typed.length >= 4 ? 1 : 0;
  const d = maxTypos ? distance(typed, known, maxTypos) : maxTypos + 1;
  // A letter left out is the commonest slip when typing: prefer names the typed text is short of.
  if (d <= maxTypos) return 88 - 10 * d + (known.length > typed.length ? 2 : 0);
  // Still typing: a prefix of the name, on a word boundary or long enough to mean something.
  if (known.startsWith(typed) && (typed.length >= 3 || known.charAt(typed.length) === ' ')) return 60 + Math.min(typed.length, 20);
  return 0;
}

export interface AdminIndex {
  lookupOld(q: AddressQuery, limit?: number): OldToNewResult[];
  lookupNew(q: { commune: string; province?: string }, limit?: number): NewToOldResult[];
}

export function buildIndex(data: UnitsFile): AdminIndex {
  const newUnits: NewUnit[] = data.new.map(([code, name, p, r, clause, c]) => ({
    code,
    name,
    province: data.newProvinces[p]!,
    resolution: data.resolutions[r]!,
    clause,
    clauseText: data.clauses[c]!,
  }));
  const olds = data.old.map(([commune, d, p, targets]) => ({
    unit: { commune, district: data.oldDistricts[d]!, province: data.oldProvinces[p]! },
    key: nameKey(commune),
    accent: accentKey(commune),
    districtKey: nameKey(data.oldDistricts[d]!),
    provinceKey: nameKey(data.oldProvinces[p]!),
    targets,
  }));
  const byKey = new Map<string, number[]>();
  olds.forEach((o, i) => byKey.set(o.key, [...(byKey.get(o.key) ?? []), i]));
  // The same new commune can appear under several clauses: gather what it absorbed by its code.
  const absorbedByCode = new Map<string, number[]>();
  olds.forEach((o, i) => o.targets.forEach((t) => {
    const code = newUnits[t]!.code;
    absorbedByCode.set(code, [...(absorbedByCode.get(code) ?? []), i]);
  }));
  const newKeys = newUnits.map((u) => ({ key: nameKey(u.name), provinceKey: nameKey(u.province) }));

  const placeScore = (typed: string | undefined, known: string, hit: number, miss: number) => {
    const k = typed ? nameKey(typed) : '';
    if (!k) return 0;
    const s = nameScore(k, known);
    return s >= 60 ? Math.round((hit * s) / 100) : miss;
  };

  return {
    lookupOld(q, limit = 10) {
      const typed = nameKey(q.commune);
      if (!typed) return [];
      const typedAccent = accentKey(q.commune);
      const out: OldToNewResult[] = [];
      for (const [key, rows] of byKey) {
        const s = nameScore(typed, key);
        if (!s) continue;
        for (const i of rows) {
          const o = olds[i]!;
          const marks = o.accent === typedAccent ? 3 : 0;
          const score = s + marks + placeScore(q.district, o.districtKey, 40, -30) + placeScore(q.province, o.provinceKey, 20, -20);
          out.push({ old: o.unit, targets: o.targets.map((t) => newUnits[t]!), score });
        }
      }
      return out.sort((a, b) => b.score - a.score || a.old.commune.localeCompare(b.old.commune)).slice(0, limit);
    },
    lookupNew(q, limit = 10) {
      const typed = nameKey(q.commune);
      if (!typed) return [];
      const out: NewToOldResult[] = [];
      const seen = new Set<string>();
      newUnits.forEach((unit, i) => {
        const s = nameScore(typed, newKeys[i]!.key);
        if (!s || seen.has(unit.code)) return;
        seen.add(unit.code);
        const score = s + placeScore(q.province, newKeys[i]!.provinceKey, 20, -20);
        out.push({ unit, absorbed: (absorbedByCode.get(unit.code) ?? []).map((j) => olds[j]!.unit), score });
      });
      return out.sort((a, b) => b.score - a.score).slice(0, limit);
    },
  };
}
