import { describe, expect, test } from 'vitest';
import { normalize, startsWithLabel } from '../../../lib/text/normalize';
import { findProcedureCode, isProcedureCode } from '../../../lib/text/procedure-code';

describe('normalize', () => {
  test.each([
    ['Thành phần hồ sơ', 'thanh phan ho so'],
    ['THÀNH PHẦN HỒ SƠ', 'thanh phan ho so'],
    ['Thành phần hồ sơ'.normalize('NFD'), 'thanh phan ho so'],
    ['Đăng ký  khai\u00a0sinh:', 'dang ky khai sinh'],
    ['Số CMND/CCCD', 'so cmnd cccd'],
    ['', ''],
  ])('%j → %j', (input, out) => expect(normalize(input)).toBe(out));

  test('labels match with a trailing colon, not as a word prefix', () => {
    expect(startsWithLabel('Mã thủ tục:', 'Mã thủ tục')).toBe(true);
    expect(startsWithLabel('MÃ THỦ TỤC 1.001193', 'ma thu tuc')).toBe(true);
    expect(startsWithLabel('Mã thủ tục hành chính khác', 'Mã thủ')).toBe(true);
    expect(startsWithLabel('Mãi', 'Mã')).toBe(false);
  });
});

describe('procedure codes', () => {
  test.each([
    ['Mã thủ tục: 1.001193', '1.001193'],
    ['1.004873.000.00.00.H14', '1.004873'],
    ['Số hồ sơ TTHC 2.000815.000.00.00.H38 ngày', '2.000815'],
    ['ma_thu_tuc=7603', null],
    ['11.001193', null],
    ['1.0011934', null],
    ['G22.99.08-261124-0001', null],
  ])('%j → %j', (text, code) => expect(findProcedureCode(text)).toBe(code));

  test('exact shape', () => {
    expect(isProcedureCode('1.001193')).toBe(true);
    expect(isProcedureCode('1193')).toBe(false);
    expect(isProcedureCode(' 1.001193')).toBe(false);
  });
});
