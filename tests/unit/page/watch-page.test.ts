import { afterEach, describe, expect, test } from 'vitest';
import { watchPage } from '../../../lib/page/watch-page';
import { igate } from '../../../lib/portals/igate';
import type { PageReading } from '../../../lib/portals/types';
import { loadPage, readSnapshot, type LoadedPage } from '../helpers/snapshot';

let page: LoadedPage | null = null;
const controller = new AbortController();
afterEach(async () => {
  await page?.close();
  page = null;
});

describe('watchPage', () => {
  test('follows late render and step changes; ignores our own UI node; stops on abort', async () => {
    page = await loadPage(readSnapshot('igate/apply-online-1.001193.html'), 'https://dichvucong.quangngai.gov.vn/vi/padsvc/apply-online/6215fc5acfa6484e420b67d8');
    const win = page.window as unknown as Window;
    const seen: PageReading[] = [];
    const watch = watchPage(igate, win, {
      signal: controller.signal,
      throttleMs: 20,
      isOwnNode: (n) => (n as Element).tagName === 'DVC-COMPANION',
      onReading: (r) => seen.push(r),
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.procedureCode).toBeNull();
    await page.settle();
    expect(seen.at(-1)!.step?.index).toBe(1);
    expect(seen.at(-1)!.procedureCode).toBe('1.001193');

    const count = seen.length;
    page.document.body.append(page.document.createElement('dvc-companion'));
    await new Promise((r) => setTimeout(r, 80));
    expect(seen).toHaveLength(count); // our own node: no new reading

    // A step change is only attribute changes (aria-selected / aria-expanded).
    page.document.querySelector<HTMLButtonElement>('#cdk-step-content-0-0 .btn_next')!.click();
    await new Promise((r) => setTimeout(r, 80));
    expect(seen.at(-1)!.step?.index).toBe(2);
    expect(seen.at(-1)!.kind).toBe('upload');

    controller.abort();
    const after = seen.length;
    page.document.querySelector<HTMLButtonElement>('#cdk-step-content-0-1 .btn_next')!.click();
    watch.refresh();
    await new Promise((r) => setTimeout(r, 80));
    expect(seen).toHaveLength(after);
  });

  test('with a first-reading delay the first reading comes in a later task, once, even if the page changes meanwhile', async () => {
    page = await loadPage('<main><h1>x</h1></main>', 'https://dichvucong.quangngai.gov.vn/vi/');
    const win = page.window as unknown as Window;
    const seen: PageReading[] = [];
    const own = new AbortController();
    watchPage(igate, win, { signal: own.signal, throttleMs: 20, firstReadingDelayMs: 0, onReading: (r) => seen.push(r) });
    expect(seen).toHaveLength(0);
    page.document.body.append(page.document.createElement('p'));
    await new Promise((r) => setTimeout(r, 60));
    expect(seen).toHaveLength(1);
    own.abort();
  });
});
