/**
 * Finding a pack in the dashboard list the way counter staff type: without diacritics or case
 * ("dang ky khai sinh" finds "Đăng ký khai sinh"), by a part of the national code ("1.0011"), or by
 * the English title. Every word typed must appear; order does not matter.
 */
import { normalize } from '../text/normalize';
import type { PackListing } from '../messaging/protocol';

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
