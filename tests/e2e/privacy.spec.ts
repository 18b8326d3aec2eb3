/**
 * Privacy over every pillar (issue 10 §3): a person's name, ID number, phone, address and a file
 * named after them go through a guided filing (guide, once-only check, address hint, timings), a
 * portal search and a residence procedure's page; then every database of the extension, all
 * extension storage areas and every export are searched for them. The fixture also fails the test
 * on any request to a host other than the portal replicas.
 */
import { readFileSync } from 'node:fs';
import type { Download } from '@playwright/test';
import { recordFigure } from '../figures';
import { expect, test } from './fixtures';
import { extensionStoresDump } from './stores';
import { declaration } from './moj-helpers';
import { mojFormUrl } from '../replicas/sites/moj';
import { pickAgency, TAMTRU_FORM, uploadRow } from './cutru-helpers';
import { extensionPage, finishIgateFiling, waitForRecords } from './timings-helpers';

const IGATE = 'https://dichvucong.quangngai.gov.vn';
const PERSON = { name: 'Lê Thị Bích Ngọc', given: 'Ngọc', id: '001199012345', phone: '0987654321', address: '45 Hàng Bông, Phường Phúc Xá, Quận Ba Đình, Hà Nội', street: 'Hàng Bông', file: 'Le-Thi-Bich-Ngoc-giay-khai-sinh.pdf' };
/** What the residence form fills in from the population database for the signed-in declarant (the replica's fixture person). */
const DECLARANT = { name: 'NGUYỄN VĂN AN', id: '001090012345', dob: '01/02/1990' };
const MEMBER = { name: 'Trần Minh Khôi', id: '001215004321' };
const SECRETS = [PERSON.name, PERSON.given, PERSON.id, PERSON.phone, PERSON.address, PERSON.street, PERSON.file, 'Bich-Ngoc', 'Bích Ngọc', DECLARANT.name, DECLARANT.id, DECLARANT.dob, MEMBER.name, MEMBER.id];

test('a PII-seeded run over every pillar leaves no personal data in any store or export', async ({ page, context }) => {
  // Guides + address hint + timings: a guided filing with everything typed and a named file.
  await page.goto(`${IGATE}/vi/padsvc/apply-online/6215fc5acfa6484e420b67d8`);
  await page.locator('input[name="data[phoneNumber]"]').first().waitFor();
  await page.locator('dvc-companion button.dvc-launcher').click();
  await page.locator('dvc-companion').getByTestId('start-guide').click();
  await page.locator('dvc-companion .dvc-highlight').waitFor();
  for (const [name, value] of [
    ['data[noidungyeucaugiaiquyet]', `${PERSON.name} ${PERSON.id}`],
    ['data[address]', PERSON.address],
    ['data[phoneNumber]', PERSON.phone],
  ]) {
    const field = page.locator(`[name="${name}"]`).first();
    if ((await field.count()) && (await field.isEditable())) await field.fill(value!);
  }
  await expect(page.locator('dvc-companion').getByTestId('address-hint')).toBeVisible(); // the look-up saw the address
  await finishIgateFiling(page, { name: PERSON.file, bytes: 20 * 1024 });
  // Once-only: a residence procedure whose papers are flagged; a portal search for the person's name.
  await page.goto(`${IGATE}/vi/procedure/detail/6215fc5acfa6484e420b7222`);
  await expect(page.locator('dvc-companion [data-testid="once-only-count"]')).toBeVisible({ timeout: 10_000 });
  // A dossier row the person adds and names with their name, ID number and street (issue 18 §1):
  // it matches a catalogue paper (the temporary-residence book), so it is flagged, and kept without its words.
  await page.goto(`${IGATE}/vi/padsvc/apply-online/6215fc5acfa6484e420b7222`);
  const count = page.locator('dvc-companion [data-testid="once-only-count"]');
  await expect(count).toBeVisible({ timeout: 10_000 });
  const before = Number(await count.textContent());
  await page.locator('[data-go="1"]').first().click();
  await page.waitForTimeout(3200);
  page.once('dialog', (d) => void d.accept(`Bản sao sổ tạm trú của ${PERSON.name}, CCCD ${PERSON.id}, số 45 ${PERSON.street}`));
  await page.locator('.btn-add-component').click();
  await expect(count).toHaveText(String(before + 1));
  // The MoJ wizard and its declaration frame (another host, our script in the frame): the person
  // typed on the page and inside the frame, where the address hint answers too.
  await page.goto(mojFormUrl('1.000894'));
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await page.getByLabel('Ngày cấp').fill('15/06/2021');
  await page.getByLabel('Số điện thoại').fill(PERSON.phone);
  await page.getByLabel('Địa chỉ chi tiết').fill(PERSON.address);
  await page.locator('#noiCap-form-item').click();
  await page.getByText('Bộ Công an', { exact: true }).click();
  await page.locator('#kt_buoc-tiep-theo-1').click();
  const frame = declaration(page);
  await frame.locator('x-input[name="Nu_HoVaTen"] input').fill(PERSON.name);
  await frame.locator('x-input[name="Nu_SoDinhDanh"] input').fill(PERSON.id);
  await frame.locator('x-radio[name="Nu_NoiCuTru"] label', { hasText: 'Trong nước' }).click();
  await frame.locator('x-select-area[name="Nu_NoiCuTru_TrongNuoc"] input[type=text]').pressSequentially(PERSON.address);
  await expect(frame.locator('dvc-companion-frame').getByTestId('address-hint')).toBeVisible({ timeout: 10_000 });
  // The residence form (jQuery, select2): the declarant block prefilled from the population
  // database, a member row typed, the address typed, a file named after the person, a guided run.
  await page.goto(TAMTRU_FORM);
  await page.locator('dvc-companion button.dvc-launcher').click();
  await page.locator('dvc-companion').getByTestId('start-guide').click();
  await pickAgency(page);
  await page.locator('#chkIS_REPORTER').check();
  await expect(page.locator('#txtIDENTIFIER_NUMBER')).toHaveValue(DECLARANT.id);
  await page.locator('#txtPHONE_NUMBER').fill(PERSON.phone);
  await page.locator('#txtSUGGEST_ADDRESS').fill(PERSON.address);
  await expect(page.locator('dvc-companion').getByTestId('address-hint')).toBeVisible();
  await page.locator('a.addrow_CUNGTD').click();
  await page.locator('#txtFULLNAME_CUNGTD1').fill(MEMBER.name);
  await page.locator('#txtIDENTIFIER_NUMBER_CUNGTD1').fill(MEMBER.id);
  await page.getByText('Trường hợp chỗ ở hợp pháp do thuê, mượn, ở nhờ', { exact: true }).click();
  await uploadRow(page, 'Hợp đồng cho thuê', PERSON.file);
  await waitForRecords(context, 'upload', 2);
  await page.goto(`https://vpcp.dichvucong.gov.vn/p/home/dvc-tim-kiem-thu-tuc.html?key=${encodeURIComponent(PERSON.name)}`);
  await page.locator('dvc-companion button.dvc-launcher').waitFor();
  await waitForRecords(context, 'journey');

  // Every export.
  const exports: string[] = [];
  const save = async (d: Download) => exports.push(readFileSync((await d.path())!, 'utf8'));
  const timings = await extensionPage(context, 'timings.html');
  await timings.getByTestId('timings-table').waitFor();
  for (const id of ['timings-export-csv', 'timings-export-json']) await save((await Promise.all([timings.waitForEvent('download'), timings.getByTestId(id).click()]))[0]);
  const findings = await extensionPage(context, 'findings.html');
  for (const id of ['export-csv', 'export-json']) await save((await Promise.all([findings.waitForEvent('download'), findings.getByTestId(id).click()]))[0]);

  // Every store: all IndexedDB databases of the extension, storage local, session and sync.
  const dump = await extensionStoresDump(findings);
  expect(dump.stores).toBeGreaterThan(0);
  expect(exports).toHaveLength(4);
  // The run did reach every pillar: timings, findings and the guide's outcome are there, without the person.
  expect(dump.text).toContain('1.001193');
  expect(dump.text).toContain('Sổ hộ khẩu');
  const hits = SECRETS.flatMap((s) => [...(dump.text.includes(s) ? [`store: ${s}`] : []), ...exports.filter((e) => e.includes(s)).map(() => `export: ${s}`)]);
  expect(hits).toEqual([]);
  recordFigure({ id: 'privacy-all-pillars', area: 'privacy', what: `PII-seeded run (name, ID number, phone, address typed; a dossier row added and named with the name, ID number and street; a file named after the person; a search for the name) over guides, once-only, address hint and timings, on the page, inside the MoJ declaration frame and on the residence form (declarant block prefilled from the population database, a member row); searched: ${dump.stores} IndexedDB object stores, storage local/session/sync, ${exports.length} exports, for ${SECRETS.length} strings`, cases: SECRETS.length * (exports.length + 1), piiHits: hits.length });
  await timings.close();
  await findings.close();
});
