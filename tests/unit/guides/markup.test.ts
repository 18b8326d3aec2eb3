import { describe, expect, test } from 'vitest';
import { parseInline, parseMarkup, plainText } from '../../../lib/guides/markup';
import { placeCard } from '../../../lib/guides/placement';

describe('guide text markup', () => {
  test('bold, paragraphs and lists; nothing else is markup', () => {
    expect(parseMarkup('Bấm **Chọn tệp tin** rồi chọn ảnh.\n- Ảnh rõ nét.\n- PDF hoặc ảnh.\n<b>không phải HTML</b>')).toEqual([
      { kind: 'p', inlines: [{ text: 'Bấm ', bold: false }, { text: 'Chọn tệp tin', bold: true }, { text: ' rồi chọn ảnh.', bold: false }] },
      { kind: 'ul', items: [[{ text: 'Ảnh rõ nét.', bold: false }], [{ text: 'PDF hoặc ảnh.', bold: false }]] },
      { kind: 'p', inlines: [{ text: '<b>không phải HTML</b>', bold: false }] },
    ]);
  });
  test('an unclosed ** stays literal', () => {
    expect(parseInline('a **b')).toEqual([{ text: 'a ', bold: false }, { text: '**b', bold: false }]);
    expect(parseInline('**x** y **z')).toEqual([{ text: 'x', bold: true }, { text: ' y ', bold: false }, { text: '**z', bold: false }]);
  });
  test('plain text for screen readers', () => {
    expect(plainText('Nhập **số điện thoại**.\n- một\n- hai')).toBe('Nhập số điện thoại. một; hai');
  });
});

describe('card placement', () => {
  const viewport = { width: 1280, height: 800 };
  const card = { width: 360, height: 200 };
  test('below the target when it fits, above otherwise, never off screen', () => {
    expect(placeCard({ top: 100, left: 50, width: 300, height: 30 }, viewport, card)).toEqual({ top: 142, left: 50 });
    expect(placeCard({ top: 700, left: 50, width: 300, height: 30 }, viewport, card)).toEqual({ top: 470, left: 50 });
    expect(placeCard({ top: 100, left: 1200, width: 70, height: 30 }, viewport, card)).toEqual({ top: 142, left: 912 });
  });
  test('beside a target as tall as the screen; docked when there is no target', () => {
    // A picker whose list opens below it: beside on the side with room, or above, never over the list.
    expect(placeCard({ top: 100, left: 50, width: 300, height: 30 }, viewport, card, { opensBelow: true })).toEqual({ top: 100, left: 362 });
    expect(placeCard({ top: 300, left: 900, width: 300, height: 30 }, viewport, card, { opensBelow: true })).toMatchObject({ left: 900 - 12 - card.width });
    const tall = placeCard({ top: 10, left: 100, width: 400, height: 780 }, viewport, card);
    expect(tall.left).toBe(512);
    expect(placeCard(null, viewport, card)).toEqual({ top: 528, left: 16 });
  });
});
