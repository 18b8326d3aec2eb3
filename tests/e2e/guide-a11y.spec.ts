import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { guide, guideOutcomes } from './guide-helpers';

const FORM = 'https://dichvucong.quangngai.gov.vn/vi/padsvc/apply-online/6215fc5acfa6484e420b67d8';

async function seriousViolations(page: Page, include: string) {
  const result = await new AxeBuilder({ page }).include(include).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('keyboard only: Tab to the launcher, Enter to open and start, arrows and Enter through every step to the end', async ({ page, context }) => {
  await page.goto(FORM);
  await expect(page.locator('input[name="data[phoneNumber]"]').first()).toBeVisible();
  const inOurUi = () => page.evaluate(() => document.activeElement?.tagName === 'DVC-COMPANION');
  let presses = 0;
  while (!(await inOurUi()) && presses < 120) {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  expect(await inOurUi(), 'the launcher is in the tab order').toBe(true);
  await page.keyboard.press('Enter'); // open the panel
  // The panel sits before the launcher: Shift+Tab back into it, past "Tra cứu địa bàn mới" and the
  // once-only findings (this form lists the parents' marriage certificate).
  const start = page.locator('dvc-companion').getByTestId('start-guide');
  for (let i = 0; i < 30 && !(await start.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)); i++) await page.keyboard.press('Shift+Tab');
  const g = guide(page);
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  await g.expectStep('Bước 1/11', 'Họ và tên');
  await expect(g.step).toBeFocused();

  for (let i = 0; i < 30; i++) {
    const text = await g.text.innerText();
    if (text.includes('Trẻ có phải là trẻ bị bỏ rơi không?')) {
      for (let t = 0; t < 4 && !(await g.no.evaluate((b) => b.getRootNode() instanceof ShadowRoot && (b.getRootNode() as ShadowRoot).activeElement === b)); t++) {
        await page.keyboard.press('Tab'); // past "×" and "Có" to "Không"
      }
      await expect(g.no).toBeFocused();
      await page.keyboard.press('Enter');
      await g.step.focus();
      continue;
    }
    if ((await g.next.innerText()) === 'Hoàn thành') break;
    await page.keyboard.press('ArrowRight');
  }
  await expect(g.step).toContainText('Bước 10/10');
  await g.next.focus();
  await page.keyboard.press('Enter');
  await expect(g.card).toHaveCount(0);
  expect((await guideOutcomes(context)).map((o) => o.outcome)).toContain('completed');
});

test('axe: no serious or critical violations in the panel, the step card and the open checklist', async ({ page }) => {
  await page.goto(FORM);
  await page.locator('dvc-companion button.dvc-launcher').click();
  await expect(page.locator('dvc-companion').getByTestId('start-guide')).toBeVisible();
  expect(await seriousViolations(page, 'dvc-companion')).toEqual([]);
  const g = guide(page);
  await page.locator('dvc-companion').getByTestId('start-guide').click();
  await g.expectStep('Bước 1/11', 'Họ và tên');
  // Counter-staff mode (the default) opens the papers checklist with the guide.
  await expect(page.locator('dvc-companion .dvc-checklist')).toContainText('Giấy chứng sinh');
  expect(await seriousViolations(page, 'dvc-companion')).toEqual([]);
});
