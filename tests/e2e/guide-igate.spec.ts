import { expect, test } from './fixtures';

const QNG = 'https://dichvucong.quangngai.gov.vn';
const ID = '6215fc5acfa6484e420b67d8';

test('scratch: guide starts on iGate', async ({ page }) => {
  await page.goto(`${QNG}/vi/padsvc/apply-online/${ID}`);
  const host = page.locator('dvc-companion');
  await host.locator('button.dvc-launcher').click();
  await host.getByTestId('start-guide').click();
  await expect(host.getByTestId('guide-text')).toContainText('Họ và tên');
  await page.screenshot({ path: 'test-results/guide1.png' });
});
