/**
 * VNPT iGate 1 replica (dichvucong.laocai.gov.vn, dichvucong.laichau.gov.vn): the PHP wizard, one
 * server-rendered page per step, each with the step bar `ul.gsi-step-indicator` and a form that
 * posts to the next step (CSRF token `tokencsrf`). jQuery drives the AJAX uploads, as on the real
 * pages. Page knowledge: shared/portals/filing-portals-2026.md §3 (T6, T11). Its traps:
 * - the code is only in the page's title, and one step URL serves every procedure;
 * - "Đồng ý và tiếp tục" (#btn-next) is on several steps; in Lai Châu the fee step sends the dossier;
 * - two upload slots share a postname (the two "Mẫu số 24" rows of 1.115666);
 * - "Giấy tờ khác" needs a document name.
 */
import { randomBytes } from 'node:crypto';
import { esc } from '../html';
import type { SiteAnswer } from '../server';
import { notFound } from './dvcqg';

const PREFIX = '/dich-vu-cong/tiep-nhan-online';

/** Lào Cai's land procedure the public tests name (T11, id 69573431564); its rows in the page's DOM order. */
export const IGATE1_PROCEDURE = {
  code: '1.115666',
  name: 'Đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất cho trường hợp đã chuyển quyền sử dụng đất trước ngày 01/8/2024 mà bên nhận chuyển quyền chưa thực hiện thủ tục đăng ký theo quy định',
  rows: [
    { name: 'Tờ khai đăng ký (bản điện tử do hệ thống tạo)', postname: 'HoSoOnline_50011_fileGiayTo' },
    { name: 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 24)', postname: 'HoSoOnline_50012_fileGiayTo' },
    { name: 'Hợp đồng, văn bản về việc chuyển quyền sử dụng đất', postname: 'HoSoOnline_50005_fileGiayTo' },
    { name: 'Giấy tờ về việc chuyển quyền có chữ ký của bên chuyển quyền', postname: 'HoSoOnline_50013_fileGiayTo' },
    { name: 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 24)', postname: 'HoSoOnline_50012_fileGiayTo' },
    { name: 'Bản gốc Giấy chứng nhận đã cấp', postname: 'HoSoOnline_50006_fileGiayTo' },
  ],
};

interface Province {
  name: string;
  /** Step paths in order; the last one sends the dossier. */
  steps: { path: string; title: string }[];
}
/** The default variant's five steps (T6 `Progress`). */
const STEPS: Province['steps'] = [
  { path: 'chon-thu-tuc-nop-ho-so', title: 'Thủ tục' },
  { path: 'nhap-thong-tin-nguoi-nop-ho-so', title: 'Thông tin người nộp' },
  { path: 'nhap-thong-tin-ho-so', title: 'Thông tin hồ sơ' },
  { path: 'nhap-le-phi-ho-so', title: 'Lệ phí hồ sơ' },
  { path: 'xac-nhan-thong-tin-nop', title: 'Nộp hồ sơ' },
];
const PROVINCES: Record<string, Province> = {
  'dichvucong.laocai.gov.vn': { name: 'Lào Cai', steps: STEPS },
  // Four steps: the fee step's "Đồng ý và tiếp tục" sends the dossier (T11, id 69474257143).
  'dichvucong.laichau.gov.vn': { name: 'Lai Châu', steps: STEPS.slice(0, 4) },
};

const sent = new Set<string>();

function page(p: Province, current: number, sid: string, body: string, done = false): string {
  const bar = p.steps
    .map((s, i) => `<li class="${i === current ? 'active' : i < current ? 'completed' : ''}"><span class="gsi-step-number">${i + 1}</span>${i < current && !done ? `<a href="${PREFIX}/${s.path}?sid=${sid}">${esc(s.title)}</a>` : `<span>${esc(s.title)}</span>`}</li>`)
    .join('');
  const title = `${IGATE1_PROCEDURE.code} - ${IGATE1_PROCEDURE.name}`;
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Nộp hồ sơ trực tuyến - Cổng dịch vụ công tỉnh ${esc(p.name)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:Arial,sans-serif;margin:0;color:#222;font-size:14px}header{background:#a40000;color:#fff;padding:12px 24px;font-weight:bold}
.container{max-width:1140px;margin:0 auto;padding:12px 16px 60px}.gsi-step-indicator{display:flex;list-style:none;padding:0;gap:4px}
.gsi-step-indicator li{flex:1;background:#eee;padding:8px}.gsi-step-indicator li.active{background:#a40000;color:#fff}.gsi-step-indicator li.completed{background:#f4caca}
.form-group{margin:8px 0;display:flex;flex-direction:column;max-width:520px}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:6px}
#btn-next{background:#a40000;color:#fff;border:0;padding:10px 20px;border-radius:3px;margin-top:14px;cursor:pointer}.file-name{display:block;color:#1f5e1f}
.alert-success{background:#e2f5e2;padding:14px;margin:14px 0}
</style></head>
<body><header>CỔNG DỊCH VỤ CÔNG TỈNH ${esc(p.name.toUpperCase())}</header>
<div class="container">
<ul class="gsi-step-indicator triangle gsi-style-1 gsi-transition">${bar}</ul>
<h3 class="ten-thu-tuc">${esc(title)}</h3>
${body}
</div>
<script src="/__replica/lib/jquery.min.js"></script>
<script>
$(document).on('change', 'input[type=file]', function () {
  var input = this, files = Array.prototype.slice.call(input.files || []);
  if (!files.length) return;
  var data = new FormData(); files.forEach(function (f) { data.append(input.getAttribute('postname'), f); });
  $.ajax({ url: '${PREFIX}/tai-tep?sid=${sid}', method: 'POST', data: data, processData: false, contentType: false }).done(function () {
    var $cell = $(input).closest('td'); files.forEach(function (f) { $cell.append($('<span class="file-name">').text(f.name)); });
  });
});
</script>
</body></html>`;
}

const field = (name: string, label: string, required = false) =>
  `<div class="form-group"><label for="${name}">${esc(label)}${required ? ' <span class="required">*</span>' : ''}</label><input type="text" class="form-control" id="${name}" name="${name}"${required ? ' required' : ''}></div>`;

function stepBody(p: Province, i: number, sid: string): string {
  const step = p.steps[i]!;
  const next = `<input type="hidden" name="tokencsrf" value="${randomBytes(10).toString('hex')}"><button type="submit" id="btn-next">Đồng ý và tiếp tục</button>`;
  const form = (inner: string) => `<form method="post" action="${PREFIX}/${step.path}?sid=${sid}">${inner}${next}</form>`;
  switch (step.path) {
    case 'chon-thu-tuc-nop-ho-so':
      return form(`<p>Thủ tục đã chọn: ${esc(IGATE1_PROCEDURE.name)}</p>`);
    case 'nhap-thong-tin-nguoi-nop-ho-so':
      return form(`${field('NguoiNop_HoTen', 'Họ và tên người nộp', true)}${field('NguoiNop_SoGiayTo', 'Số CCCD/Số định danh', true)}${field('NguoiNop_DienThoai', 'Số điện thoại', true)}${field('NguoiNop_Email', 'Email')}${field('NguoiNop_DiaChi', 'Địa chỉ liên hệ', true)}`);
    case 'nhap-thong-tin-ho-so': {
      const rows = IGATE1_PROCEDURE.rows
        .map((r, n) => `<tr><td>${n + 1}</td><td>${esc(r.name)}</td><td><input type="file" postname="${r.postname}" accept=".pdf,.jpg,.png"></td></tr>`)
        .join('');
      return form(`${field('HoSoOnline_veViec', 'Về việc', true)}${field('HoSoOnline_ghiChu', 'Ghi chú')}
<table class="table"><thead><tr><th>STT</th><th>Tên giấy tờ</th><th>Tệp đính kèm</th></tr></thead><tbody>${rows}
<tr><td>${IGATE1_PROCEDURE.rows.length + 1}</td><td>Giấy tờ khác <input type="text" name="HoSoOnline_giayToKhac_ten_1" placeholder="Tên tài liệu"></td><td><input type="file" postname="HoSoOnline_giayToKhac_file_1"></td></tr></tbody></table>`);
    }
    case 'nhap-le-phi-ho-so':
      return form(`<table><thead><tr><th>Tên phí, lệ phí</th><th>Mức thu</th></tr></thead><tbody><tr><td>Lệ phí cấp giấy chứng nhận</td><td>50.000 đồng</td></tr></tbody></table>
<div class="form-group"><label for="HinhThucNhan">Hình thức nhận kết quả</label><select id="HinhThucNhan" name="HinhThucNhan"><option value="1">Nhận trực tiếp</option><option value="2">Qua dịch vụ bưu chính</option></select></div>`);
    default:
      return form('<p>Kiểm tra lại thông tin hồ sơ trước khi nộp.</p>');
  }
}

export function igate1Site(url: URL, method: string): SiteAnswer {
  const p = PROVINCES[url.hostname];
  if (!p) return { status: 404, html: notFound() };
  if (url.pathname === `${PREFIX}/tai-tep` && method === 'POST') return { json: { success: true } };
  const path = url.pathname.startsWith(`${PREFIX}/`) ? url.pathname.slice(PREFIX.length + 1) : '';
  const i = p.steps.findIndex((s) => s.path === path);
  if (i < 0) return { status: 404, html: notFound() };
  if (i === 0 && method === 'GET') return { html: page(p, 0, '', stepBody(p, 0, '')) };
  if (method === 'POST') {
    // Step 1 makes the session; every step posts to itself and is sent on to the next one.
    const sid = url.searchParams.get('sid') || String(100000 + Math.floor(Math.random() * 899999));
    if (i === p.steps.length - 1) {
      sent.add(sid);
      return { redirect: `${PREFIX}/${p.steps[i]!.path}?sid=${sid}` };
    }
    return { redirect: `${PREFIX}/${p.steps[i + 1]!.path}?sid=${sid}` };
  }
  const sid = url.searchParams.get('sid') ?? '';
  if (sent.has(sid) && i === p.steps.length - 1) {
    return { html: page(p, i, sid, '<div class="alert-success">Nộp hồ sơ thành công. Hồ sơ của ông/bà đang chờ tiếp nhận.</div>', true) };
  }
  return { html: page(p, i, sid, stepBody(p, i, sid)) };
}
