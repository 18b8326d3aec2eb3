/** Every page snapshot in shared/portals is recognised by its adapter, before and after it renders. */
import { afterEach, describe, expect, test } from 'vitest';
import { adapterFor, readPage } from '../../../lib/portals/registry';
import { summarize } from '../../../lib/portals/types';
import { loadPage, readSnapshot, servedAt, snapshotFiles, type LoadedPage } from '../helpers/snapshot';

let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

const EXPECTED: Record<string, { portal: string; kind: string; code: string; name: RegExp }> = {
  'dvcqg/procedure-detail-1.001193.html': { portal: 'dvcqg', kind: 'procedure-detail', code: '1.001193', name: /đăng ký khai sinh/i },
  'dvcqg/filing-form-lienthong-2.000986.html': { portal: 'lienthong', kind: 'filing-form', code: '2.000986', name: /khai sinh, đăng ký thường trú/ },
  'igate/procedure-detail-1.001193.html': { portal: 'igate', kind: 'procedure-detail', code: '1.001193', name: /đăng ký khai sinh/i },
  'igate/apply-online-1.001193.html': { portal: 'igate', kind: 'filing-form', code: '1.001193', name: /đăng ký khai sinh/i },
};

describe('shared/portals snapshots', () => {
  const files = snapshotFiles();
  test('there are snapshots to read, and each one is expected here', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) expect(EXPECTED, `no expectation for ${f}`).toHaveProperty([f]);
  });

  test.each(files)('%s is recognised once rendered', async (file) => {
    const html = readSnapshot(file);
    const url = servedAt(html).replace(/\s.*$/, '');
    const target = file.includes('lienthong') ? `${url.replace(/\/$/, '')}/#/ke-khai/2.000986` : url;
    page = await loadPage(html, target);
    await page.settle(3000);
    const adapter = adapterFor(page.url().hostname);
    expect(adapter).not.toBeNull();
    const s = summarize(readPage(adapter!, page.url(), page.document));
    const want = EXPECTED[file]!;
    expect(s.portal).toBe(want.portal);
    expect(s.kind).toBe(want.kind);
    expect(s.procedureCode).toBe(want.code);
    expect(s.codeSource).toBe('page');
    expect(s.procedureName).toMatch(want.name);
  });

  test.each(files)('%s read before its script runs gives a calm partial answer', async (file) => {
    const html = readSnapshot(file);
    page = await loadPage(html, servedAt(html), false);
    const adapter = adapterFor(page.url().hostname)!;
    expect(() => readPage(adapter, page!.url(), page!.document)).not.toThrow();
    const s = summarize(readPage(adapter, page.url(), page.document));
    expect(s.portal).toBe(EXPECTED[file]!.portal);
    // Nothing is invented: a code is either the right one or absent.
    expect([null, EXPECTED[file]!.code]).toContain(s.procedureCode);
  });
});
