import { describe, expect, test } from 'vitest';
import { CONTENT_MESSAGE_KEYS, RESIDENT_MESSAGE_KEYS } from '../../../lib/i18n/content-keys';
import { formatMessage } from '../../../lib/i18n/format';
import vi from '../../../public/_locales/vi/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { reachableSources, stringLiterals } from './reachable';

const RESIDENT_ENTRIES = ['entrypoints/content/index.ts', 'entrypoints/national.content.ts', 'entrypoints/legacy.content.ts', 'entrypoints/lienthong.content.ts', 'entrypoints/moj.content.ts', 'entrypoints/bca.content.ts'];

describe('messages bundled into the content script', () => {
  test('every message key named in code the companion (and the MoJ frame script) runs is bundled with it', () => {
    const used = new Set<string>();
    const sources = [...reachableSources('entrypoints/companion.content.ts').values(), ...reachableSources('entrypoints/eform.content.tsx').values()];
    for (const source of sources) for (const s of stringLiterals(source)) if (s in vi) used.add(s);
    expect(used.size).toBeGreaterThan(40);
    const bundled = new Set<string>(CONTENT_MESSAGE_KEYS);
    expect([...used].filter((k) => !bundled.has(k))).toEqual([]);
    // And nothing is carried that the companion never shows.
    expect(CONTENT_MESSAGE_KEYS.filter((k) => !used.has(k))).toEqual([]);
  });

  test("the resident parts carry no message table, no Preact and no guide engine: the browser's own catalogue gives their few words", () => {
    for (const entry of RESIDENT_ENTRIES) {
      const sources = reachableSources(entry);
      const files = [...sources.keys()].map((f) => f.replace(/\\/g, '/'));
      expect(files.filter((f) => /lib\/i18n\/content-t|components\/|lib\/guides\/|lib\/once-only\/(matcher|catalogue|views)\.ts/.test(f)), entry).toEqual([]);
      expect([...sources.values()].filter((text) => /from 'preact|virtual:content-messages/.test(text)).length, entry).toBe(0);
      // Their messages go through lib/messaging/resident-wire.ts, not the library's generic layer.
      expect(files.filter((f) => /lib\/messaging\/(protocol|tab-protocol)\.ts/.test(f)), entry).toEqual([]);
      expect([...sources.values()].filter((text) => /^import (?!type )[^;]*from '@webext-core\/messaging'/m.test(text)).length, entry).toBe(0);
    }
  });

  test('every message key the resident parts name is in their own small table (no browser catalogue on a page load)', () => {
    const used = new Set<string>();
    for (const entry of RESIDENT_ENTRIES) for (const source of reachableSources(entry).values()) for (const s of stringLiterals(source)) if (s in vi) used.add(s);
    expect(used.size).toBeGreaterThan(15);
    const bundled = new Set<string>(RESIDENT_MESSAGE_KEYS);
    expect([...used].filter((k) => !bundled.has(k))).toEqual([]);
    expect(RESIDENT_MESSAGE_KEYS.filter((k) => !used.has(k))).toEqual([]);
  });

  test('every bundled key exists in both locales', () => {
    for (const k of [...CONTENT_MESSAGE_KEYS, ...RESIDENT_MESSAGE_KEYS]) {
      expect(vi[k]?.message, k).toBeTruthy();
      expect(en[k]?.message, k).toBeTruthy();
    }
  });
});

describe('formatMessage follows the browser rules', () => {
  test('named placeholders, numbered substitutions, any case, missing ones empty, $$', () => {
    const entry = { message: 'Bước $INDEX$/$Count$: $title$ $$5', placeholders: { index: { content: '$1' }, count: { content: '$2' }, title: { content: '$3' } } };
    expect(formatMessage(entry, [2, 4, 'Thành phần hồ sơ'])).toBe('Bước 2/4: Thành phần hồ sơ $5');
    expect(formatMessage(entry, [2])).toBe('Bước 2/:  $5');
    expect(formatMessage({ message: 'Không có $X$' }, [])).toBe('Không có $X$');
  });

  test('the real catalogue: a count and a host', () => {
    expect(formatMessage(vi.portal_igate, ['dichvucong.quangngai.gov.vn'])).toBe('Cổng DVC tỉnh (dichvucong.quangngai.gov.vn)');
    expect(formatMessage(en.onceOnlyLauncherCount, [3])).toMatch(/3/);
  });
});
