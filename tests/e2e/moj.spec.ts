/**
 * The Ministry of Justice civil-status wizard (issue 20), where the national portal's kết hôn
 * cards hand over: in Chromium with the built extension, against the replica on the portal's kind
 * of front end (React, Radix, react-select) and its declaration e-form in an iframe of another host.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { detailUrl } from '../replicas/sites/dvcqg-2026';
import { mojFormUrl } from '../replicas/sites/moj';
import { chooseAgency } from './dvcqg-2026-helpers';
import { declaration, fillDeclaration, ownerStep, upload } from './moj-helpers';
import { expect, expectPanel, panel, test } from './fixtures';
import { expectHighlighted, guide, guideOutcomes } from './guide-helpers';
import { extensionStoresDump } from './stores';
import { extensionPage, waitForRecords } from './timings-helpers';

const MOJ = 'Cổng dịch vụ công ngành Tư pháp (hộ tịch)';

async function signedIn(context: BrowserContext) {
  await context.addCookies([{ name: 'dvc_session', value: '1', domain: 'dichvucong.gov.vn', path: '/', secure: true }]);
}

test('guided kết hôn: the national portal\'s card hands over to the MoJ wizard, through four steps and the declaration frame to "Gửi hồ sơ thành công", resuming after a reload (counter PC 1366×657)', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 657 });
  await signedIn(context);
  await page.goto(detailUrl('1.000894'));
  const g = guide(page);
  await g.start();
  await g.expectStep('Bước 1/5 · Đăng ký kết hôn', 'Thành phần hồ sơ');
  await g.next.click();
  await chooseAgency(page);
  await g.expectStep('Bước 4/5', 'Nộp hồ sơ');
  await page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
  await g.expectStep('Bước 5/5', 'Nộp trực tuyến');
  const card = page.getByRole('button', { name: 'Nộp trực tuyến' }).last();
  await expectHighlighted(page, card);
  await card.click();

  // Handed over: the MoJ part of the pack picks up on arrival, and again after a reload.
  await page.waitForURL(/dichvucongnganhtuphap\.moj\.gov\.vn\/nop-ho-so\/\d+/);
  await g.expectStep('Bước 1/18 · Đăng ký kết hôn', 'Đối tượng thực hiện');
  await page.reload();
  await g.expectStep('Bước 1/18', 'Đối tượng thực hiện');
  await expectHighlighted(page, page.getByRole('combobox'));
  await g.next.click(); // "Làm thủ tục cho bản thân" is preselected
  await g.expectStep('Bước 2/18', 'Xác nhận');
  const confirm = page.getByRole('button', { name: 'Xác nhận' });
  await expectHighlighted(page, confirm);
  await confirm.click();

  await g.expectStep('Bước 3/18', 'Thông tin định danh');
  await g.next.click();
  await g.expectStep('Bước 4/18', 'Ngày cấp');
  await ownerStep(page, g, { guided: true });
  // The question behind the two branches, asked where they part.
  await expect(g.no).toBeVisible();
  await g.no.click();
  await g.expectStep('Bước 7/17', 'Địa chỉ chi tiết');
  await page.getByLabel('Địa chỉ chi tiết').fill('Số 12 đường Hùng Vương, phường Cẩm Thành');
  await g.expectStep('Bước 8/17', 'Bước tiếp theo');
  const next1 = page.locator('#kt_buoc-tiep-theo-1');
  await expectHighlighted(page, next1);
  await next1.click();

  await g.expectStep('Bước 9/17', 'Kê khai thông tin');
  await g.next.click();
  // A field inside the declaration frame (another host): highlighted where it is on the screen.
  await g.expectStep('Bước 10/17', 'Họ, chữ đệm, tên');
  const frame = declaration(page);
  const brideName = frame.locator('x-input[name="Nu_HoVaTen"]');
  await expectHighlighted(page, brideName);
  await brideName.locator('input').fill('TRẦN THỊ BÌNH');
  await g.expectStep('Bước 11/17', 'Nơi cư trú');
  await expectHighlighted(page, frame.locator('x-radio[name="Nu_NoiCuTru"]'));
  await frame.locator('x-radio[name="Nu_NoiCuTru"] label', { hasText: 'Trong nước' }).click();
  await g.expectStep('Bước 12/17', 'Bước tiếp theo');
  await fillDeclaration(frame, { skipBrideName: true, skipBrideResidence: true });
  await page.locator('#kt_buoc-tiep-theo-2').click();

  await g.expectStep('Bước 13/17', 'không phải tải lên');
  await g.next.click();
  await g.expectStep('Bước 14/17', 'Bước tiếp theo');
  await page.locator('#nop-thu-tuc-b-3').click();
  await g.expectStep('Bước 15/17', 'nhận kết quả');
  await g.next.click();
  await g.expectStep('Bước 16/17', 'Gửi hồ sơ');
  const send = page.getByRole('button', { name: 'Gửi hồ sơ' });
  await expectHighlighted(page, send);
  await send.click();
  await expect(page.getByRole('alert').filter({ hasText: 'Gửi hồ sơ thành công' })).toBeVisible();
  await g.expectStep('Bước 17/17', 'Hồ sơ của tôi');
  await g.next.click();
  await expect(g.card).toHaveCount(0);
  expect(await guideOutcomes(context)).toContainEqual(expect.objectContaining({ procedureCode: '1.000894', outcome: 'completed' }));

  // Timings stored; nothing typed in the page or in its frame reaches a store.
  const [submit] = await waitForRecords(context, 'submit');
  expect(submit).toMatchObject({ portal: 'moj', code: '1.000894', outcome: 'receipt' });
  const ours = await extensionPage(context, 'findings.html');
  const dump = await extensionStoresDump(ours);
  await ours.close();
  for (const secret of ['TRẦN THỊ BÌNH', '001192004321', '0912345678', '15/06/2021', 'Hùng Vương', 'NGUYỄN VĂN AN']) expect(dump.text).not.toContain(secret);
});

test('the authorised branch: "Người khác ủy quyền" adds the Văn bản ủy quyền row, its upload is a step, the next button without data-e2e is the one pointed at', async ({ page }) => {
  await page.goto(mojFormUrl('1.000894'));
  const g = guide(page);
  await g.start();
  await g.expectStep('Bước 1/18', 'Đối tượng thực hiện');
  await page.getByRole('combobox').click();
  await page.getByRole('option', { name: 'Người khác ủy quyền' }).click();
  // The choice made in the Radix select moves the guide on.
  await g.expectStep('Bước 2/18', 'Xác nhận');
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await g.expectStep('Bước 3/18', 'Thông tin định danh');
  await g.next.click();
  await ownerStep(page, g, { guided: true });
  await g.yes.click();
  await g.expectStep('Bước 7/17', 'Văn bản ủy quyền');
  await expectHighlighted(page, page.locator('tr', { hasText: 'Văn bản ủy quyền' }));
  await page.getByLabel('Họ tên người ủy quyền').fill('LÊ VĂN CƯỜNG');
  await page.getByLabel('Quan hệ với người được ủy quyền').fill('Bố');
  await page.locator('input[name="number"]').fill('001060001111');
  await upload(page, 'Văn bản ủy quyền', 'văn-bản-ủy-quyền.pdf');
  await g.expectStep('Bước 8/17', 'Bước tiếp theo');
  await expectHighlighted(page, page.locator('#nop-thu-tuc-b-3-uy-quyen'));
  await page.locator('#nop-thu-tuc-b-3-uy-quyen').click();
  await g.expectStep('Bước 9/17', 'Kê khai thông tin');
  await expectPanelLater(page);
});

/** The panel, once the guide is closed, still names the portal, the step and the code. */
async function expectPanelLater(page: Page) {
  await guide(page).card.getByRole('button', { name: 'Thoát hướng dẫn' }).click();
  await expectPanel(page, { portal: MOJ, procedure: 'Đăng ký kết hôn (1.000894)', step: 'Bước 2/4: Kê khai thông tin' });
}

test('the panel names portal, step and 1.000894 on every step; once-only on step 3 reads the rows that apply the rule as such; an error toast is a failed submit', async ({ page, context, replicas }) => {
  await page.goto(mojFormUrl('1.000894'));
  await expectPanel(page, { portal: MOJ, kind: 'Trang nộp hồ sơ', procedure: 'Đăng ký kết hôn (1.000894)', step: 'Bước: Thông tin chung' });
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await expectPanel(page, { step: 'Bước 1/4: Thông tin chủ hồ sơ', procedure: 'Đăng ký kết hôn (1.000894)' });
  await ownerStep(page, guide(page), { guided: false });
  await page.getByLabel('Địa chỉ chi tiết').fill('Số 12 đường Hùng Vương');
  await page.locator('#kt_buoc-tiep-theo-1').click();
  await expectPanel(page, { step: 'Bước 2/4: Kê khai thông tin' });
  await fillDeclaration(declaration(page));
  await page.locator('#kt_buoc-tiep-theo-2').click();
  await expectPanel(page, { kind: 'Trang nộp hồ sơ · bước đính kèm giấy tờ', step: 'Bước 3/4: Thành phần hồ sơ', procedure: 'Đăng ký kết hôn (1.000894)' });

  // Four rows: the ID and residence rows say themselves that shared data need not be uploaded;
  // only the row that asks for the marriage-status paper outright is flagged.
  const host = panel(page).host;
  await expect(host.getByTestId('once-only-count')).toHaveText('1');
  await panel(page).open();
  await expect(host.getByTestId('once-only-finding')).toHaveCount(1);
  await expect(host.getByTestId('once-only-finding')).toContainText('Giấy xác nhận tình trạng hôn nhân');
  await panel(page).close();
  await upload(page, 'Giấy xác nhận tình trạng hôn nhân', 'giấy-xác-nhận.pdf');
  await page.locator('#nop-thu-tuc-b-3').click();
  await expectPanel(page, { step: 'Bước 4/4: Thông tin nhận kết quả' });

  replicas.faults.add({ host: 'dichvucongnganhtuphap.moj.gov.vn', path: '/api/nop-ho-so', status: 500, times: 1 });
  await page.getByRole('button', { name: 'Gửi hồ sơ' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Có lỗi xảy ra' })).toBeVisible();
  const [failed] = await waitForRecords(context, 'submit');
  expect(failed).toMatchObject({ portal: 'moj', code: '1.000894', outcome: 'error' });
  await page.getByRole('button', { name: 'Gửi hồ sơ' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Gửi hồ sơ thành công' })).toBeVisible();
  await expectPanel(page, { kind: 'Trang biên nhận hồ sơ' });
  const submits = await waitForRecords(context, 'submit', 2);
  expect(submits.map((s) => s.outcome).sort()).toEqual(['error', 'receipt']);
  const uploads = await waitForRecords(context, 'upload');
  expect(uploads[0]).toMatchObject({ portal: 'moj', outcome: 'ok' });
  // Time per wizard step, in the filing's journey record (the dialog has no number).
  const [journey] = await waitForRecords(context, 'journey');
  expect(journey).toMatchObject({ portal: 'moj', code: '1.000894' });
  expect((journey!.steps as { index: number; ms: number }[]).map((x) => x.index)).toEqual([1, 2, 3, 4]);
});

test('inside the declaration frame: an outdated form asking for the household book number gets a once-only badge beside that caption, recorded for 1.000894', async ({ page, context, replicas }) => {
  replicas.faults.add({ host: 'tokhaidientu.moj.gov.vn', path: '/e-form/', extraComponents: ['Số sổ hộ khẩu'] });
  await page.goto(mojFormUrl('1.000894'));
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await ownerStep(page, guide(page), { guided: false });
  await page.getByLabel('Địa chỉ chi tiết').fill('Số 12 đường Hùng Vương');
  await page.locator('#kt_buoc-tiep-theo-1').click();
  const frame = declaration(page);
  const caption = frame.getByText('Số sổ hộ khẩu', { exact: true });
  await caption.scrollIntoViewIfNeeded();
  const badge = frame.locator('dvc-companion-frame').getByTestId('once-only-badge');
  await expect(badge).toHaveCount(1);
  const [rowBox, badgeBox] = [await frame.locator('x-input[name="Extra_0"]').boundingBox(), await badge.boundingBox()];
  expect(Math.abs(rowBox!.y + rowBox!.height / 2 - (badgeBox!.y + badgeBox!.height / 2))).toBeLessThan(30);
  const report = await extensionPage(context, 'findings.html');
  await expect(report.getByText('Tờ khai điện tử của Bộ Tư pháp').first()).toBeVisible();
  await expect(report.getByText('1.000894').first()).toBeVisible();
  await report.close();
});
