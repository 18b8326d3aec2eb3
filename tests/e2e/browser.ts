/** Finding and launching Chromium with the built extension; shared by the e2e tests, the demo and the bench. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession } from '@playwright/test';

/**
 * The end-to-end build (`npm run build:e2e`): the release build with its shadow roots open, so
 * Playwright's locators reach our controls. RELEASE_DIR is what people install (closed roots);
 * tests/e2e/security.spec.ts runs it to show the page cannot see into it.
 */
export const EXTENSION_DIR = resolve(process.env.EXTENSION_DIR ?? '.output/chrome-mv3-e2e');
export const RELEASE_DIR = resolve('.output/chrome-mv3');

/** Chromium honours --load-extension; branded Chrome (137+) does not. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'Không tìm thấy Chromium. Cài bằng: sudo apt-get install -y chromium fonts-noto-core (hoặc đặt CHROMIUM_PATH). ' +
        'Chromium not found: install it with `sudo apt-get install -y chromium fonts-noto-core` or set CHROMIUM_PATH.',
    );
  }
  return found;
}

export interface LaunchOptions {
  resolverRules: string;
  withExtension: boolean;
  headless?: boolean;
  userDataDir?: string;
  /** Browser UI language, which picks the extension's locale (vi by default, en as second). */
  uiLanguage?: 'vi' | 'en';
  /** Another build than EXTENSION_DIR (the release build). */
  extensionDir?: string;
}

export async function launchBrowser(opts: LaunchOptions): Promise<BrowserContext> {
  const dir = opts.extensionDir ?? EXTENSION_DIR;
  if (opts.withExtension && !existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`Chưa có bản dựng tiện ích ở ${dir}: chạy "npm run build" trước.`);
  }
  const args = [
    '--no-sandbox',
    `--host-resolver-rules=${opts.resolverRules}`,
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--disable-gpu',
    `--lang=${opts.uiLanguage ?? 'vi'}`,
  ];
  if (opts.withExtension) args.push(`--disable-extensions-except=${dir}`, `--load-extension=${dir}`);
  return chromium.launchPersistentContext(opts.userDataDir ?? '', {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    ignoreHTTPSErrors: true,
    locale: opts.uiLanguage === 'en' ? 'en-US' : 'vi-VN',
    // On Linux, Chromium takes its UI language from the environment.
    env: { ...process.env, LANGUAGE: opts.uiLanguage ?? 'vi', LANG: opts.uiLanguage === 'en' ? 'en_US.UTF-8' : 'vi_VN.UTF-8' },
    viewport: { width: 1280, height: 860 },
    args,
  });
}

export async function extensionId(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  return new URL(worker.url()).host;
}

/** A page's JS heap after a full collection: what stays, not what garbage happens to be around. */
export async function pageHeapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

/**
 * The extension service worker's JS heap after a forced collection. A worker has no
 * performance.memory and Playwright opens CDP sessions on pages only, so this goes through a page
 * session to the worker target (Target.sendMessageToTarget). Null when no worker runs.
 */
export async function serviceWorkerHeap(context: BrowserContext): Promise<number | null> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    if (!worker) return null;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    let nextId = 1;
    const call = (method: string) =>
      new Promise<{ result?: { usedSize?: number } }>((done) => {
        const id = nextId++;
        const onMessage = (e: { sessionId?: string; message: string }) => {
          const answer = JSON.parse(e.message) as { id?: number; result?: { usedSize?: number } };
          if (e.sessionId !== sessionId || answer.id !== id) return;
          cdp.off('Target.receivedMessageFromTarget', onMessage);
          done(answer);
        };
        cdp.on('Target.receivedMessageFromTarget', onMessage);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) });
      });
    await call('HeapProfiler.collectGarbage');
    const usage = await call('Runtime.getHeapUsage');
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    return usage.result?.usedSize ?? null;
  } finally {
    await cdp.detach();
  }
}
