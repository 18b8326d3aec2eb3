// Guide authoring on the live portal (issue 9): an author records a guide on the iGate replica
// across a route change and a reload, fills in the pack details, exports it; a fresh profile
// imports it and the guide runs; a renamed CSS class still resolves, a removed field is "needs review".
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { extensionId, launchBrowser } from './browser';
import { recordFigure } from '../figures';
import { expect, test } from './fixtures';
import { expectHighlighted, guide } from './guide-helpers';

const QNG = 'https://dichvucong.quangngai.gov.vn';
const ID = '6215fc5acfa6484e420b67d8';
const DETAIL = `${QNG}/vi/procedure/detail/${ID}`;
const FORM = `${QNG}/vi/padsvc/apply-online/${ID}`;

async function portalTabId(context: BrowserContext, id: string): Promise<number> {
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${id}/drafts.html`);
  const tabId = await ext.evaluate(async (url) => {
    const c = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    const [tab] = await c.tabs.query({ url });
    return tab!.id!;
  }, `${QNG}/*`);
  await ext.close();
  return tabId;
}

/** The popup (opened for the portal tab) turns authoring on; the panel shows on the page. */
async function turnAuthoringOn(page: Page, context: BrowserContext, id: string) {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html?tab=${await portalTabId(context, id)}`);
  await popup.getByTestId('popup-author').click();
  await expect(popup.getByTestId('popup-author-status')).toHaveText('Đã bật chế độ soạn trên trang đang mở.');
  await popup.close();
  await page.bringToFront();
  await expect(page.getByTestId('author-panel')).toBeVisible();
}

/** Picks an element on the page with the mouse, as an author does. */
async function pickByClick(page: Page, target: ReturnType<Page['locator']>) {
  await page.getByTestId('author-pick').click();
  await expect(page.getByTestId('author-pick')).toHaveAttribute('aria-pressed', 'true');
  await target.click();
  await expect(page.getByTestId('author-editor')).toBeVisible();
}

/** The step editor: an extension page framed in the panel, where the author types (issue 18 §2). */
function stepEditor(page: Page) {
  return page.frameLocator('[data-testid="author-step-editor"]');
}

async function finishStep(page: Page, text: string) {
  await stepEditor(page).getByTestId('author-text-vi').fill(text);
  await expect(stepEditor(page).getByTestId('step-editor-status')).toHaveText('Đã lưu bản nháp.');
  await page.getByTestId('author-done').click();
}

test('an author records a 5-step guide across a route change and a reload, exports it, and a fresh profile runs it; renamed classes still resolve, a removed field needs review', async ({ page, context, replicas }) => {
  test.setTimeout(120_000);
  const id = await extensionId(context);
  await page.goto(DETAIL);
  await page.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).waitFor();

  await turnAuthoringOn(page, context, id);
  await expect(page.getByTestId('author-draft')).toContainText('0 bước');

  // Step 1 on the procedure page: the click picks the button and does not reach the portal.
  await pickByClick(page, page.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }));
  await expect(page).toHaveURL(DETAIL);
  await expect(page.getByTestId('author-check')).toHaveText('Tìm thấy theo khóa của cổng');
  await expect(page.getByTestId('author-editor')).toContainText('button:nop-ho-so');
  await expect(page.getByTestId('author-editor')).toContainText('button.btn-apply-online');
  await finishStep(page, 'Bấm **Nộp hồ sơ trực tuyến** để mở biểu mẫu.');

  // The author uses the portal: a route change (pushState), the panel stays.
  await page.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).click();
  await expect(page).toHaveURL(FORM);
  const phone = page.locator('input[name="data[phoneNumber]"]').first();
  await phone.waitFor();
  await expect(page.getByTestId('author-steps').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('author-steps').locator('li').first()).toContainText('Bước trên trang khác');

  // Step 2 with the keyboard: focus the field, press Enter.
  await page.getByTestId('author-pick').click();
  await phone.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('author-editor')).toBeVisible();
  await expect(page.getByTestId('author-editor')).toContainText('field:so-dien-thoai');
  await expect(stepEditor(page).getByTestId('author-action')).toHaveValue('fill');
  await expect(stepEditor(page).getByTestId('author-advance')).toHaveValue('field-filled');
  await finishStep(page, 'Nhập **số điện thoại** để cán bộ liên hệ.');

  // A reload: the background brings the panel back, the draft is intact.
  await page.reload();
  await expect(page.getByTestId('author-draft')).toContainText('2 bước', { timeout: 15_000 });
  await phone.waitFor();

  // Step 3: the stepper's "Tiếp tục"; then a stray step, moved and deleted.
  await pickByClick(page, page.locator('#cdk-step-content-0-0 .btn_next'));
  await expect(stepEditor(page).getByTestId('author-action')).toHaveValue('click');
  await finishStep(page, 'Bấm **Tiếp tục** để sang phần giấy tờ.');
  await pickByClick(page, page.locator('input[name="data[address]"]').first());
  await page.getByTestId('author-done').click();
  await page.getByRole('button', { name: 'Chuyển bước 4 lên' }).click();
  await expect(page.getByTestId('author-status')).toHaveText('Đã chuyển bước thành bước 3.');
  await page.getByRole('button', { name: 'Xóa bước 3' }).click();
  await expect(page.getByTestId('author-draft')).toContainText('3 bước');

  // Steps 4 and 5 on the upload panel.
  await page.locator('#cdk-step-content-0-0 .btn_next').click();
  await page.locator('tr[data-index="1"]').waitFor();
  await pickByClick(page, page.locator('tr[data-index="1"] td').nth(1));
  await expect(stepEditor(page).getByTestId('author-action')).toHaveValue('upload');
  await finishStep(page, 'Ở dòng **Giấy chứng sinh**, chọn tệp bản chụp.');
  await pickByClick(page, page.locator('#cdk-step-content-0-1 .btn_next'));
  await finishStep(page, 'Bấm **Tiếp tục**.');
  await expect(page.getByTestId('author-steps').locator('li')).toHaveCount(5);

  // The panel is usable by keyboard and clean for axe.
  const panelAxe = await new AxeBuilder({ page }).include('dvc-authoring').analyze();
  expect(panelAxe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  // Pack details on the drafts page, then export.
  const drafts = await context.newPage();
  await drafts.goto(`chrome-extension://${id}/drafts.html`);
  await expect(drafts.getByTestId('draft-steps').locator('li')).toHaveCount(5);
  await drafts.getByTestId('draft-export').click();
  // The code came from the page the recording started on; name and sources are still missing.
  await expect(drafts.getByTestId('draft-code')).toHaveValue('1.001193');
  await expect(drafts.getByTestId('draft-problems').locator('li')).toHaveText([/^title\.vi: /, /^sources: /]);
  await drafts.getByTestId('draft-title-vi').fill('Đăng ký khai sinh (hướng dẫn của xã)');
  await drafts.getByTestId('draft-add-source').click();
  await drafts.getByTestId('draft-sources').locator('input').first().fill('Luật Hộ tịch số 60/2014/QH13');
  await drafts.getByTestId('draft-add-paper').click();
  // A paper whose data is shared: the export says so (the same checks the bundled packs pass).
  await drafts.getByTestId('draft-papers').locator('input').first().fill('Bản sao sổ hộ khẩu');
  await drafts.getByTestId('draft-export').click();
  await expect(drafts.getByTestId('draft-warnings')).toContainText('papers[0].name: danh mục "chỉ cung cấp một lần"');
  await drafts.getByTestId('draft-papers').locator('input').first().fill('Giấy chứng sinh');
  const axe = await new AxeBuilder({ page: drafts }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  const download = drafts.waitForEvent('download');
  await drafts.getByTestId('draft-export').click();
  const file = await (await download).path();
  await expect(drafts.getByTestId('drafts-status')).toContainText('Đã xuất tệp 1.001193.json');
  // Only the two "Tiếp tục" buttons' own words came from page text the adapter does not read: listed for review.
  await expect(drafts.getByTestId('draft-warnings').locator('li')).toHaveText([/^steps\[2\]\.target\.label: nhãn “Tiếp tục” lấy từ chữ trên trang/, /^steps\[4\]\.target\.label: nhãn “Tiếp tục” lấy từ chữ trên trang/]);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { steps: { page?: string; target?: { key: string } }[]; portals: string[]; verified: boolean };
  expect(exported.portals).toEqual(['igate']);
  expect(exported.verified).toBe(false);
  expect(exported.steps.map((s) => s.target?.key)).toEqual(['button:nop-ho-so', 'field:so-dien-thoai', 'button:tiep-tuc', expect.stringMatching(/^upload:giay-chung-sinh/), 'button:tiep-tuc']);
  expect(exported.steps[0]!.page).toBe('procedure-detail');

  // A fresh profile on another machine: import, then the guide runs; the portal renamed classes.
  const fresh = await launchBrowser({ resolverRules: replicas.resolverRules, withExtension: true });
  try {
    const freshId = await extensionId(fresh);
    const dash = await fresh.newPage();
    await dash.goto(`chrome-extension://${freshId}/dashboard.html`);
    await dash.locator('#pack-file').setInputFiles(file);
    // It stands in for the bundled 1.001193: the author confirms.
    await dash.getByTestId('import-confirm-yes').click();
    await expect(dash.getByTestId('import-result')).toContainText('1.001193');

    replicas.faults.add({ host: 'dichvucong.quangngai.gov.vn', path: '/vi/', renameClasses: { 'btn-apply-online': 'btn-nop-truc-tuyen', btn_next: 'btn-tiep-tuc' } });
    const portal = await fresh.newPage();
    await portal.goto(DETAIL);
    const g = guide(portal);
    await g.start();
    await g.expectStep('Bước 1/5 · Đăng ký khai sinh (hướng dẫn của xã)', 'Nộp hồ sơ trực tuyến');
    await expectHighlighted(portal, portal.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }));
    await portal.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).click();
    await g.expectStep('Bước 2/5', 'số điện thoại');
    await portal.locator('input[name="data[phoneNumber]"]').first().fill('0912000000');
    await g.expectStep('Bước 3/5', 'Tiếp tục');
    await expectHighlighted(portal, portal.locator('#cdk-step-content-0-0 .btn-tiep-tuc'));

    // The dashboard's check on the open page: every step on this page still found, none "needs review".
    await dash.bringToFront();
    await dash.getByTestId('pack-review-1.001193').click();
    await expect(dash.getByTestId('pack-review-summary')).toHaveText('0 bước cần xem lại');
    await expect(dash.getByTestId('pack-review').locator('li[data-status="found"]')).not.toHaveCount(0);

    // A release that dropped the phone field (its whole form component): that step needs review.
    replicas.faults.clear();
    replicas.faults.add({ host: 'dichvucong.quangngai.gov.vn', path: '/vi/', removeSelectors: ['.formio-component-phoneNumber'] });
    await portal.goto(FORM);
    await portal.locator('input[name="data[address]"]').first().waitFor();
    await dash.getByTestId('pack-review-1.001193').click();
    await expect(dash.getByTestId('pack-review-summary')).toHaveText('1 bước cần xem lại');
    await expect(dash.getByTestId('pack-review').locator('li[data-status="missing"]')).toHaveAttribute('data-step', 'buoc-2');
  } finally {
    replicas.faults.clear();
    await fresh.close();
  }
});

test('a disabled prefilled field can be picked; preview runs the draft as the real guide, and stopping it brings the page back to its own pack', async ({ page, context }) => {
  const id = await extensionId(context);
  await page.goto(FORM);
  const phone = page.locator('input[name="data[phoneNumber]"]').first();
  await phone.waitFor();
  await turnAuthoringOn(page, context, id);

  // A field prefilled from VNeID is disabled (no click event): it is picked on the press itself.
  const fullname = page.locator('input[name="data[fullname]"]');
  await expect(fullname).toBeDisabled();
  await page.getByTestId('author-pick').click();
  const box = (await fullname.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByTestId('author-editor')).toContainText('field:ho-va-ten');
  await page.getByTestId('author-done').click();
  await page.getByRole('button', { name: 'Xóa bước 1' }).click();
  await pickByClick(page, phone);
  await finishStep(page, 'Nhập **số điện thoại** (bản nháp).');
  await pickByClick(page, page.locator('input[name="data[address]"]').first());
  await finishStep(page, 'Nhập **địa chỉ** (bản nháp).');
  await page.getByTestId('author-preview').click();
  await expect(page.getByTestId('author-status')).toHaveText('Đang xem thử: hướng dẫn chạy như người dùng sẽ thấy.');
  const g = guide(page);
  await g.expectStep('Bước 1/2 · Bản nháp', 'số điện thoại');
  await expectHighlighted(page, phone);
  await phone.fill('0912000000');
  await g.expectStep('Bước 2/2', 'địa chỉ');
  await page.getByTestId('author-preview').click();
  await expect(g.card).toHaveCount(0);
  await g.start();
  await g.expectStep('Bước 1/11 · Đăng ký khai sinh', 'Họ và tên');
});

test('the page cannot see what the author types, nor add a step to the draft with its own events (issue 18 §2)', async ({ page, context, pageProblems }) => {
  const id = await extensionId(context);
  await page.goto(FORM);
  const phone = page.locator('input[name="data[phoneNumber]"]').first();
  await phone.waitFor();
  // A hostile portal script: capture listeners on window and document for every key and input.
  await page.evaluate(() => {
    const w = window as unknown as { seen: string[] };
    w.seen = [];
    for (const target of [window, document]) {
      for (const type of ['keydown', 'keyup', 'keypress', 'beforeinput', 'input']) {
        target.addEventListener(type, (e) => w.seen.push(`${type}:${(e as KeyboardEvent).key ?? (e as InputEvent).data ?? ''}`), true);
      }
    }
  });
  await turnAuthoringOn(page, context, id);
  await pickByClick(page, phone);
  await expect(page.getByTestId('author-draft')).toContainText('1 bước');
  // The editor is loaded under this session's dynamic id: the page cannot find it by our public id.
  const src = new URL((await page.getByTestId('author-step-editor').getAttribute('src'))!);
  expect(src.host).not.toBe(id);
  expect(await page.evaluate((u) => fetch(u).then(() => 'loaded', () => 'refused'), `chrome-extension://${id}/step-editor.html`)).toBe('refused');
  // The browser says why it refused: that line is the refusal this test asks for, not a problem.
  await expect.poll(() => pageProblems.some((p) => /Denying load of chrome-extension:\/\/[a-z]+\/step-editor\.html/.test(p))).toBe(true);
  pageProblems.splice(0, pageProblems.length, ...pageProblems.filter((p) => !/Denying load of chrome-extension:\/\/[a-z]+\/step-editor\.html/.test(p)));
  const secret = 'Nhập mật khẩu VNeID và mã OTP';
  await stepEditor(page).getByTestId('author-text-vi').click();
  await page.keyboard.type(secret);
  await expect(stepEditor(page).getByTestId('step-editor-status')).toHaveText('Đã lưu bản nháp.');
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);

  // The page's own events while picking: no step is added, the click still belongs to the portal.
  await page.getByTestId('author-done').click();
  await page.getByTestId('author-pick').click();
  await page.evaluate(() => {
    const el = document.querySelector('input[name="data[address]"]')!;
    for (const type of ['pointerover', 'pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) el.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true }));
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  });
  await page.waitForTimeout(300);
  // Still picking (the panel is one line): only the author's Esc ends it, and still one step.
  await expect(page.getByTestId('author-pick')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('author-draft')).toContainText('1 bước');

  // What was typed is in the draft (the drafts page shows it), and nowhere in the page's world.
  const drafts = await context.newPage();
  await drafts.goto(`chrome-extension://${id}/drafts.html`);
  await expect(drafts.locator('body')).toContainText(secret);
  await drafts.close();
  expect(await page.evaluate((s) => document.documentElement.outerHTML.includes(s), secret)).toBe(false);
  recordFigure({ id: 'security-author-typing', area: 'security', what: `author typed ${secret.length} characters in the step editor with the page listening for keys and input on window and document (capture): 0 events seen by the page; 7 synthetic pick events added no step`, cases: secret.length + 7, crashes: 0 });
});
