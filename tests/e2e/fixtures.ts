/**
 * Playwright fixtures: the replicas (one server per worker) and Chromium with the built extension.
 * Every test also checks, on teardown, that no request left for a host other than the replicas
 * and that no page error or console error showed up.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { PORTAL_OUTSIDE_HOSTS, REPLICA_HOSTS, startReplicas, type Replicas } from '../replicas/server';
import { launchBrowser } from './browser';

interface Fixtures {
  withExtension: boolean;
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors seen in portal pages during the test. */
  pageProblems: string[];
}

const ALLOWED_SCHEMES = ['chrome-extension:', 'data:', 'blob:', 'about:'];

export const test = base.extend<Fixtures, { replicas: Replicas }>({
  replicas: [
    async ({}, use) => {
      const replicas = await startReplicas();
      await use(replicas);
      await replicas.close();
    },
    { scope: 'worker' },
  ],
  withExtension: [true, { option: true }],
  pageProblems: async ({}, use) => {
    await use([]);
  },
  context: async ({ replicas, withExtension, pageProblems }, use) => {
    replicas.faults.clear();
    const context = await launchBrowser({ resolverRules: replicas.resolverRules, withExtension });
    const foreign: string[] = [];
    context.on('request', (req) => {
      const url = new URL(req.url());
      if (ALLOWED_SCHEMES.includes(url.protocol)) return;
      if (!(REPLICA_HOSTS as readonly string[]).includes(url.hostname) && !(PORTAL_OUTSIDE_HOSTS as readonly string[]).includes(url.hostname)) foreign.push(req.url());
    });
    context.on('page', (p) => watchProblems(p, pageProblems));
    for (const p of context.pages()) watchProblems(p, pageProblems);
    await use(context);
    await context.close();
    expect(foreign, 'requests to hosts other than the replicas').toEqual([]);
  },
  page: async ({ context, pageProblems }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
    expect(pageProblems, 'page errors or console errors').toEqual([]);
  },
});

function watchProblems(page: Page, problems: string[]) {
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error' && msg.type() !== 'warning') return;
    const text = msg.text();
    // A fault knob's failed request (HTTP error, dropped connection) is the portal's own request;
    // that we make no request at all is checked separately on the context.
    if (/^Failed to load resource: (the server responded with a status of [45]\d\d|net::ERR_)/.test(text)) return;
    problems.push(`console.${msg.type()}: ${text}`);
  });
}

/** Our UI inside its shadow root (Playwright's CSS engine pierces open shadow roots). */
export function panel(page: Page) {
  const host = page.locator('dvc-companion');
  return {
    host,
    launcher: host.locator('button.dvc-launcher'),
    portal: host.getByTestId('portal'),
    procedure: host.getByTestId('procedure'),
    kind: host.getByTestId('kind'),
    step: host.getByTestId('step'),
    async open() {
      await this.launcher.waitFor();
      if ((await this.launcher.getAttribute('aria-expanded')) !== 'true') await this.launcher.click();
      // The panel comes with the companion, injected on the first open: wait until it is drawn.
      await this.host.locator('#dvc-panel').waitFor();
    },
    /** Collapse the panel so it covers none of the portal's own buttons. */
    async close() {
      if ((await this.launcher.getAttribute('aria-expanded')) === 'true') await this.launcher.click();
    },
  };
}

export interface PanelExpectation {
  portal?: string;
  procedure?: string | null;
  kind?: string;
  step?: string | null;
}

/** Opens the panel, checks what it says, and collapses it again. */
export async function expectPanel(page: Page, want: PanelExpectation, timeout = 10_000) {
  const p = panel(page);
  await p.open();
  if (want.portal !== undefined) await expect(p.portal).toHaveText(want.portal, { timeout });
  if (want.kind !== undefined) await expect(p.kind).toHaveText(want.kind, { timeout });
  if (want.procedure === null) await expect(p.procedure).toHaveCount(0, { timeout });
  else if (want.procedure !== undefined) await expect(p.procedure).toHaveText(want.procedure, { timeout });
  if (want.step === null) await expect(p.step).toHaveCount(0, { timeout });
  else if (want.step !== undefined) await expect(p.step).toHaveText(want.step, { timeout });
  await p.close();
}

export { expect };
