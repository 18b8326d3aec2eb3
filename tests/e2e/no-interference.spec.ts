/**
 * The portal behaves the same with and without us: the replica's own counter (page events, route
 * changes, uploads, submits) and the server's request log must match between the two runs.
 */
import type { Page } from '@playwright/test';
import type { Replicas } from '../replicas/server';
import { searchResults } from '../replicas/sites/dvcqg';
import { detailUrl, filingUrl } from '../replicas/sites/dvcqg-2026';
import { chooseAgency, fillDeathForm, signInWithVneid, submitButton, surveyAnswers, uploadToRow } from './dvcqg-2026-helpers';
import { launchBrowser } from './browser';
import { guide } from './guide-helpers';
import { declaration, fillDeclaration, ownerStep, upload } from './moj-helpers';
import { mojFormUrl } from '../replicas/sites/moj';
import { recordFigure } from '../figures';
import { pickAgency, pickSelect2, TAMTRU_FORM, uploadRow } from './cutru-helpers';
import { expect, test } from './fixtures';
import { formioSelect } from './formio';

/** A journey does the same page actions in both runs; `withUs` only adds clicks on our own UI. */
type Journey = (page: Page, withUs: boolean) => Promise<void>;

const ID = '6215fc5acfa6484e420b67d8';

const JOURNEYS: Record<string, Journey> = {
  'iGate detail → apply-online → upload → submit': async (page) => {
    await page.goto(`https://dichvucong.quangngai.gov.vn/vi/procedure/detail/${ID}`);
    await page.getByRole('tab', { name: 'Thành phần hồ sơ' }).click();
    await page.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).click();
    await page.locator('input[name="data[phoneNumber]"]').first().fill('0900000000');
    await page.locator('#cdk-step-content-0-0 .btn_next').click();
    await page.locator('tr[data-index="0"] input[type=file]').setInputFiles({ name: 'to-khai.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(64 * 1024, 3) });
    await expect(page.locator('tr[data-index="0"] .uploaded-file')).toHaveCount(1);
    await page.locator('#cdk-step-content-0-1 .btn_next').click();
    await page.locator('input[name=captcha]').fill('7K2Q9');
    await page.locator('button[form="captchaForm"]').click();
    await expect(page.getByText('Nộp hồ sơ thành công')).toBeVisible();
  },
  'liên thông form through its five steps': async (page) => {
    await page.goto('https://lienthong.dichvucong.gov.vn/#/ke-khai/2.000986');
    await page.locator('[formcontrolname="NguoiYeuCauSoDienThoai"]').fill('0900000000');
    const next = page.locator('#next');
    for (let i = 0; i < 3; i++) await next.click();
    await page.locator('tr[data-stt="1"] input[type=file]').setInputFiles({ name: 'a.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(1024, 1) });
    await next.click();
    await next.click();
    await expect(page.getByText('Vui lòng ghi nhớ các thông tin bên dưới')).toBeVisible();
  },
  'iGate apply-online with the guide shown over it': async (page, withUs) => {
    await page.goto(`https://dichvucong.quangngai.gov.vn/vi/padsvc/apply-online/${ID}`);
    await expect(page.locator('input[name="data[phoneNumber]"]').first()).toBeVisible();
    if (withUs) {
      await page.locator('dvc-companion button.dvc-launcher').click();
      await page.locator('dvc-companion').getByTestId('start-guide').click();
      await expect(page.locator('dvc-companion .dvc-highlight')).toBeVisible();
    }
    await page.locator('input[name="data[phoneNumber]"]').first().fill('0900000000');
    await formioSelect(page, 'district').choose('Phường Cẩm Thành');
    await page.locator('input[name="data[address]"]').first().fill('12 Lê Lợi');
    await page.locator('#cdk-step-content-0-0 .btn_next').click();
    await page.locator('tr[data-index="1"] input[type=file]').setInputFiles({ name: 'a.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(2048, 1) });
    await expect(page.locator('tr[data-index="1"] .uploaded-file')).toHaveCount(1);
    await page.locator('#cdk-step-content-0-1 .btn_next').click();
    await page.locator('input[name=captcha]').fill('7K2Q9');
    await page.locator('button[form="captchaForm"]').click();
    await expect(page.getByText('Nộp hồ sơ thành công')).toBeVisible();
  },
  'national portal 2026: detail → agency → card → VNeID → /nop-ho-so (SurveyJS, upload row, receipt method) → submit': async (page) => {
    await page.goto(detailUrl('1.000656'));
    await chooseAgency(page);
    await page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
    await page.getByRole('button', { name: 'Nộp trực tuyến' }).click();
    await page.waitForURL(/sso\.dancuquocgia\.gov\.vn/);
    await signInWithVneid(page);
    await page.waitForURL(/\/nop-ho-so/);
    await fillDeathForm(page);
    // Let the population lookup (2.5 s) lock its fields, as it would for the person.
    await page.waitForTimeout(3000);
    await uploadToRow(page, 'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử', { name: 'bao-tu.pdf', bytes: 30 * 1024 });
    await page.getByRole('button', { name: 'Trả kết quả tại bộ phận tiếp nhận và trả kết quả' }).locator('visible=true').click();
    await page.getByRole('listbox').locator('visible=true').getByText('Trả kết quả qua đường bưu điện').dispatchEvent('mousedown');
    await page.locator('#id-recipientName-desktop').fill('Người nhận');
    // The SurveyJS answers the page holds just before the submit, compared between the runs.
    await page.evaluate((a) => ((window as unknown as { __answersBeforeSubmit: unknown }).__answersBeforeSubmit = a), await surveyAnswers(page));
    await submitButton(page).click();
    await expect(page.getByText('Nộp hồ sơ thành công')).toBeVisible();
  },
  'MoJ wizard: Thông tin chung → owner → the declaration frame → attachments → result → Gửi hồ sơ': async (page) => {
    await page.goto(mojFormUrl('1.000894'));
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await ownerStep(page, guide(page), { guided: false });
    await page.getByLabel('Địa chỉ chi tiết').fill('Số 12 đường Hùng Vương');
    await page.locator('#kt_buoc-tiep-theo-1').click();
    await fillDeclaration(declaration(page));
    await page.locator('#kt_buoc-tiep-theo-2').click();
    await upload(page, 'Giấy xác nhận tình trạng hôn nhân', 'giấy-xác-nhận.pdf');
    await page.locator('#nop-thu-tuc-b-3').click();
    await page.getByRole('button', { name: 'Gửi hồ sơ' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Gửi hồ sơ thành công' })).toBeVisible();
  },
  'residence form: select2 agency and case, the REPORTER prefill, the datepicker, the late attachments table, an AJAX upload → Lưu nháp → the draft list': async (page) => {
    await page.goto(TAMTRU_FORM);
    await pickAgency(page);
    await pickSelect2(page, 'cboBPROC_CASE_CODE', 'nhân khẩu');
    await page.locator('#chkIS_REPORTER').check();
    await expect(page.locator('#txtFULLNAME')).toHaveValue('NGUYỄN VĂN AN');
    await page.locator('#txtSUGGEST_ADDRESS').fill('Số 5 ngõ 10');
    await page.locator('#txtTEMP_RESIDENT_FROM').pressSequentially('15/12/2026');
    await page.locator('#txtTEMP_RESIDENT_FROM').press('Tab');
    await expect(page.locator('#txtTEMP_RESIDENT_TO')).toHaveValue('15/12/2028');
    await page.getByText('Trường hợp chỗ ở hợp pháp do thuê, mượn, ở nhờ', { exact: true }).click();
    await uploadRow(page, 'Hợp đồng cho thuê', 'hop-dong.pdf');
    await page.locator('#chkCHECK_LIABILITY').check();
    // The widgets' values and their own jQuery events, as the page holds them just before saving.
    await page.evaluate(() => {
      const w = window as unknown as { __cutruEvents(): unknown; jQuery: (s: string) => { val(): unknown } };
      const ids = ['cboRECEIVE_ADDR_CITY_CODE', 'cboRECEIVE_ADDR_VILLAGE_CODE', 'txtRECEIVE_ORG_ADDRESS', 'cboBPROC_TYPE_CODE', 'cboBPROC_CASE_CODE', 'txtDOB', 'txtTEMP_RESIDENT_FROM', 'txtTEMP_RESIDENT_TO', 'txtCHANGED_NOTE'];
      // Kept in the tab's session storage: the save lands on another page.
      sessionStorage.setItem('__answersBeforeSubmit', JSON.stringify({ values: ids.map((id) => w.jQuery(`#${id}`).val()), events: w.__cutruEvents() }));
    });
    await page.locator('#btn-save').click();
    await page.waitForURL(/xem-ho-so\.html\?type=1/);
  },
  'DVCQG detail popup and search paging': async (page) => {
    await page.goto('https://vpcp.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193');
    await page.getByText('Giấy tờ phải xuất trình', { exact: true }).click();
    await page.getByText('Xem chi tiết', { exact: true }).click();
    await page.locator('#popupChitietTTHC .close').click();
    await expect(page.locator('#requiresBox')).toHaveText('Không');
    await page.goto('https://vpcp.dichvucong.gov.vn/p/home/dvc-tim-kiem-thu-tuc.html?key=đăng ký');
    await expect(page.locator('#totalRecord')).toHaveText(String(searchResults('đăng ký').length));
    await page.locator('.pagination a', { hasText: '2' }).click();
    await expect(page.locator('.pagination .active')).toHaveText('2');
  },
};

async function run(page: Page, replicas: Replicas, journey: Journey, withUs: boolean) {
  const from = replicas.requests.length;
  await journey(page, withUs);
  const events = (await page.evaluate(() => (window as unknown as { __replicaEvents(): Record<string, number> }).__replicaEvents())) as Record<string, number>;
  const requests = replicas.requests.slice(from).map((r) => `${r.method} ${r.host}${r.path.replace(/[?].*$/, '')} ${r.status}`);
  const formData = await page.evaluate(() => Array.from(document.querySelectorAll('form')).map((f) => Array.from(new FormData(f).keys()).join(',')));
  // SurveyJS keeps its answers in its model, not in a <form>: the journey saves them before submitting.
  const answers = await page.evaluate(() => (window as unknown as { __answersBeforeSubmit?: unknown }).__answersBeforeSubmit ?? JSON.parse(sessionStorage.getItem('__answersBeforeSubmit') ?? 'null'));
  // The page's DOM outside our host: every element's tag, id, classes and attribute names, in order
  // (texts left out: the replicas invent dossier numbers and times).
  const ids = await renderIds(page);
  const dom = (
    await page.evaluate(() =>
      Array.from(document.querySelectorAll('*'))
        .filter((e) => !e.closest('dvc-companion'))
        .map((e) => `${e.tagName}#${e.id}.${e.getAttribute('class') ?? ''}[${e.getAttributeNames().sort().join(',')}]`),
    )
  ).map((signature) => withoutRenderIds(signature, ids));
  // Inside the portal's own frames too (the MoJ declaration runs our script in its frame).
  for (const frame of page.frames().filter((f) => f !== page.mainFrame())) {
    dom.push(`frame ${new URL(frame.url()).hostname}`);
    dom.push(
      ...(await frame.evaluate(() =>
        Array.from(document.querySelectorAll('*'))
          .filter((e) => !e.closest('dvc-companion-frame'))
          .map((e) => `${e.tagName}#${e.id}.${e.getAttribute('class') ?? ''}[${e.getAttributeNames().sort().join(',')}]`),
      )),
    );
    const frameEvents = (await frame.evaluate(() => (window as unknown as { __replicaEvents?(): Record<string, number> }).__replicaEvents?.() ?? {})) as Record<string, number>;
    for (const [k, v] of Object.entries(frameEvents)) events[`frame:${k}`] = v;
  }
  const intercepted = withUs ? await clicksOutsideOurUi(page) : { points: 0, intercepted: [] as string[] };
  const focus = await focusOrder(page);
  return { events, requests: requests.sort(), formData, answers, dom, focus, intercepted };
}

/**
 * The portal's own tab order: one whole cycle from the top of the page, until a stop repeats.
 * Our launcher is a stop of its own at the end (left out), and where the cycle passes through the
 * document itself (BODY) depends on that, so those are left out too.
 */
async function focusOrder(page: Page): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.click(1, 1);
  const stops: string[] = [];
  const ids = await renderIds(page);
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el.tagName === 'DVC-COMPANION' || el === document.body) return null;
      return `${el.tagName}#${el.id}[${el.getAttribute('name') ?? el.getAttribute('formcontrolname') ?? ''}]${(el.textContent ?? '').trim().slice(0, 20)}`;
    });
    if (!at) continue;
    // Back at the first stop: one whole cycle. Stops may read alike (Form.io's drawn date inputs
    // have no id or name), so a repeat of another stop does not end it.
    const stop = withoutRenderIds(at, ids);
    if (stop === stops[0]) break;
    stops.push(stop);
  }
  return stops;
}

/**
 * Form.io gives each component an id made anew at every render ("e" and a few random letters and
 * digits, formiojs utils getRandomComponentId) and derives others from it ("l-<id>-key",
 * "<id>-key", Choices.js's "choices--<id>-key-…"): two loads of one page differ there, with or
 * without us. The page's own component ids are taken out of the signatures.
 */
async function renderIds(page: Page): Promise<string[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll('.formio-component[id]'), (e) => e.id).sort((a, b) => b.length - a.length));
}

function withoutRenderIds(signature: string, ids: readonly string[]): string {
  let out = signature;
  for (const id of ids) out = out.split(id).join('e*');
  return out;
}

/**
 * Points of the viewport (every 16 px) where our host is what a click would hit: each must be on
 * a visible control or card of ours, never on an empty part of our layer.
 */
async function clicksOutsideOurUi(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('dvc-companion');
    const shadow = host?.shadowRoot;
    const intercepted: string[] = [];
    let points = 0;
    if (!host || !shadow) return { points, intercepted };
    const layers = new Set(['HTML', 'BODY', 'HEAD']);
    for (let y = 0; y < innerHeight; y += 16) {
      for (let x = 0; x < innerWidth; x += 16) {
        points++;
        if (document.elementFromPoint(x, y) !== host) continue;
        const inner = shadow.elementFromPoint(x, y);
        const isLayer = !inner || layers.has(inner.tagName) || inner.matches('[data-slot], .dvc-place, .dvc-root');
        if (isLayer) intercepted.push(`${x},${y} ${inner?.tagName ?? ''}.${inner?.className ?? ''}`);
      }
    }
    return { points, intercepted };
  });
}

for (const [name, journey] of Object.entries(JOURNEYS)) {
  test(`${name}: the portal's own counts are identical with and without the extension`, async ({ replicas }) => {
    const results = [];
    for (const withExtension of [false, true]) {
      const context = await launchBrowser({ resolverRules: replicas.resolverRules, withExtension });
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        results.push(await run(page, replicas, journey, withExtension));
        await expect(page.locator('dvc-companion')).toHaveCount(withExtension ? 1 : 0);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }
    const [without, withUs] = results;
    expect(without!.events['page-load']).toBeGreaterThan(0);
    expect(withUs!.events).toEqual(without!.events);
    expect(withUs!.requests).toEqual(without!.requests);
    expect(withUs!.formData).toEqual(without!.formData);
    expect(withUs!.answers).toEqual(without!.answers);
    if (name.startsWith('residence form')) expect(JSON.stringify(without!.answers)).toContain('select2:select');
    expect(withUs!.dom).toEqual(without!.dom);
    expect(withUs!.focus).toEqual(without!.focus);
    expect(withUs!.intercepted.intercepted).toEqual([]);
    recordFigure({
      id: `portal-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`,
      area: 'portal',
      what: `${name}: page events, server requests, form keys, DOM outside our host (${without!.dom.length} elements), tab order (${without!.focus.length} stops) identical with and without us; viewport points checked for clicks caught by an empty part of our layer`,
      cases: withUs!.intercepted.points,
      crashes: withUs!.intercepted.intercepted.length,
      measure: '0 differences',
    });
  });
}

/** Tab order on the pages where people type (the journeys above end on receipts with few stops). */
const FORMS: [string, string][] = [
  // Form.io's date fields are done when flatpickr has drawn its input (it loads after the form).
  ['https://dichvucong.quangngai.gov.vn/vi/padsvc/apply-online/6215fc5acfa6484e420b67d8', '.formio-component-identityDate input.input'],
  ['https://lienthong.dichvucong.gov.vn/#/ke-khai/2.000986', '#next'],
  ['https://vpcp.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193', 'h2'],
  ['https://dichvucong.gov.vn/thu-tuc-hanh-chinh/0195d2a1-7c00-7a10-8000-000000000656', 'button[aria-haspopup="listbox"]'],
  [filingUrl('1.000656'), 'button[title="Tải lên file"]'],
  [TAMTRU_FORM, '#cboRECEIVE_ADDR_CITY_CODE + .select2'],
];
/** One test per form: each launches two browsers, and twelve launches in one test outran its time under CI load. */
for (const [url, ready] of FORMS) {
  test(`${new URL(url).host}${new URL(url).pathname.slice(0, 40)}: the form keeps its own tab order with the extension (our launcher is one extra stop at the end)`, async ({ replicas }) => {
    const orders: string[][] = [];
    for (const withExtension of [false, true]) {
      const context = await launchBrowser({ resolverRules: replicas.resolverRules, withExtension });
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        await page.goto(url);
        await page.locator(ready).first().waitFor();
        if (withExtension) await page.locator('dvc-companion button.dvc-launcher').waitFor();
        orders.push(await focusOrder(page));
      } finally {
        await context.close();
      }
    }
    expect(orders[0]!.length, url).toBeGreaterThan(3);
    expect(orders[1], url).toEqual(orders[0]);
    recordFigure({
      id: `portal-tab-order-${new URL(url).host.split('.')[0]}-${FORMS.findIndex(([u]) => u === url)}`,
      area: 'portal',
      what: `tab order of ${url} with and without us`,
      cases: orders[0]!.length,
      crashes: 0,
      measure: '0 differences',
    });
  });
}
