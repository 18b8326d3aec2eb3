/**
 * A portal page's own script, as an attacker would write it (issue 18 §2, §4): it must not see into
 * our UI, act in it as the person, open our pages by the dozen, count a guide as completed, or
 * switch us off with WXT's events. Each test fails without its fix.
 */
import type { Page } from '@playwright/test';
import { recordFigure } from '../figures';
import { extensionId, launchBrowser, RELEASE_DIR } from './browser';
import { expect, panel, test } from './fixtures';
import { guideOutcomes } from './guide-helpers';

const DVCQG_DETAIL = 'https://vpcp.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-nganh-doc.html?ma_thu_tuc=1.004222';
const IGATE_FORM = 'https://dichvucong.quangngai.gov.vn/vi/padsvc/apply-online/6215fc5acfa6484e420b67d8';

/** Runs in the page's main world: what a portal script can do with our host element. */
function pageScript<T>(page: Page, fn: (host: Element & { shadowRoot: ShadowRoot | null }) => T): Promise<T> {
  return page.evaluate(`(${fn.toString()})(document.querySelector('dvc-companion'))`) as Promise<T>;
}

test('the release build: the page finds our host element but no way into it, and our UI still works for the person', async ({ replicas }) => {
  const context = await launchBrowser({ resolverRules: replicas.resolverRules, withExtension: true, extensionDir: RELEASE_DIR });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(DVCQG_DETAIL);
    await page.locator('dvc-companion').waitFor({ state: 'attached' });
    const seen = await page.evaluate(() => {
      const host = document.querySelector('dvc-companion')!;
      return { root: host.shadowRoot === null, text: (host.textContent ?? '').trim(), children: host.children.length };
    });
    expect(seen).toEqual({ root: true, text: '', children: 0 });
    // The person's own click on the launcher (bottom left) still opens the panel, which then covers
    // the point above it: the page sees only our host there.
    const above = () => page.evaluate(() => document.elementFromPoint(60, innerHeight - 110)?.tagName ?? '');
    expect(await above()).not.toBe('DVC-COMPANION');
    await page.mouse.click(40, (await page.evaluate(() => innerHeight)) - 36);
    await expect.poll(above).toBe('DVC-COMPANION');
    recordFigure({ id: 'security-closed-roots', area: 'security', what: 'release build on a DVCQG page: host.shadowRoot is null to the page, no text or child visible from outside; the person\'s click still opens the panel', cases: 1, crashes: 0 });
  } finally {
    await context.close();
  }
});

test('a page script cannot open our panel, start or advance a guide, or open our pages; a person clicking five times opens one', async ({ page, context }) => {
  await page.goto(IGATE_FORM);
  const ui = panel(page);
  await ui.launcher.waitFor();
  // Untrusted clicks from the page's world (the e2e build leaves the root open to let it try).
  await pageScript(page, (host) => (host.shadowRoot!.querySelector('button.dvc-launcher') as HTMLButtonElement).click());
  await page.waitForTimeout(300);
  await expect(ui.launcher).toHaveAttribute('aria-expanded', 'false');
  await ui.open();
  await ui.host.getByTestId('start-guide').waitFor();
  const tabsBefore = context.pages().length;
  await pageScript(page, (host) => {
    for (let i = 0; i < 5; i++) (host.shadowRoot!.querySelector('button.dvc-lookup') as HTMLButtonElement).click();
    (host.shadowRoot!.querySelector('[data-testid="start-guide"]') as HTMLButtonElement).click();
    host.shadowRoot!.querySelector('button.dvc-launcher')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
  });
  await page.waitForTimeout(800);
  expect(context.pages().length).toBe(tabsBefore);
  await expect(page.locator('dvc-companion .dvc-card')).toHaveCount(0);

  // The person's own five quick clicks: one look-up page, not five.
  const lookup = ui.host.locator('button.dvc-lookup');
  for (let i = 0; i < 5; i++) await lookup.click();
  await page.waitForTimeout(800);
  expect(context.pages().length).toBe(tabsBefore + 1);

  // A guide the page script drives to its end is not counted as the person's.
  await ui.host.getByTestId('start-guide').click();
  await page.locator('dvc-companion .dvc-card').waitFor();
  await pageScript(page, (host) => {
    const next = () => Array.from(host.shadowRoot!.querySelectorAll('button')).find((b) => /Tiếp|Hoàn thành/.test(b.textContent ?? '')) as HTMLButtonElement | undefined;
    for (let i = 0; i < 15; i++) next()?.click();
  });
  await page.waitForTimeout(300);
  await expect(page.locator('dvc-companion .dvc-card')).toContainText('1/');
  expect((await guideOutcomes(context)).filter((o) => o.outcome === 'completed')).toEqual([]);
  recordFigure({ id: 'security-untrusted-events', area: 'security', what: 'page script on the iGate form: untrusted clicks and keys on the launcher, "Tra cứu địa bàn mới" ×5, "Bắt đầu hướng dẫn", the guide\'s "Tiếp" ×15 — none acted; the person\'s five quick clicks opened one page', cases: 24, crashes: 0 });
});

/** Every content script we build (entrypoints/*.content.ts*, entrypoints/content/): WXT names its events after them. */
const CONTENT_SCRIPTS = ['content', 'national', 'legacy', 'lienthong', 'moj', 'bca', 'companion', 'eform', 'authoring'];

test('forged WXT events from the page do not switch us off: the warnings and the panel stay', async ({ page, context }) => {
  const id = await extensionId(context);
  await page.goto(DVCQG_DETAIL);
  const count = panel(page).host.getByTestId('once-only-count');
  await expect(count).toHaveText('2');
  await page.evaluate(({ extId, entries }) => {
    for (const entry of entries) {
      const name = `${extId}:${entry}:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: entry, messageId: 'forged' } }));
      window.postMessage({ type: name, contentScriptName: entry, messageId: 'forged' }, '*');
      window.dispatchEvent(new Event(`${extId}:${entry}:wxt:locationchange`));
    }
  }, { extId: id, entries: CONTENT_SCRIPTS });
  await page.waitForTimeout(500);
  await expect(count).toHaveText('2');
  await expect(page.locator('dvc-companion')).toHaveCount(1);
  await panel(page).open();
  await expect(panel(page).host.getByTestId('once-only-finding')).toHaveCount(2);
  recordFigure({ id: 'security-forged-wxt-events', area: 'security', what: 'page dispatched WXT\'s content-script-started (DOM event and postMessage) and locationchange events with our extension id, for each of our nine content scripts: once-only warnings and the panel stayed', cases: 27, crashes: 0 });
});

/** Pages where our scripts start: each family's resident part, the companion (opened), the MoJ declaration frame. */
const QUIET_PAGES = [
  'https://vpcp.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-nganh-doc.html?ma_thu_tuc=1.004222',
  'https://lienthong.dichvucong.gov.vn/#/ke-khai/2.000986',
  'https://dichvucong.quangngai.gov.vn/vi/padsvc/apply-online/6215fc5acfa6484e420b67d8',
  'https://dichvucongnganhtuphap.moj.gov.vn/nop-ho-so/2041?vneid=1&tinhThanhId=51&maThuTuc=1.000894&MaDVC=1.000894.01',
];
test('a portal page hears nothing from our scripts starting: no window message, no document event with our id (it cannot tell we are installed)', async ({ page, context }) => {
  const id = await extensionId(context);
  // The page's own world, from before any script of the page or ours runs, in every frame.
  await page.addInitScript(({ extId, entries }) => {
    const heard: string[] = [];
    (window as unknown as { __heard: string[] }).__heard = heard;
    window.addEventListener('message', (e) => {
      const text = (() => {
        try {
          return JSON.stringify(e.data);
        } catch {
          return String(e.data);
        }
      })();
      if (/wxt|dvc|content-script/i.test(text) || text.includes(extId)) heard.push(`message ${text.slice(0, 120)}`);
    }, true);
    for (const entry of entries) {
      for (const suffix of ['wxt:content-script-started', 'wxt:locationchange']) {
        const name = `${extId}:${entry}:${suffix}`;
        document.addEventListener(name, () => heard.push(`document ${name}`), true);
        window.addEventListener(name, () => heard.push(`window ${name}`), true);
      }
    }
  }, { extId: id, entries: CONTENT_SCRIPTS });
  let frames = 0;
  for (const url of QUIET_PAGES) {
    await page.goto(url);
    await panel(page).launcher.waitFor();
    await panel(page).open();
    await expect(panel(page).kind).toBeVisible();
    await page.waitForTimeout(300);
    for (const frame of page.frames()) {
      if (!frame.url().startsWith('https:')) continue;
      frames++;
      // Null would mean the listener never ran in that frame: that is a failure too, not silence.
      expect(await frame.evaluate(() => (window as unknown as { __heard?: string[] }).__heard ?? null), frame.url()).toEqual([]);
    }
  }
  recordFigure({ id: 'security-quiet-start', area: 'security', what: `window messages and WXT-named document/window events the page's own world heard while our resident parts, the companion and the MoJ declaration frame started, over ${QUIET_PAGES.length} portals (${frames} frames)`, cases: frames, crashes: 0, measure: '0 heard' });
});

test('our content script\'s own world cannot read storage.local (trusted contexts only), and needs nothing from it', async ({ page, context }) => {
  const id = await extensionId(context);
  await page.goto(DVCQG_DETAIL);
  await expect(panel(page).host.getByTestId('once-only-count')).toHaveText('2');
  // Evaluate inside the content script's isolated world, where a compromised renderer would be.
  const cdp = await context.newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string; auxData?: { type?: string } } }) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  await expect.poll(() => worlds.filter((w) => w.auxData?.type === 'isolated' && w.origin.includes(id)).length).toBeGreaterThan(0);
  const world = worlds.find((w) => w.auxData?.type === 'isolated' && w.origin.includes(id))!;
  const { result } = (await cdp.send('Runtime.evaluate', {
    contextId: world.id,
    awaitPromise: true,
    expression: `chrome.storage.local.get(null).then((v) => 'read ' + Object.keys(v).join(','), (e) => 'refused: ' + e.message)`,
  })) as { result: { value: string } };
  expect(result.value).toMatch(/^refused/);
  recordFigure({ id: 'security-storage-trusted', area: 'security', what: `content script world on a DVCQG page: storage.local ${result.value.slice(0, 60)}; findings and drafts live in the extension's IndexedDB`, cases: 1, crashes: 0 });
});

test('the companion (panel, guide, hint card) is not on a page until the person opens the launcher, then once; the page sees neither it nor the hub', async ({ page }) => {
  // A detail page with once-only findings: their badges are the resident part's, drawn without the companion.
  await page.goto('https://vpcp.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-nganh-doc.html?ma_thu_tuc=1.004222');
  const ui = panel(page);
  await ui.launcher.waitFor();
  await page.getByText('Bản sao thẻ Căn cước công dân (CCCD) của chủ hộ', { exact: true }).scrollIntoViewIfNeeded();
  await expect(page.locator('dvc-companion').getByTestId('once-only-badge').first()).toBeVisible();
  await page.waitForTimeout(500);
  const slots = () => pageScript(page, (host) => Array.from(host.shadowRoot!.querySelectorAll('[data-slot]')).map((s) => (s as HTMLElement).dataset.slot).sort());
  // Only the resident launcher and badges: the companion's features are not loaded yet.
  expect(await slots()).toEqual(['launcher', 'once-only-badges']);
  await ui.open();
  await expect(ui.kind).toBeVisible();
  expect(await slots()).toEqual(['guide', 'launcher', 'once-only-badges', 'page-panel']);
  await ui.close();
  await ui.open();
  await expect(ui.kind).toBeVisible();
  // Opened twice, loaded once: one slot per feature still.
  expect(await slots()).toEqual(['guide', 'launcher', 'once-only-badges', 'page-panel']);
  // The page's own world: no hub of ours, and none of our script files among what it loaded.
  const seen = await page.evaluate(() => ({
    globals: Object.keys(window).filter((k) => /dvc/i.test(k)),
    files: performance.getEntriesByType('resource').map((e) => e.name).filter((n) => !n.startsWith('https:')),
  }));
  expect(seen).toEqual({ globals: [], files: [] });
});
