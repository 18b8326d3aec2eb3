import { describe, expect, test } from 'vitest';
import { packMatches, searchPacks } from '../../../lib/guides/pack-search';

const birth = { procedureCode: '1.001193', title: { vi: 'Đăng ký khai sinh', en: 'Birth registration' } };
const death = { procedureCode: '1.000656', title: { vi: 'Đăng ký khai tử', en: 'Death registration' } };
const residence = { procedureCode: '1.004222', title: { vi: 'Đăng ký thường trú' } };

describe('pack search', () => {
  test('without diacritics or case, words in any order, each word from its start', () => {
    expect(packMatches(birth, 'dang ky khai sinh')).toBe(true);
    expect(packMatches(birth, 'KHAI SINH')).toBe(true);
    expect(packMatches(birth, 'sinh khai')).toBe(true);
    expect(packMatches(birth, 'Đăng ký khai sinh')).toBe(true);
    expect(packMatches(death, 'dang ky khai sinh')).toBe(false);
    expect(packMatches(residence, 'thuong tru')).toBe(true);
    // "inh" is inside a word, not the start of one: no match (avoids noise when typing).
    expect(packMatches(birth, 'inh')).toBe(false);
  });

  test('by code, whole or a part of it, and by the English title', () => {
    expect(packMatches(birth, '1.001193')).toBe(true);
    expect(packMatches(birth, '1.0011')).toBe(true);
    expect(packMatches(death, '1.0011')).toBe(false);
    expect(packMatches(death, 'death')).toBe(true);
    expect(packMatches(residence, 'registration')).toBe(false);
  });

  test('an empty query shows everything; punctuation alone is no filter', () => {
    expect(packMatches(birth, '')).toBe(true);
    expect(packMatches(birth, '   ')).toBe(true);
    expect(packMatches(birth, '  ?! ')).toBe(true);
  });

  test('the title typed comes first, then titles beginning with it, shorter before longer; codes keep the list order', () => {
    const withParent = { procedureCode: '1.000689', title: { vi: 'Đăng ký khai sinh kết hợp nhận cha, mẹ, con' } };
    const relisted = { procedureCode: '1.004884', title: { vi: 'Đăng ký lại khai sinh' } };
    const list = [withParent, birth, relisted, death];
    expect(searchPacks(list, 'dang ky khai sinh').map((p) => p.procedureCode)).toEqual(['1.001193', '1.000689', '1.004884']);
    expect(searchPacks(list, 'khai sinh').map((p) => p.procedureCode)).toEqual(['1.001193', '1.004884', '1.000689']);
    expect(searchPacks(list, '1.00').map((p) => p.procedureCode)).toEqual(['1.000689', '1.001193', '1.004884', '1.000656']);
    expect(searchPacks(list, '')).toEqual(list);
  });
});
