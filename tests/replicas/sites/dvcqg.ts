/**
 * DVCQG legacy replica (vpcp.dichvucong.gov.vn, xacthuc.dichvucong.gov.vn): home, procedure search with XHR
 * paging through /jsp/rest.jsp, procedure detail pages, and a sign-in stand-in. Page structure as
 * shared/portals/README.md §1.3 and §4 lists; 1.001193 is the shared snapshot itself, the other
 * details are built in the same shape from the bundled procedure data (illustrative content).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { esc, readReplicaFile, REPLICA_DIR } from '../html';
import type { SiteAnswer } from '../server';

interface DetailFixture {
  code: string;
  name: string;
  numericId: number;
  field: string;
  agency: string;
  submit: string[];
  present: string[];
  note?: string;
  fee: string;
  timeLimit: string;
  legal: string[];
}

// Read as files: Playwright's ESM loader does not take JSON imports without attributes.
const procedures = JSON.parse(readFileSync(`${REPLICA_DIR}/../../lib/procedures/procedures.json`, 'utf8')) as {
  procedures: { code: string; name: string }[];
};
const FIXTURES: DetailFixture[] = (JSON.parse(readReplicaFile('sites', 'dvcqg-procedures.json')) as { details: DetailFixture[] }).details;
const PAGE_SIZE = 5;

/** Procedures without a hand-written fixture get a plain page of the same shape. */
const ALL: DetailFixture[] = [
  ...FIXTURES,
  ...procedures.procedures
    .filter((p) => !FIXTURES.some((f) => f.code === p.code))
    .map((p, i) => ({
      code: p.code,
      name: p.name,
      numericId: 9000 + i,
      field: '',
      agency: 'Ủy ban nhân dân cấp xã',
      submit: ['Tờ khai theo mẫu'],
      present: [],
      fee: 'Theo quy định',
      timeLimit: 'Theo quy định',
      legal: [],
    })),
];

function findFixture(idOrCode: string): DetailFixture | undefined {
  return ALL.find((f) => f.code === idOrCode || String(f.numericId) === idOrCode);
}

function componentRows(items: string[]): string {
  return items
    .map(
      (t) =>
        `<tr><td data-title="Tên giấy tờ">${esc(t)}</td><td data-title="Mẫu đơn, tờ khai"></td><td data-title="Số lượng">Bản chính: 1<br>Bản sao: 0</td></tr>`,
    )
    .join('\n');
}

function group(title: string, rows: string, active: boolean): string {
  return `<div class="item${active ? ' active' : ''}"><div class="title" title="${esc(title)}">${esc(title)}</div><div class="content">
<table class="table table-result"><thead><tr><th>Tên giấy tờ</th><th>Mẫu đơn, tờ khai</th><th>Số lượng</th></tr></thead><tbody>
${rows}
</tbody></table></div></div>`;
}

/** Same DOM shape as the shared 1.001193 snapshot: two h1.main-title, h2.main-title-sub, list-expand, popup. */
export function detailPage(f: DetailFixture): string {
  const base = readReplicaFile('pages', 'dvcqg', 'procedure-detail-1.001193.html');
  const head = base.slice(base.indexOf('<html'), base.indexOf('<body>'));
  return `<!DOCTYPE html>\n${head.replace(/<title>[^<]*<\/title>/, `<title>${esc(f.name)} - Cổng Dịch vụ công Quốc gia</title>`)}<body>
<header><a href="/p/home/dvc-trang-chu.html">Cổng Dịch vụ công Quốc gia</a>
<div class="header-actions"><button type="button" class="btn-register">Đăng ký</button> <a class="btn-login" href="https://xacthuc.dichvucong.gov.vn/oauth2/authorize?response_type=code&amp;client_id=dvcqg&amp;redirect_uri=https%3A%2F%2Fvpcp.dichvucong.gov.vn%2Fp%2Fhome%2Fdvc-trang-chu.html">Đăng nhập</a></div></header>
<div class="container">
<ol class="breadcrumb"><li><a href="/p/home/dvc-trang-chu.html">Trang chủ</a></li><li><a href="/p/home/dvc-tim-kiem-thu-tuc.html">Thủ tục hành chính</a></li><li class="active">Chi tiết thủ tục</li></ol>
<h1 class="main-title"></h1>
<h1 class="main-title -none">${esc(f.name)}</h1>
<div class="detail-actions"><a class="url" href="#popupChitietTTHC" data-toggle="modal">Xem chi tiết</a></div>
<h2 class="main-title-sub">Trình tự thực hiện</h2>
<div class="list-expand"><div><div class="item active"><div class="title" title=" "></div><div class="content"><p>Bước 1: Người yêu cầu nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến.<br>Bước 2: Cơ quan có thẩm quyền tiếp nhận, kiểm tra hồ sơ.<br>Bước 3: Giải quyết và trả kết quả.</p></div></div></div></div>
<h2 class="main-title-sub">Cách thức thực hiện</h2>
<table class="table-result-tthc table-result"><thead><tr><th>Hình thức nộp</th><th>Thời hạn giải quyết</th><th>Phí, lệ phí</th><th>Mô tả</th></tr></thead><tbody>
<tr><td data-title="Hình thức nộp">Trực tiếp</td><td data-title="Thời hạn giải quyết">${esc(f.timeLimit)}</td><td data-title="Phí, lệ phí">${esc(f.fee)}</td><td data-title="Mô tả"></td></tr>
<tr><td data-title="Hình thức nộp">Trực tuyến</td><td data-title="Thời hạn giải quyết">${esc(f.timeLimit)}</td><td data-title="Phí, lệ phí">${esc(f.fee)}</td><td data-title="Mô tả"></td></tr>
</tbody></table>
<h2 class="main-title-sub">Thành phần hồ sơ</h2>
<div class="list-expand">
${group('Giấy tờ phải nộp', componentRows(f.submit), true)}
${f.present.length ? group('Giấy tờ phải xuất trình', componentRows(f.present), false) : ''}
${f.note ? `<div class="item"><div class="title" title="Lưu ý">Lưu ý</div><div class="content"><p>${esc(f.note)}</p></div></div>` : ''}
</div>
<h2 class="main-title-sub">Cơ quan thực hiện</h2>
<div class="article"><p>${esc(f.agency)}</p></div>
<h2 class="main-title-sub">Yêu cầu, điều kiện thực hiện</h2>
<div class="article cls-requires" id="requiresBox"><p class="loading">Đang tải dữ liệu...</p></div>
<h2 class="main-title-sub">Căn cứ pháp lý</h2>
<div class="article"><p>${f.legal.map(esc).join('; ')}</p></div>
<p style="margin-top:24px"><button type="button" class="btn-nop" id="btnNopHoSo">Nộp hồ sơ</button></p>
</div>
<div class="modal fade" id="popupChitietTTHC" tabindex="-1" role="dialog" aria-hidden="true"><div class="modal-dialog" role="document">
<div class="close" data-dismiss="modal"><span class="-ap icon icon-close" aria-label="Đóng">×</span></div>
<div class="modal-body">
<div class="info-row"><div>Mã thủ tục:</div><div>${esc(f.code)}</div></div>
<div class="info-row"><div>Tên thủ tục:</div><div>${esc(f.name)}</div></div>
<div class="info-row"><div>Lĩnh vực:</div><div>${esc(f.field)}</div></div>
<div class="info-row"><div>Cơ quan thực hiện:</div><div>${esc(f.agency)}</div></div>
</div></div></div>
<script>
  var obj = {}; obj.parent_id = '${f.numericId}';
  document.querySelectorAll('.list-expand .item > .title').forEach(function (t) { t.addEventListener('click', function () { t.parentElement.classList.toggle('active'); }); });
  var modal = document.getElementById('popupChitietTTHC');
  document.querySelector('a.url[data-toggle="modal"]').addEventListener('click', function (e) { e.preventDefault(); modal.classList.add('in'); modal.setAttribute('aria-hidden', 'false'); });
  modal.querySelector('.close').addEventListener('click', function () { modal.classList.remove('in'); modal.setAttribute('aria-hidden', 'true'); });
  setTimeout(function () { document.getElementById('requiresBox').textContent = 'Không'; }, 1200);
  document.getElementById('btnNopHoSo').addEventListener('click', function () { window.location.href = 'https://xacthuc.dichvucong.gov.vn/oauth2/authorize?response_type=code&client_id=dvcqg&redirect_uri=' + encodeURIComponent(location.href); });
</script>
</body></html>`;
}

function homePage(): string {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Cổng Dịch vụ công Quốc gia</title>
<style>body{font-family:Arial,sans-serif;margin:0}header{background:#c8102e;color:#fff;padding:8px 16px;display:flex;justify-content:space-between}header a{color:#fff}.container{max-width:1100px;margin:0 auto;padding:16px}.item{display:inline-block;border:1px solid #ddd;padding:12px;margin:6px}</style></head>
<body><header><a href="/p/home/dvc-trang-chu.html">Cổng Dịch vụ công Quốc gia</a><a class="btn-login" href="https://xacthuc.dichvucong.gov.vn/oauth2/authorize?response_type=code&amp;client_id=dvcqg&amp;redirect_uri=https%3A%2F%2Fvpcp.dichvucong.gov.vn%2Fp%2Fhome%2Fdvc-trang-chu.html">Đăng nhập</a></header>
<div class="container"><h2>Tìm kiếm thủ tục hành chính</h2>
<form action="/p/home/dvc-tim-kiem-thu-tuc.html" method="get"><input name="key" placeholder="Nhập từ khóa" aria-label="Từ khóa"> <button type="submit">Tìm kiếm</button></form>
<h2>Dịch vụ công theo sự kiện</h2>
<div class="item"><a href="/p/home/dvc-danh-sach-thu-tuc-theo-nhom-su-kien.html?objectId=1&amp;groupEventId=1">Khai sinh</a></div>
<div class="item"><a href="/p/home/dvc-danh-sach-thu-tuc-theo-nhom-su-kien.html?objectId=1&amp;groupEventId=2">Cư trú</a></div>
</div></body></html>`;
}

function searchPage(keyword: string): string {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tìm kiếm thủ tục - Cổng Dịch vụ công Quốc gia</title>
<style>body{font-family:Arial,sans-serif;margin:0}header{background:#c8102e;color:#fff;padding:8px 16px}header a{color:#fff}.container{max-width:1100px;margin:0 auto;padding:16px}.pagination li{display:inline-block;margin:0 4px}.pagination .active a{font-weight:bold}</style></head>
<body><header><a href="/p/home/dvc-trang-chu.html">Cổng Dịch vụ công Quốc gia</a></header>
<div class="container"><h1 class="main-title">Kết quả tìm kiếm</h1>
<p>Tổng số: <span id="totalRecord">…</span> thủ tục · Số dòng/trang <select id="pageSize"><option>${PAGE_SIZE}</option></select></p>
<ul class="list-document" id="content_DVCTT_List"><li>Đang tải dữ liệu...</li></ul>
<ul class="pagination"></ul></div>
<script>
  // Paging by XHR to /jsp/rest.jsp, URL unchanged (as the real list pages).
  var KEY = ${JSON.stringify(keyword)};
  function doSearch(n) {
    var x = new XMLHttpRequest();
    x.open('POST', '/jsp/rest.jsp');
    x.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
    x.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    x.onload = function () {
      var rows = JSON.parse(x.responseText), ul = document.getElementById('content_DVCTT_List');
      ul.textContent = '';
      rows.forEach(function (r) {
        var li = document.createElement('li'), a = document.createElement('a');
        a.href = '/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=' + encodeURIComponent(r.PROCEDURE_CODE);
        a.textContent = r.PROCEDURE_NAME; li.appendChild(a); ul.appendChild(li);
      });
      var total = rows.length ? rows[0].TOTAL : 0;
      document.getElementById('totalRecord').textContent = total;
      var pag = document.querySelector('.pagination'); pag.textContent = '';
      for (var i = 1; i <= Math.ceil(total / ${PAGE_SIZE}); i++) {
        var pli = document.createElement('li'), pa = document.createElement('a');
        pa.href = 'javascript:void(0)'; pa.textContent = i; pa.setAttribute('onclick', 'doSearch(' + i + ')');
        if (i === n) pli.className = 'active';
        pli.appendChild(pa); pag.appendChild(pli);
      }
    };
    x.send('params=' + encodeURIComponent(JSON.stringify({ type: 'ref', service: 'procedure_advanced_search_service_v2', provider: 'dvcquocgia', keyword: KEY, recordPerPage: ${PAGE_SIZE}, pageIndex: n })));
  }
  doSearch(1);
</script></body></html>`;
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase();
}

/** The procedures the replica's search lists for a keyword (its "Tổng số"). */
export function searchResults(keyword: string) {
  const kw = fold(keyword);
  return procedures.procedures.filter((p) => !kw || fold(p.name).includes(kw));
}

function restJsp(body: string): unknown[] {
  const params = JSON.parse(new URLSearchParams(body).get('params') ?? '{}') as { keyword?: string; pageIndex?: number; recordPerPage?: number };
  const all = searchResults(params.keyword ?? '');
  const size = params.recordPerPage ?? PAGE_SIZE;
  const page = params.pageIndex ?? 1;
  return all.slice((page - 1) * size, page * size).map((p, i) => ({
    ID: findFixture(p.code)?.numericId ?? 0,
    PROCEDURE_CODE: p.code,
    PROCEDURE_NAME: p.name,
    ROW_STT: (page - 1) * size + i + 1,
    TOTAL: all.length,
  }));
}

function loginPage(redirect: string): string {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập - Cổng Dịch vụ công Quốc gia</title>
<style>body{font-family:Arial,sans-serif;max-width:420px;margin:40px auto}input{display:block;width:100%;margin:6px 0 12px;padding:6px}</style></head>
<body><h1>Đăng nhập</h1><p>Replica: stand-in for the VNeID sign-in (no real account).</p>
<form id="login"><label for="username">Số định danh cá nhân</label><input id="username" name="username" autocomplete="off">
<label for="password">Mật khẩu</label><input id="password" name="password" type="password">
<button type="submit" class="custom-btn-resolve">Đăng nhập</button></form>
<form id="otp" hidden><label for="code">Nhập mã xác nhận gồm 6 chữ số</label><input id="code" inputmode="numeric"><button type="submit">Xác nhận</button></form>
<script>
  document.getElementById('login').addEventListener('submit', function (e) { e.preventDefault(); this.hidden = true; document.getElementById('otp').hidden = false; });
  document.getElementById('otp').addEventListener('submit', function (e) { e.preventDefault(); location.href = ${JSON.stringify(redirect)}; });
</script></body></html>`;
}

const DETAIL_PAGES = /^\/p\/home\/(dvc-chi-tiet-thu-tuc-hanh-chinh|dvc-chi-tiet-thu-tuc-nganh-doc|dvc-tthc-thu-tuc-hanh-chinh-chi-tiet)\.html$/;

export function dvcqgSite(req: IncomingMessage, url: URL, body: string, _res: ServerResponse): SiteAnswer {
  if (url.hostname === 'xacthuc.dichvucong.gov.vn') {
    if (url.pathname === '/oauth2/authorize') {
      const redirect = url.searchParams.get('redirect_uri') ?? 'https://vpcp.dichvucong.gov.vn/p/home/dvc-trang-chu.html';
      const safe = new URL(redirect).hostname.endsWith('dichvucong.gov.vn') ? redirect : 'https://vpcp.dichvucong.gov.vn/';
      return { html: loginPage(safe) };
    }
    return { status: 404, html: notFound() };
  }
  if (url.pathname === '/' || url.pathname === '/p/home/dvc-trang-chu.html') {
    return url.pathname === '/' ? { redirect: '/p/home/dvc-trang-chu.html' } : { html: homePage() };
  }
  if (url.pathname === '/jsp/rest.jsp' && req.method === 'POST') return { json: restJsp(body) };
  if (/^\/p\/home\/(dvc-tim-kiem-thu-tuc|dvc-dich-vu-cong-truc-tuyen-ds|dvc-danh-sach-thu-tuc-theo-nhom-su-kien)\.html$/.test(url.pathname)) {
    return { html: searchPage(url.searchParams.get('key') ?? url.searchParams.get('pkeyWord') ?? '') };
  }
  if (DETAIL_PAGES.test(url.pathname)) {
    const id = url.searchParams.get('ma_thu_tuc') ?? '';
    if (id === '1.001193' && url.pathname.includes('dvc-chi-tiet-thu-tuc-hanh-chinh')) {
      return { html: readReplicaFile('pages', 'dvcqg', 'procedure-detail-1.001193.html') };
    }
    const f = findFixture(id);
    if (f) return { html: detailPage(f) };
  }
  return { status: 404, html: notFound() };
}

export function notFound(): string {
  return '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Không tìm thấy trang</title></head><body><h1>Không tìm thấy trang</h1><p>Trang bạn yêu cầu không tồn tại.</p></body></html>';
}

/* Replica URLs:
 * /p/home/dvc-trang-chu.html · /p/home/dvc-tim-kiem-thu-tuc.html?key=… · POST /jsp/rest.jsp
 * /p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193 (shared snapshot)
 * /p/home/dvc-chi-tiet-thu-tuc-nganh-doc.html?ma_thu_tuc=1.004222 (asks for Sổ hộ khẩu / bản sao CCCD)
 * /p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=373812 (numeric id; code only in the popup)
 * https://xacthuc.dichvucong.gov.vn/oauth2/authorize?redirect_uri=…
 */
