/**
 * Finding a pack in the dashboard list the way counter staff type: without diacritics or case
 * ("dang ky khai sinh" finds "Đăng ký khai sinh"), by a part of the national code ("1.0011"), or by
 * the English title. Every word typed must appear; order does not matter.
 */
import { normalize } from '../text/normalize';
import type { PackListing } from './pack-store';

export function packMatches(pack: Pick<PackListing, 'procedureCode' | 'title'>, query: string): boolean {
  const q = query.trim();
  if (!q) return true;
  // Codes keep their dot ("1.001193"): matched as typed, before folding turns the dot into a space.
  if (/^[\d.]+$/.test(q)) return pack.procedureCode.includes(q);
  const haystack = ` ${normalize(`${pack.procedureCode} ${pack.title.vi} ${pack.title.en ?? ''}`)} `;
  return normalize(q)
    .split(' ')
    .filter(Boolean)
    .every((word) => haystack.includes(` ${word}`));
}

/**
 * The packs a query finds, best first: a title equal to what was typed, then titles beginning with
 * it, then the rest; shorter titles before longer ones within each (typing "dang ky khai sinh"
 * lists "Đăng ký khai sinh" before "Đăng ký khai sinh kết hợp nhận cha, mẹ, con"). No query keeps
 * the given order.
 */
export function searchPacks<P extends Pick<PackListing, 'procedureCode' | 'title'>>(packs: readonly P[], query: string): P[] {
  const found = packs.filter((p) => packMatches(p, query));
  const q = normalize(query.trim());
  if (!q || /^[\d.]+$/.test(query.trim())) return found;
  const rank = (p: P) => {
    const title = normalize(p.title.vi);
    return title === q ? 0 : title.startsWith(`${q} `) ? 1 : 2;
  };
  return found
    .map((p, i) => ({ p, i, r: rank(p), n: p.title.vi.length }))
    .sort((a, b) => a.r - b.r || a.n - b.n || a.i - b.i)
    .map((x) => x.p);
}
