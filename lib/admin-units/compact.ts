/** Turns the source mapping into the compact bundled form. Pure. */
import type { UnitsFile } from './units.schema';

export interface SourceFile {
  source: string;
  units: {
    old_code: string;
    old_address: string;
    new: { code: string; name: string; province: string; resolution: string; clause: number | null; clause_text: string }[];
  }[];
}

/**
 * Spelling slips in the source's new-province names (15 rows of 10,599): the resolution numbers on
 * those rows are the provinces' own (1676 Phú Thọ, 1667 Khánh Hòa), so these are the same units.
 */
const PROVINCE_SPELLING: Record<string, string> = {
  'Tỉnh Phú Thú': 'Tỉnh Phú Thọ',
  'Tỉnh Khánh Hoà': 'Tỉnh Khánh Hòa',
  'Tp Cần Thơ': 'Thành phố Cần Thơ',
};

class Table {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  id(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

export function compactFrom(src: SourceFile): UnitsFile {
  const districts = new Table();
  const oldProvinces = new Table();
  const newProvinces = new Table();
  const resolutions = new Table();
  const clauses = new Table();
  const newRows: UnitsFile['new'] = [];
  const newIndex = new Map<string, number>();
  const old: UnitsFile['old'] = [];
  for (const u of src.units) {
    // "Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội": the last two parts are district and province.
    const parts = u.old_address.split(',').map((s) => s.trim());
    const province = parts.pop() ?? '';
    const district = parts.length > 1 ? (parts.pop() ?? '') : '';
    const commune = parts.join(', ');
    const targets = u.new.map((n) => {
      const key = `${n.code}|${n.resolution}|${n.clause}`;
      let i = newIndex.get(key);
      if (i === undefined) {
        i = newRows.length;
        newRows.push([n.code, n.name, newProvinces.id(PROVINCE_SPELLING[n.province] ?? n.province), resolutions.id(n.resolution), n.clause, clauses.id(n.clause_text)]);
        newIndex.set(key, i);
      }
      return i;
    });
    old.push([commune, districts.id(district), oldProvinces.id(province), targets]);
  }
  return {
    version: 1,
    source: `${src.source}; see SOURCE-README.md`,
    licence: 'MIT, Copyright (c) 2025 dvhcvn',
    oldDistricts: districts.items,
    oldProvinces: oldProvinces.items,
    newProvinces: newProvinces.items,
    resolutions: resolutions.items,
    clauses: clauses.items,
    old,
    new: newRows,
  };
}
