import type { BrowserContext, Locator, Page } from '@playwright/test';
import { extensionId } from './browser';
import { expect } from './fixtures';

export function guide(page: Page) {
  const host = page.locator('dvc-companion');
  return {
    card: host.locator('.dvc-card'),
    step: host.locator('#dvc-card-step'),
    text: host.getByTestId('guide-text'),
    highlight: host.locator('.dvc-highlight'),
    next: host.locator('.dvc-card .dvc-primary'),
    back: host.locator('.dvc-card .dvc-actions button').first(),
    yes: host.locator('.dvc-card .dvc-actions button', { hasText: 'Có' }),
    no: host.locator('.dvc-card .dvc-actions button', { hasText: 'Không' }),
    degraded: host.locator('.dvc-degraded'),
    async start() {
      const launcher = host.locator('button.dvc-launcher');
      await launcher.click();
      await host.getByTestId('start-guide').click();
      await expect(this.card).toBeVisible();
    },
    async expectStep(label: string, textPart: string) {
      await expect(this.step).toContainText(label);
      await expect(this.text).toContainText(textPart);
    },
  };
}

/** The highlight surrounds the element (within a few pixels). */
export async function expectHighlighted(page: Page, target: Locator) {
  const g = guide(page);
  await expect(g.highlight).toBeVisible();
  await expect
    .poll(async () => {
      const h = await g.highlight.boundingBox();
      const t = await target.boundingBox();
      if (!h || !t) return false;
      return h.x <= t.x + 1 && h.y <= t.y + 1 && h.x + h.width >= t.x + t.width - 1 && h.y + h.height >= t.y + t.height - 1 && h.width <= t.width + 12;
    })
    .toBe(true);
}

export async function guideOutcomes(context: BrowserContext): Promise<{ procedureCode: string; outcome: string; stepId: string | null }[]> {
  const id = await extensionId(context);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/dashboard.html`);
  const stored = await page.evaluate(() => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.local.get('guideOutcomes'));
  await page.close();
  return (stored.guideOutcomes ?? []) as { procedureCode: string; outcome: string; stepId: string | null }[];
}
