/** From a typed free-text address to a suggestion of the new unit, when the match is unambiguous. */
import { parseAddress, type AdminIndex } from './lookup';

export interface AddressSuggestion {
  old: { commune: string; district: string; province: string };
  targets: { name: string; province: string; resolution: string; clause: number | null }[];
}

/** Commune matched exactly (100) and the district too (+40): anything less is not worth interrupting for. */
const CONFIDENT = 135;

export function suggestNewUnit(index: AdminIndex, typed: string): AddressSuggestion | null {
  // A street address often comes first: "12 Lê Lợi, Phường Phúc Xá, Quận Ba Đình, Hà Nội".
  const parts = typed.split(/[,;]/).map((s) => s.trim()).filter(Boolean);
  if (parts.length < 2 || typed.length > 300) return null;
  for (let start = 0; start < parts.length - 1; start++) {
    const [top, second] = index.lookupOld(parseAddress(parts.slice(start).join(', ')), 2);
    if (top && top.score >= CONFIDENT && (!second || second.score < top.score)) {
      return {
        old: top.old,
        targets: top.targets.map((t) => ({ name: t.name, province: t.province, resolution: t.resolution, clause: t.clause })),
      };
    }
  }
  return null;
}
