import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../../lib/admin-units/lookup';
import { suggestNewUnit } from '../../../lib/admin-units/suggest';
import { UnitsFileSchema } from '../../../lib/admin-units/units.schema';

const index = buildIndex(UnitsFileSchema.parse(JSON.parse(readFileSync('public/admin-units/units.json', 'utf8'))));

describe('suggestions for typed addresses', () => {
  test('an old address with a street part in front is recognised', () => {
    expect(suggestNewUnit(index, '12 Lê Lợi, Phường Phúc Xá, Quận Ba Đình, TP Hà Nội')).toEqual({
      old: { commune: 'Phường Phúc Xá', district: 'Quận Ba Đình', province: 'Thành phố Hà Nội' },
      targets: [{ name: 'Phường Hồng Hà', province: 'Thành phố Hà Nội', resolution: '1656/NQ-UBTVQH15', clause: 14 }],
    });
    expect(suggestNewUnit(index, 'so 5 ngo 2, p phuc xa, q ba dinh')?.targets[0]?.name).toBe('Phường Hồng Hà');
  });
  test('nothing when unsure: no district, a new-style address, one part, junk', () => {
    expect(suggestNewUnit(index, 'Phường Phúc Xá')).toBeNull();
    expect(suggestNewUnit(index, '12 Lê Lợi, Phường Hồng Hà, Thành phố Hà Nội')).toBeNull();
    expect(suggestNewUnit(index, 'abc, xyz')).toBeNull();
    expect(suggestNewUnit(index, `${'a,'.repeat(400)}`)).toBeNull();
  });
});
