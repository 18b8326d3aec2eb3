/**
 * Replica of the national portal since March 2026 (dichvucong.gov.vn) and its VNeID sign-in
 * (sso.dancuquocgia.gov.vn). Every path answers 200 with the same empty #root shell that the React
 * app (../apps/dvcqg-2026/main.tsx) fills in; the app's data comes from POST JSON calls shaped as
 * shared/portals/dvcqg-2026.md §1.5 describes ({code:"OK", data}). Procedures, UUIDs, wording of
 * the e-forms, the upload and submit endpoints and the receipt are invented (no source shows them).
 */
import type { IncomingMessage } from 'node:http';
import { readFileSync } from 'node:fs';
import { esc, REPLICA_DIR } from '../html';
import { mojFormUrl } from './moj';
import type { SiteAnswer } from '../server';
import type { FilingForm, Procedure } from '../apps/dvcqg-2026/data';

export const DVCQG_APP_SCRIPT = '/__replica/dvcqg-app.js';
export const DVCQG_APP_STYLE = '/__replica/dvcqg-app.css';

/** Form version suffix of every question name, as the portal's e-forms carry one (A4). */
const V = '1761724625529';
const q = (name: string) => `${name}__${V}`;

export type ReplicaProcedure = Procedure;

const COMMUNE = 'Ủy ban nhân dân cấp xã';
const CITIZEN = 'Công dân Việt Nam';
const HOTICH = ['Luật Hộ tịch số 60/2014/QH13', 'Nghị định số 123/2015/NĐ-CP'];

/** UUIDv7-shaped ids (the portal's are, A-notes §1.2); the values are invented. */
export const PROCEDURES: ReplicaProcedure[] = [
  {
    id: '0195d2a1-7c00-7a10-8000-000000001193',
    code: '1.001193',
    name: 'Đăng ký khai sinh',
    showCode: true,
    components: [{ group: 'Giấy tờ phải nộp', items: ['Tờ khai đăng ký khai sinh theo mẫu', 'Giấy chứng sinh'] }],
    cards: [{ name: 'Đăng ký khai sinh', agency: COMMUNE, subject: CITIZEN, target: 'form', caseId: '0195d2a1-7c00-7a10-9000-000000001193' }],
    fee: 'Miễn lệ phí',
    timeLimit: 'Ngay trong ngày',
    legal: HOTICH,
  },
  {
    id: '0195d2a1-7c00-7a10-8000-000000000656',
    code: '1.000656',
    name: 'Đăng ký khai tử',
    // No code on the page: the adapter resolves it from the exact title.
    showCode: false,
    components: [
      { group: 'Giấy tờ phải nộp', items: ['Tờ khai đăng ký khai tử theo mẫu', 'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử'] },
      { group: 'Giấy tờ phải xuất trình', items: ['Giấy tờ tùy thân của người đi đăng ký khai tử', 'Sổ hộ khẩu của người chết'] },
    ],
    cards: [{ name: 'Đăng ký khai tử', agency: COMMUNE, subject: CITIZEN, target: 'form', caseId: '0195d2a1-7c00-7a10-9000-000000000656' }],
    fee: 'Miễn lệ phí nếu đăng ký đúng hạn',
    timeLimit: 'Ngay trong ngày',
    legal: HOTICH,
  },
  {
    // The twin (A8): its title contains "khai tử" but it is another procedure, with no code in the bundled list.
    id: '0195d2a1-7c00-7a10-8000-00000000a656',
    code: '',
    name: 'Đăng ký lại khai tử',
    showCode: false,
    components: [{ group: 'Giấy tờ phải nộp', items: ['Tờ khai đăng ký lại khai tử theo mẫu', 'Bản sao giấy tờ chứng minh việc khai tử đã được đăng ký'] }],
    cards: [{ name: 'Đăng ký lại khai tử', agency: COMMUNE, subject: CITIZEN, target: 'form', caseId: '0195d2a1-7c00-7a10-9000-00000000a656' }],
    fee: 'Theo quy định',
    timeLimit: '05 ngày làm việc',
    legal: HOTICH,
  },
  {
    id: '0195d2a1-7c00-7a10-8000-000000000635',
    code: '2.000635',
    name: 'Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh',
    showCode: true,
    components: [{ group: 'Giấy tờ phải nộp', items: ['Tờ khai cấp bản sao trích lục hộ tịch theo mẫu'] }],
    cards: [{ name: 'Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh', agency: COMMUNE, subject: CITIZEN, target: 'form', caseId: '0195d2a1-7c00-7a10-9000-000000000635' }],
    fee: '8.000 đồng/bản sao',
    timeLimit: 'Ngay trong ngày',
    legal: HOTICH,
  },
  {
    id: '0195d2a1-7c00-7a10-8000-000000004859',
    code: '1.004859',
    name: 'Thay đổi, cải chính, bổ sung thông tin hộ tịch',
    showCode: false,
    components: [{ group: 'Giấy tờ phải nộp', items: ['Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch theo mẫu', 'Giấy tờ liên quan làm căn cứ cho việc cải chính'] }],
    cards: [{ name: 'Thay đổi, cải chính, bổ sung thông tin hộ tịch', agency: COMMUNE, subject: CITIZEN, target: 'form', caseId: '0195d2a1-7c00-7a10-9000-000000004859' }],
    fee: 'Theo quy định',
    timeLimit: '03 ngày làm việc',
    legal: HOTICH,
  },
  {
    id: '0195d2a1-7c00-7a10-8000-000000000894',
    code: '1.000894',
    name: 'Đăng ký kết hôn',
    showCode: false,
    components: [{ group: 'Giấy tờ phải nộp', items: ['Tờ khai đăng ký kết hôn theo mẫu'] }],
    // Two cards of one name, for two agencies (A10); both hand over to the Ministry of Justice's wizard (T7, T9).
    cards: [
      { name: 'Đăng ký kết hôn', agency: 'Sở Tư pháp', subject: 'Công dân Việt Nam cư trú ở nước ngoài', target: mojFormUrl(null), caseId: '0195d2a1-7c00-7a10-9000-00000000b894' },
      { name: 'Đăng ký kết hôn', agency: COMMUNE, subject: CITIZEN, target: mojFormUrl('1.000894'), caseId: '0195d2a1-7c00-7a10-9000-000000000894' },
    ],
    fee: 'Miễn lệ phí',
    timeLimit: 'Ngay trong ngày',
    legal: HOTICH,
  },
  {
    id: '0195d2a1-7c00-7a10-8000-000000000986',
    code: '2.000986',
    name: 'Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
    showCode: true,
    components: [{ group: 'Giấy tờ phải nộp', items: ['Giấy chứng sinh', 'Tờ khai thay đổi thông tin cư trú'] }],
    cards: [{ name: 'Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế', agency: COMMUNE, subject: CITIZEN, target: 'https://lienthong.dichvucong.gov.vn/#/ke-khai/2.000986', caseId: '0195d2a1-7c00-7a10-9000-000000000986' }],
    fee: 'Miễn lệ phí',
    timeLimit: 'Theo quy định',
    legal: HOTICH,
  },
  {
    id: '0195d2a1-7c00-7a10-8000-000000004873',
    code: '1.004873',
    name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    showCode: true,
    components: [{ group: 'Giấy tờ phải nộp', items: ['Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu'] }],
    cards: [{ name: 'Cấp Giấy xác nhận tình trạng hôn nhân', agency: 'Ủy ban nhân dân cấp xã (Cổng dịch vụ công tỉnh Quảng Ngãi)', subject: CITIZEN, target: 'https://dichvucong.quangngai.gov.vn/vi/padsvc/apply-online/6215fc5acfa6484e420b4873', caseId: '0195d2a1-7c00-7a10-9000-000000004873' }],
    fee: 'Theo quy định',
    timeLimit: '03 ngày làm việc',
    legal: HOTICH,
  },
];

export function detailUrl(code: string): string {
  const p = PROCEDURES.find((x) => x.code === code);
  if (!p) throw new Error(`no replica procedure ${code}`);
  return `https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${p.id}`;
}
export const TWIN_DETAIL_URL = `https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${PROCEDURES[2]!.id}`;
export function filingUrl(code: string, agency?: string): string {
  const p = PROCEDURES.find((x) => x.code === code)!;
  const card = p.cards.find((c) => !agency || c.agency === agency)!;
  return `https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=${card.caseId}`;
}

/** The applicant block, prefilled from VNeID and locked (A9). The sample person is invented. */
const APPLICANT = {
  type: 'panel',
  name: q('pnlNguoiNop'),
  title: 'Thông tin người nộp',
  elements: [
    { type: 'text', name: q('citizenName'), title: 'Họ, chữ đệm, tên người yêu cầu', readOnly: true, defaultValue: 'NGUYỄN VĂN AN' },
    { type: 'text', name: q('citizenIdentity'), title: 'Số định danh cá nhân', readOnly: true, defaultValue: '001090012345' },
    { type: 'text', name: q('citizenDateOfBirth'), title: 'Ngày, tháng, năm sinh', readOnly: true, defaultValue: '01/01/1990' },
    { type: 'text', name: q('citizenField27'), title: 'Kính gửi', readOnly: true, defaultValue: 'Ủy ban nhân dân xã' },
  ],
};

/** Question names of the khai tử e-form as published code shows them (A9, id 71141149438); titles are the replica's. */
function deathForm(): FilingForm {
  return {
    caseId: '0195d2a1-7c00-7a10-9000-000000000656',
    procedureName: 'Đăng ký khai tử',
    formJson: {
      elements: [
        APPLICANT,
        { type: 'text', name: q('citizenmoiquanhe'), title: 'Quan hệ với người đã chết', isRequired: true },
        {
          type: 'panel',
          name: q('pnlNguoiChet'),
          title: 'Thông tin người đã chết',
          elements: [
            { type: 'text', name: q('citizenNDK_HoVaTen'), title: 'Họ, chữ đệm, tên người đã chết', isRequired: true },
            { type: 'text', name: q('citizenNDK_SoDinhDanh'), title: 'Số định danh cá nhân', isRequired: true, validators: [{ type: 'regex', regex: '^\\d{12}$', text: 'Số định danh cá nhân gồm 12 chữ số' }] },
            { type: 'text', name: q('citizenNDK_NgaySinh'), title: 'Ngày, tháng, năm sinh', isRequired: true, placeholder: 'dd/mm/yyyy' },
            { type: 'dropdown', name: q('citizenGioitinh_NgdcKT'), title: 'Giới tính', choices: [{ value: '1', text: 'Nam' }, { value: '2', text: 'Nữ' }] },
            { type: 'dropdown', name: q('citizenDantoc_NgdcKT'), title: 'Dân tộc', choices: [{ value: '01', text: 'Kinh' }, { value: '02', text: 'Tày' }, { value: '03', text: 'Thái' }] },
            { type: 'text', name: q('citizenField56'), title: 'Ngày, tháng, năm chết', isRequired: true, placeholder: 'dd/mm/yyyy' },
            { type: 'comment', name: q('citizenNoichet'), title: 'Nơi chết', isRequired: true },
            { type: 'text', name: q('citizenNguyennhanchet_NgdcKT'), title: 'Nguyên nhân chết' },
          ],
        },
        { type: 'text', inputType: 'number', name: q('citizenSoluongbansaonguoiyeucaudenghi'), title: 'Số lượng bản sao yêu cầu (điền 0 nếu không cần)', isRequired: true, min: 0 },
      ],
    },
    rows: [
      { name: 'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử', required: true },
      { name: 'Văn bản ủy quyền (nếu có)', required: false },
      { name: 'Giấy tờ chứng minh sự kiện chết', required: false },
      { name: 'Sổ hộ khẩu của người chết', required: false },
    ],
    lookup: { name: q('citizenNDK_HoVaTen'), identity: q('citizenNDK_SoDinhDanh'), birth: q('citizenNDK_NgaySinh'), locks: { [q('citizenGioitinh_NgdcKT')]: '1', [q('citizenDantoc_NgdcKT')]: '01' } },
  };
}

function simpleForm(caseId: string, procedureName: string, subject: string, rows: { name: string; required: boolean }[]): FilingForm {
  return {
    caseId,
    procedureName,
    formJson: {
      elements: [
        APPLICANT,
        {
          type: 'panel',
          name: q('pnlNoiDung'),
          title: 'Nội dung yêu cầu',
          elements: [
            { type: 'text', name: q(`${subject}_HoVaTen`), title: 'Họ, chữ đệm, tên người được yêu cầu', isRequired: true },
            { type: 'text', name: q(`${subject}_NgaySinh`), title: 'Ngày, tháng, năm sinh', isRequired: true, placeholder: 'dd/mm/yyyy' },
            { type: 'comment', name: q(`${subject}_NoiDung`), title: 'Nội dung đề nghị' },
          ],
        },
        { type: 'text', inputType: 'number', name: q('soBanSao'), title: 'Số bản sao yêu cầu cấp', isRequired: true, min: 0 },
      ],
    },
    rows,
    lookup: null,
  };
}

export function formFor(caseId: string) {
  const p = PROCEDURES.find((x) => x.cards.some((c) => c.caseId === caseId));
  if (!p) return null;
  if (p.code === '1.000656') return deathForm();
  if (p.code === '2.000635') return simpleForm(caseId, p.name, 'nguoiDuocCap', [{ name: 'Văn bản ủy quyền (nếu có)', required: false }]);
  return simpleForm(caseId, p.name, 'nguoiYeuCau', [
    { name: p.components[0]!.items[1] ?? 'Giấy tờ kèm theo', required: false },
    { name: 'Văn bản ủy quyền (nếu có)', required: false },
  ]);
}

let units: { provinces: string[]; wards: Map<string, string[]> } | null = null;
export function adminUnits() {
  if (!units) {
    const raw = JSON.parse(readFileSync(`${REPLICA_DIR}/../../public/admin-units/units.json`, 'utf8')) as { newProvinces: string[]; new: [string, string, number][] };
    const wards = new Map<string, string[]>();
    for (const [, name, province] of raw.new) {
      const key = raw.newProvinces[province]!;
      wards.set(key, [...(wards.get(key) ?? []), name]);
    }
    units = { provinces: raw.newProvinces, wards };
  }
  return units;
}

let dossierSeq = 0;
const ok = (data: unknown): SiteAnswer => ({ json: { code: 'OK', data } });

/** The replica's JSON API (also used by unit tests that run the app without a server). */
export function apiAnswer(path: string, body: Record<string, unknown>): SiteAnswer {
  switch (path) {
    case '/api/v1/submitting/formality/list-all-public-formality-by-citizen': {
      const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').toLowerCase();
      const want = fold(String(body.q ?? ''));
      return ok(PROCEDURES.filter((p) => fold(p.name).includes(want)).map((p) => ({ id: p.id, name: p.name })));
    }
    case '/api/v1/configuring/formality/get-formality-by-citizen': {
      const p = PROCEDURES.find((x) => x.id === body.id);
      return p ? ok(p) : { status: 404, json: { code: 'NOT_FOUND', data: null } };
    }
    case '/api/v1/configuring/formality/get-formality-form-by-citizen': {
      const f = formFor(String(body.formalityCaseId ?? ''));
      return f ? ok(f) : { status: 404, json: { code: 'NOT_FOUND', data: null } };
    }
    case '/api/v1/configuring/province-vn/list-by-citizen':
      return ok(adminUnits().provinces);
    case '/api/v1/configuring/ward-vn/list-by-citizen':
      return ok(adminUnits().wards.get(String(body.province)) ?? []);
    case '/api/v1/submitting/attachment/upload':
      return ok({ id: `att-${Date.now()}` });
    case '/api/v1/submitting/dossier/save-and-submit': {
      dossierSeq += 1;
      return ok({ code: `H17.99-261201-${String(dossierSeq).padStart(4, '0')}`, due: '02/12/2026' });
    }
    default:
      return { status: 404, json: { code: 'NOT_FOUND', data: null } };
  }
}

/** The shell every path returns (B1: only <div id="root">), HTTP 200 even for wrong paths (B5). */
export function shell(): string {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cổng Dịch vụ công Quốc gia</title><link rel="stylesheet" href="${DVCQG_APP_STYLE}"></head>
<body><div id="root"></div><script src="${DVCQG_APP_SCRIPT}"></script></body></html>`;
}

export function dvcqg2026Site(req: IncomingMessage, url: URL, body: string): SiteAnswer {
  if (url.pathname.startsWith('/api/')) {
    if (req.method !== 'POST') return { status: 405, json: { code: 'METHOD_NOT_ALLOWED', data: null } };
    let parsed: Record<string, unknown> = {};
    try {
      parsed = body && !String(req.headers['content-type']).startsWith('multipart/') ? (JSON.parse(body) as Record<string, unknown>) : {};
    } catch {
      return { status: 400, json: { code: 'BAD_REQUEST', data: null } };
    }
    return apiAnswer(url.pathname, parsed);
  }
  return { html: shell() };
}

/**
 * VNeID sign-in stand-in (sso.dancuquocgia.gov.vn/auth): QR or ID + password, then "Nhập mã xác
 * nhận" (OTP), "Xác nhận chia sẻ", "Nhập passcode" (B6, A3), then back to redirect_uri with a code.
 */
export function vneidSite(url: URL): SiteAnswer {
  if (url.pathname !== '/auth') return { html: '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>VNeID</title></head><body><h1>Không tìm thấy trang</h1></body></html>' };
  const redirect = url.searchParams.get('redirect_uri') ?? 'https://dichvucong.gov.vn/sso';
  const back = new URL(redirect).hostname === 'dichvucong.gov.vn' ? redirect : 'https://dichvucong.gov.vn/sso';
  const state = url.searchParams.get('state') ?? '/';
  const target = `${back}?code=replica&state=${encodeURIComponent(state)}`;
  return {
    html: `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập bằng tài khoản định danh điện tử VNeID</title>
<style>body{font-family:Arial,sans-serif;max-width:420px;margin:40px auto}section[hidden]{display:none}label,input,button{display:block;margin:6px 0}</style></head><body>
<h1>Đăng nhập</h1>
<section id="s1"><p>Đăng nhập bằng tài khoản định danh điện tử hoặc quét mã QR bằng ứng dụng VNeID.</p>
<button type="button" id="qr">Quét mã QR</button>
<label for="username">Số định danh cá nhân</label><input id="username" autocomplete="username">
<label for="password">Mật khẩu</label><input id="password" type="password" autocomplete="current-password">
<button type="button" class="custom-btn-resolve" id="login">Đăng nhập</button></section>
<section id="s2" hidden><p>Nhập mã xác nhận gồm 6 chữ số đã gửi tới số điện thoại của bạn.</p><label for="otp">Nhập mã xác nhận</label><input id="otp" inputmode="numeric"><button type="button" id="otpOk">Xác nhận</button></section>
<section id="s3" hidden><label><input type="checkbox" id="agree"> Đồng ý chia sẻ thông tin với Cổng Dịch vụ công quốc gia</label><button type="button" id="share">Xác nhận chia sẻ</button></section>
<section id="s4" hidden><label for="passcode">Nhập passcode</label><input id="passcode" type="password" inputmode="numeric"><button type="button" id="done">Xác nhận</button></section>
<script>
function show(n){for(var i=1;i<=4;i++)document.getElementById('s'+i).hidden=i!==n;}
document.getElementById('login').onclick=function(){if(document.getElementById('username').value&&document.getElementById('password').value)show(2);};
document.getElementById('qr').onclick=function(){show(2);};
document.getElementById('otpOk').onclick=function(){if(/^\\d{6}$/.test(document.getElementById('otp').value))show(3);};
document.getElementById('share').onclick=function(){if(document.getElementById('agree').checked)show(4);};
document.getElementById('done').onclick=function(){if(/^\\d{6}$/.test(document.getElementById('passcode').value))location.href=${JSON.stringify(target)};};
</script></body></html>`.replace('</title>', `</title><meta name="replica-target" content="${esc(target)}">`),
  };
}
