/**
 * A sample of mutated portal pages in real Chromium with the extension (issue 10 §1): the replica
 * pages are changed under the running extension — nodes removed, duplicated, reordered, classes
 * renamed, a huge table, deep nesting, odd Unicode — and the extension keeps reading them with no
 * page error or console error (the fixture fails the test on any), and its launcher still opens.
 */
import { recordFigure } from '../figures';
import { expect, panel, test } from './fixtures';

/** Each page with what shows it has finished rendering: mutating earlier would break the replica's own late render, not us. */
const PAGES: [string, string][] = [
  ['https://vpcp.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193', 'h2'],
  ['https://lienthong.dichvucong.gov.vn/#/ke-khai/2.000986', '#next'],
  ['https://dichvucong.quangngai.gov.vn/vi/padsvc/apply-online/6215fc5acfa6484e420b67d8', 'input[name="data[phoneNumber]"]'],
  // The 2026 national portal (React + SurveyJS): its detail page and its one-page filing form.
  ['https://dichvucong.gov.vn/thu-tuc-hanh-chinh/0195d2a1-7c00-7a10-8000-000000000656', 'button[aria-haspopup="listbox"]'],
  ['https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=0195d2a1-7c00-7a10-9000-000000000656', 'button[title="Tải lên file"]'],
  // The MoJ civil-status wizard (React, Radix, react-select), at its "Thông tin chung" dialog.
  ['https://dichvucongnganhtuphap.moj.gov.vn/nop-ho-so/2041?vneid=1&tinhThanhId=51&maThuTuc=1.000894&MaDVC=1.000894.01', '[data-e2e="confirm-button-information"]'],
  // The Ministry of Public Security's catalogue and its residence form (jQuery, select2), and an iGate 1 step.
  ['https://dichvucong.bocongan.gov.vn/bocongan/bothutuc/tthc?matt=26344', '.tthc-list-item'],
  ['https://dichvucong.dancuquocgia.gov.vn/portal/p/home/dang-ky-tam-tru.html?ma_thu_tuc=1.004194&TT=TAMTRU_01', '#cboRECEIVE_ADDR_CITY_CODE + .select2'],
  ['https://dichvucong.laocai.gov.vn/dich-vu-cong/tiep-nhan-online/chon-thu-tuc-nop-ho-so', '#btn-next'],
];
const MUTATIONS = ['remove', 'duplicate', 'reorder', 'renameClasses', 'hugeTable', 'deepNesting', 'oddText'] as const;

/** Runs in the page: the same kinds of change as the unit fuzzing, applied to the live DOM. */
function mutate([kind, seed]: [string, number]) {
  let s = seed;
  const pick = (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return n > 0 ? s % n : 0;
  };
  const els = Array.from(document.body.querySelectorAll('*')).filter((e) => !['DVC-COMPANION', 'SCRIPT', 'TEMPLATE', 'STYLE'].includes(e.tagName));
  const el = els[pick(els.length)];
  const ODD = ['\u0000', '\ud800x', '\u202eMã thủ tục', 'Ma\u0300\u0301 thu tuc', '𝕸ã 𝖙𝖍ủ', 'Bản sao Sổ hộ khẩu'];
  switch (kind) {
    case 'remove':
      for (let i = 0; i < 5; i++) els[pick(els.length)]?.remove();
      break;
    case 'duplicate':
      el?.after(el.cloneNode(true));
      break;
    case 'reorder':
      for (const p of els.filter((e) => e.children.length > 1).slice(0, 20)) for (const c of Array.from(p.children).reverse()) p.append(c);
      break;
    case 'renameClasses':
      for (const e of els) if (typeof e.className === 'string' && e.className) e.className = e.className.split(/\s+/).map((c) => `${c}-v2`).join(' ');
      break;
    case 'hugeTable': {
      const table = document.createElement('table');
      const head = table.createTHead().insertRow();
      for (const h of ['STT', 'Tên giấy tờ']) head.insertCell().textContent = h;
      const body = table.createTBody();
      for (let i = 0; i < 3000; i++) {
        const row = body.insertRow();
        row.insertCell().textContent = String(i);
        row.insertCell().textContent = ODD[i % ODD.length]!;
      }
      document.body.append(table);
      break;
    }
    case 'deepNesting': {
      let outer: Element | undefined = el;
      for (let i = 0; outer && i < 1500; i++) {
        const div = document.createElement('div');
        outer.replaceWith(div);
        div.append(outer);
        outer = div;
      }
      break;
    }
    default: {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const texts: Node[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest('dvc-companion, script')) texts.push(n);
      for (let i = 0; i < 30 && texts.length; i++) texts[pick(texts.length)]!.nodeValue = ODD[pick(ODD.length)]!;
    }
  }
}

for (const [url, ready] of PAGES) {
  test(`mutated copies of ${new URL(url).hostname}${new URL(url).pathname}: no error of ours, the launcher still opens`, async ({ page }) => {
    const p = panel(page);
    let cases = 0;
    for (const [i, kind] of MUTATIONS.entries()) {
      await page.goto('about:blank'); // a fresh load each time (the liên thông URL differs only by its hash)
      await page.goto(url);
      await page.locator(ready).first().waitFor();
      await p.launcher.waitFor();
      await page.evaluate(mutate, [kind, 7 + i * 131] as [string, number]);
      await page.waitForTimeout(400); // a throttled re-reading and the once-only check
      cases++;
      // Our UI either stays and still opens, or left because the page is no longer one we know.
      if (await p.launcher.count()) {
        await expect(p.launcher, kind).toHaveAttribute('aria-expanded', 'false');
        await p.launcher.click();
        await expect(p.launcher, kind).toHaveAttribute('aria-expanded', 'true');
      }
    }
    recordFigure({ id: `mutated-chromium-${new URL(url).hostname}${new URL(url).hostname === 'dichvucong.gov.vn' ? new URL(url).pathname.split('/')[1] : ''}`, area: 'fuzzing', what: `mutated live pages in Chromium with the extension, ${new URL(url).hostname} (${MUTATIONS.join(', ')})`, cases, crashes: 0, measure: '0 page or console errors' });
  });
}
