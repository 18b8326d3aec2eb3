/**
 * `npm run demo`: builds the extension (npm script), starts the portal replicas under their real
 * host names, opens Chromium with the extension and walks a filing journey on each portal: first
 * the national portal as it is since 2026 (dichvucong.gov.vn, where most citizens file), guided. With a
 * display the browser is shown; without one it runs headless. Each step is saved as a screenshot
 * in demo-output/ and what the extension recognised is printed.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumPath, extensionId, launchBrowser } from '../tests/e2e/browser';
import { REPLICA_HOSTS, startReplicas } from '../tests/replicas/server';
import { detailUrl } from '../tests/replicas/sites/dvcqg-2026';
import { chooseAgency, fillDeathForm, signInWithVneid, submitButton, uploadToRow } from '../tests/e2e/dvcqg-2026-helpers';

const OUT = resolve(process.env.DEMO_OUTPUT ?? 'demo-output');
const headed = Boolean(process.env.DISPLAY) && !process.env.CI && process.env.HEADLESS !== '1';

try {
  chromiumPath();
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}

// A fresh folder each run, so the numbered screenshots are this run's only.
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const replicas = await startReplicas();
const context = await launchBrowser({ resolverRules: replicas.resolverRules, withExtension: true, headless: !headed });
const page = context.pages()[0] ?? (await context.newPage());
const foreign: string[] = [];
context.on('request', (req) => {
  const url = new URL(req.url());
  if (url.protocol === 'https:' && !(REPLICA_HOSTS as readonly string[]).includes(url.hostname)) foreign.push(url.hostname);
});
let shot = 0;

/** Opens our panel, prints what it says, saves a screenshot, collapses it again. */
async function record(name: string, wantText?: string): Promise<void> {
  const host = page.locator('dvc-companion');
  const launcher = host.locator('button.dvc-launcher');
  await launcher.waitFor({ timeout: 15_000 });
  if ((await launcher.getAttribute('aria-expanded')) !== 'true') await launcher.click();
  const region = host.locator('[role=region]');
  if (wantText) await region.getByText(wantText).first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(300);
  const lines = (await region.innerText()).split('\n').filter(Boolean).slice(2);
  shot += 1;
  const file = join(OUT, `${String(shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  console.log(`\n▸ ${name}  (${file})\n  ${lines.join('\n  ')}`);
  await launcher.click();
}

async function guideShot(name: string): Promise<void> {
  shot += 1;
  const file = join(OUT, `${String(shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  const text = await page.locator('dvc-companion .dvc-card').innerText();
  console.log(`\n▸ ${name}  (${file})\n  ${text.split('\n').filter((l) => l.trim() && l.trim() !== '×').slice(0, 2).join('\n  ')}`);
}

/** The badges beside the page's own rows, and the explanation a badge opens. */
async function onceOnlyShot(name: string): Promise<void> {
  const host = page.locator('dvc-companion');
  await page.waitForTimeout(300);
  shot += 1;
  const file = join(OUT, `${String(shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  await host.getByTestId('once-only-badge').first().click();
  const items = await host.getByTestId('once-only-finding').locator('.dvc-oo-wording').allInnerTexts();
  console.log(`\n▸ ${name}  (${file})\n  Huy hiệu bên cạnh ${items.length} dòng; bấm huy hiệu mở giải thích:\n  ${items.join('\n  ')}`);
  await host.locator('button.dvc-launcher').click();
}

async function quiet(name: string): Promise<void> {
  await page.waitForTimeout(1500);
  const shown = await page.locator('dvc-companion').count();
  shot += 1;
  const file = join(OUT, `${String(shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  console.log(`\n▸ ${name}  (${file})\n  ${shown ? 'BẤT THƯỜNG: bảng vẫn hiện' : 'Trang không thuộc loại đã biết: tiện ích im lặng, không hiện bảng.'}`);
}

try {
  console.log(`Trợ lý Dịch vụ công — chạy thử trên bản sao cổng (${headed ? 'có cửa sổ' : 'không cửa sổ'}); ảnh lưu ở ${OUT}`);

  // The national portal (React app since March 2026): a guided death registration, from the
  // procedure page through the agency card and VNeID to its own one-page form /nop-ho-so.
  const ui = page.locator('dvc-companion');
  const card = ui.locator('.dvc-card');
  const stepText = async (n: string) => card.getByText(n).first().waitFor({ timeout: 15_000 });
  await page.setViewportSize({ width: 1366, height: 657 });
  await page.goto(detailUrl('1.000656'));
  await record('quoc-gia-chi-tiet-khai-tu', '1.000656');
  await ui.locator('button.dvc-launcher').click();
  await ui.getByTestId('start-guide').click();
  await ui.locator('.dvc-highlight').waitFor();
  await guideShot('quoc-gia-huong-dan-buoc-1');
  await ui.locator('.dvc-card .dvc-primary').click();
  await stepText('Bước 2/16');
  await guideShot('quoc-gia-huong-dan-chon-tinh');
  await chooseAgency(page);
  await stepText('Bước 4/16');
  await page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
  await stepText('Bước 5/16');
  await page.getByRole('button', { name: 'Nộp trực tuyến' }).waitFor();
  await page.waitForTimeout(300);
  await guideShot('quoc-gia-huong-dan-chon-dich-vu');
  await page.getByRole('button', { name: 'Nộp trực tuyến' }).click();
  await page.waitForURL(/sso\.dancuquocgia\.gov\.vn/);
  await record('quoc-gia-dang-nhap-vneid', 'Trang đăng nhập');
  await signInWithVneid(page);
  await page.waitForURL(/\/nop-ho-so/);
  await stepText('Bước 6/16');
  await guideShot('quoc-gia-nop-ho-so-nguoi-nop');
  await ui.locator('.dvc-card .dvc-primary').click();
  await fillDeathForm(page);
  // The guide moves on as each box is filled; typed faster than a person would, it may lag a step behind: catch up by hand.
  for (let i = 0; i < 8 && !(await card.getByText('Bước 13/16').count()); i++) {
    await page.waitForTimeout(1700);
    if (!(await card.getByText('Bước 13/16').count())) await ui.locator('.dvc-card .dvc-primary').click();
  }
  await stepText('Bước 13/16');
  await guideShot('quoc-gia-nop-ho-so-tai-giay-bao-tu');
  await uploadToRow(page, 'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử', { name: 'giay-bao-tu.pdf', bytes: 300 * 1024 });
  await stepText('Bước 14/16');
  await ui.locator('.dvc-card .dvc-primary').click();
  await stepText('Bước 15/16');
  await submitButton(page).click();
  await page.getByText('Nộp hồ sơ thành công').waitFor();
  await stepText('Bước 16/16');
  await guideShot('quoc-gia-bien-nhan');
  await ui.locator('.dvc-card .dvc-primary').click();
  await page.setViewportSize({ width: 1280, height: 860 });

  await page.goto('https://vpcp.dichvucong.gov.vn/p/home/dvc-trang-chu.html');
  await quiet('dvcqg-trang-chu');

  await page.goto('https://vpcp.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193');
  await record('dvcqg-chi-tiet-khai-sinh', '1.001193');

  await page.goto('https://vpcp.dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=373812');
  await record('dvcqg-chi-tiet-theo-ma-so-noi-bo', '1.004873');

  // Once-only check: a page that still asks for the household book and an ID-card copy.
  await page.goto('https://vpcp.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-nganh-doc.html?ma_thu_tuc=1.004222');
  await page.getByText('Bản sao thẻ Căn cước công dân (CCCD) của chủ hộ', { exact: true }).scrollIntoViewIfNeeded();
  await page.locator('dvc-companion').getByTestId('once-only-badge').nth(1).waitFor({ timeout: 15_000 });
  await record('kiem-tra-giay-to-da-co-trong-csdl', 'Giấy tờ đã có trong CSDL');
  await onceOnlyShot('kiem-tra-giay-to-huy-hieu');

  await page.goto('https://lienthong.dichvucong.gov.vn/#/ke-khai/2.000986');
  await record('lienthong-buoc-1', 'Bước 1/5');
  for (let i = 0; i < 3; i++) await page.locator('#next').click();
  await page.locator('tr[data-stt="1"] input[type=file]').setInputFiles({ name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(200 * 1024, 1) });
  await record('lienthong-buoc-dinh-kem', 'Bước 4/5');
  await page.locator('#next').click();
  await page.locator('#next').click();
  await record('lienthong-bien-nhan', 'biên nhận');

  await page.goto('https://dichvucong.quangngai.gov.vn/vi/');
  await quiet('igate-trang-chu');
  await page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh' }).click();
  await record('igate-chi-tiet', '1.001193');
  await page.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).click();
  await record('igate-nop-ho-so-buoc-1', 'Bước 1/4');
  await page.locator('#cdk-step-content-0-0 .btn_next').click();
  await page.locator('tr[data-index="1"] input[type=file]').setInputFiles({ name: 'chung-sinh.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(500 * 1024, 7) });
  await page.locator('tr[data-index="1"] .uploaded-file').waitFor();
  await record('igate-nop-ho-so-buoc-2', 'Bước 2/4');
  await page.locator('#cdk-step-content-0-1 .btn_next').click();
  await page.locator('button[form="captchaForm"]').click();
  await page.getByText('Nộp hồ sơ thành công').waitFor();
  await record('igate-ket-qua', 'biên nhận');

  // The guide: the same filing, step by step, with the real fields highlighted.
  await page.goto('https://dichvucong.quangngai.gov.vn/vi/padsvc/apply-online/6215fc5acfa6484e420b67d8');
  await ui.locator('button.dvc-launcher').click();
  await ui.getByTestId('start-guide').click();
  await ui.locator('.dvc-highlight').waitFor();
  await guideShot('huong-dan-buoc-1');
  await ui.locator('.dvc-card .dvc-primary').click();
  await ui.locator('.dvc-card').getByText('Bước 2/11').waitFor();
  await page.waitForTimeout(300);
  await guideShot('huong-dan-buoc-2-so-dien-thoai');
  await page.locator('input[name="data[phoneNumber]"]').first().fill('0900000000');
  await ui.locator('.dvc-card').getByText('Bước 3/11').waitFor();
  await page.waitForTimeout(300);
  await guideShot('huong-dan-buoc-3-tu-chuyen-buoc');
  await ui.locator('.dvc-card').press('Escape');

  // Submission timings: what this run's filings cost, per portal and procedure.
  const timingsPage = await context.newPage();
  await timingsPage.goto(`chrome-extension://${await extensionId(context)}/timings.html`);
  await timingsPage.getByTestId('timings-table').waitFor({ timeout: 15_000 });
  await timingsPage.locator('.tm-chart canvas').first().waitFor();
  shot += 1;
  const timingsFile = join(OUT, `${String(shot).padStart(2, '0')}-thoi-gian-nop-ho-so.png`);
  await timingsPage.screenshot({ path: timingsFile, fullPage: true });
  const rows = await timingsPage.getByTestId('timings-table').locator('tbody tr').allInnerTexts();
  console.log(`\n▸ thoi-gian-nop-ho-so  (${timingsFile})\n  ${rows.map((r) => r.replace(/\t/g, ' · ')).join('\n  ')}`);
  await timingsPage.close();

  // The report of everything the check noted on this machine, ready to export or print.
  const report = await context.newPage();
  await report.goto(`chrome-extension://${await extensionId(context)}/findings.html`);
  await report.getByTestId('findings-table').waitFor();
  shot += 1;
  const reportFile = join(OUT, `${String(shot).padStart(2, '0')}-bao-cao-giay-to-da-co-trong-csdl.png`);
  await report.screenshot({ path: reportFile, fullPage: true });
  console.log(`\n▸ bao-cao-giay-to-da-co-trong-csdl  (${reportFile})\n  ${(await report.getByTestId('findings-table').locator('tbody tr').count())} yêu cầu ghi nhận; xuất CSV/JSON hoặc in từ trang này.`);
  await report.close();

  console.log(`\nXong: ${shot} ảnh trong ${OUT}. Yêu cầu mạng ra ngoài các cổng bản sao: ${foreign.length}.`);
  if (headed) {
    console.log('Cửa sổ trình duyệt vẫn mở để bạn thử tiếp; đóng cửa sổ để kết thúc.');
    await new Promise<void>((r) => context.on('close', () => r()));
  }
} catch (err) {
  console.error('Chạy thử gặp lỗi:', err);
  process.exitCode = 1;
} finally {
  await context.close().catch(() => undefined);
  await replicas.close();
}
