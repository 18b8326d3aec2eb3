/**
 * The Ministry of Public Security replicas: the catalogue and entry on dichvucong.bocongan.gov.vn
 * (server-rendered, a fresh CSRF token on every load) and the residence forms on
 * dichvucong.dancuquocgia.gov.vn/portal/p/home/… built, as the real pages are, on jQuery, select2 and
 * bootstrap-datepicker (served from node_modules; dev dependencies only). The behaviour and the
 * notes' traps live in ../static/cutru-app.js. Page knowledge: shared/portals/filing-portals-2026.md §1.
 */
import { randomBytes } from 'node:crypto';
import { esc } from '../html';
import type { SiteAnswer } from '../server';
import { adminUnits } from './dvcqg-2026';
import { notFound } from './dvcqg';

export const BCA_HOST = 'dichvucong.bocongan.gov.vn';
export const CUTRU_HOST = 'dichvucong.dancuquocgia.gov.vn';
const CUTRU = `https://${CUTRU_HOST}/portal/p/home`;


interface CataloguePaper {
  name: string;
  form?: string;
  count: string;
}
interface CatalogueEntry {
  matt: string;
  code: string;
  name: string;
  /** Where "Nộp hồ sơ" lands: a residence form, or the entry's "no online process" answer. */
  form: string | null;
  papers: CataloguePaper[];
  fee: string;
}

/**
 * Catalogue entries by portal id (T3–T5). The papers are the ones the catalogue's own pages and the
 * packs' sources list; 26346's table shape is from https://dichvucong.bocongan.gov.vn/bocongan/bothutuc/tthc?matt=26346.
 */
export const BCA_CATALOGUE: CatalogueEntry[] = [
  {
    matt: '26344',
    code: '1.004194',
    name: 'Đăng ký tạm trú',
    form: `${CUTRU}/dang-ky-tam-tru.html?ma_thu_tuc=1.004194&TT=TAMTRU_01&TT_NAME=${encodeURIComponent('Đăng ký tạm trú')}`,
    papers: [
      { name: 'Tờ khai thay đổi thông tin cư trú', form: 'CT01.doc', count: 'Bản chính: 1 Bản sao: 0' },
      { name: 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', count: 'Bản chính: 0 Bản sao: 1' },
    ],
    fee: 'Trực tiếp: 15.000 đồng/lần đăng ký; Trực tuyến: 7.000 đồng/lần đăng ký',
  },
  {
    matt: '26346',
    code: '2.001159',
    name: 'Thông báo lưu trú',
    form: `${CUTRU}/thong-bao-luu-tru.html?ma_thu_tuc=2.001159`,
    papers: [],
    fee: 'Không',
  },
  {
    matt: '26345',
    code: '1.002755',
    name: 'Gia hạn tạm trú',
    form: null,
    papers: [{ name: 'Tờ khai thay đổi thông tin cư trú', form: 'CT01.doc', count: 'Bản chính: 1 Bản sao: 0' }],
    fee: 'Trực tiếp: 15.000 đồng/lần đăng ký; Trực tuyến: 7.000 đồng/lần đăng ký',
  },
  {
    matt: '26360',
    code: '1.004222',
    name: 'Đăng ký thường trú',
    form: null,
    papers: [
      { name: 'Tờ khai thay đổi thông tin cư trú', form: 'CT01.doc', count: 'Bản chính: 1 Bản sao: 0' },
      { name: 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', count: 'Bản chính: 0 Bản sao: 1' },
    ],
    fee: 'Trực tiếp: 20.000 đồng/lần đăng ký; Trực tuyến: 10.000 đồng/lần đăng ký; 07 ngày',
  },
];

function bcaPage(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${esc(title)} - Cổng dịch vụ công Bộ Công an</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:Arial,sans-serif;margin:0;color:#222}header{background:#8b0000;color:#fff;padding:12px 24px;font-weight:bold}
main{max-width:1100px;margin:0 auto;padding:16px}.tthc-title h4{font-size:22px;color:#8b0000}
.tthc-list-item{border:1px solid #ddd;margin-bottom:6px}.item-title{background:#f5f5f5;padding:8px 12px;font-weight:bold;cursor:pointer}
.tthc-list-item-detail{padding:8px 12px}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:6px;text-align:left}
.bca-search-btn{display:inline-block;background:#8b0000;color:#fff;padding:10px 22px;text-decoration:none;border-radius:4px;margin:12px 0}
.list a{display:block;padding:6px 0}
</style></head>
<body><header>CỔNG DỊCH VỤ CÔNG BỘ CÔNG AN</header><main>${body}</main></body></html>`;
}

function detailPage(e: CatalogueEntry): string {
  const csrf = randomBytes(12).toString('hex');
  const papers = e.papers.length
    ? `<table><thead><tr><th>Tên giấy tờ</th><th>Mẫu đơn, tờ khai</th><th>Số lượng</th></tr></thead><tbody>${e.papers
        .map((p) => `<tr><td>${esc(p.name)}</td><td>${p.form ? `<a href="/public_dir/tttl/${esc(p.form)}">${esc(p.form)}</a>` : ''}</td><td>${esc(p.count)}</td></tr>`)
        .join('')}</tbody></table>`
    : '<p>Không có thành phần hồ sơ.</p>';
  const items: [string, string][] = [
    ['Mã thủ tục', e.code],
    ['Lĩnh vực', 'Đăng ký, quản lý cư trú'],
    ['Cơ quan thực hiện', 'Công an cấp xã'],
    ['Cách thức thực hiện', 'Trực tiếp; Trực tuyến'],
    ['Trình tự thực hiện', 'Công dân nộp hồ sơ; cơ quan đăng ký cư trú kiểm tra, cập nhật thông tin vào Cơ sở dữ liệu về cư trú.'],
    ['Thời hạn giải quyết', '03 ngày làm việc'],
    ['Phí', e.fee],
    ['Lệ Phí', 'Theo quy định'],
    ['Thành phần hồ sơ', papers],
    ['Yêu cầu - điều kiện', 'Không'],
    ['Căn cứ pháp lý', 'Luật Cư trú số 68/2020/QH14'],
    ['Biểu mẫu', 'CT01'],
    ['Kết quả thực hiện', 'Cập nhật thông tin vào Cơ sở dữ liệu về cư trú'],
    ['Đối tượng thực hiện', 'Công dân Việt Nam'],
  ];
  const accordion = items
    .map(([title, body], i) => `<div class="tthc-list-item"><div class="item-title" data-toggle="collapse" data-target="#c${i}">${esc(title)}</div><div class="tthc-panel-collapse" id="c${i}"><div class="tthc-list-item-detail">${title === 'Thành phần hồ sơ' ? body : esc(body)}</div></div></div>`)
    .join('\n');
  return bcaPage(
    e.name,
    `<input type="hidden" name="_csrf" value="${csrf}">
<div class="tthc-title"><h4>${esc(e.name)}</h4></div>
<a class="btn bca-search-btn" href="/bo-cong-an/tiep-nhan-online/chon-truong-hop-ho-so?ma-thu-tuc-public=${e.matt}">Nộp hồ sơ</a>
<div class="tthc-list">${accordion}</div>
<script nonce="${randomBytes(8).toString('hex')}">document.querySelectorAll('.item-title').forEach(function(t){t.addEventListener('click',function(){var p=t.nextElementSibling;p.style.display=p.style.display==='none'?'':'none';});});</script>`,
  );
}

function searchPage(q: string): string {
  const fq = q.normalize('NFC').toLowerCase();
  const hits = BCA_CATALOGUE.filter((e) => !fq || e.name.toLowerCase().includes(fq));
  return bcaPage(
    'Tìm kiếm thủ tục',
    `<h3>Kết quả tìm kiếm thủ tục hành chính</h3><form method="get" action="/bocongan/bothutuc/listThuTuc"><input name="tukhoa" value="${esc(q)}" placeholder="Nhập từ khóa"><button type="submit">Tìm kiếm</button></form>
<div class="list">${hits.map((e) => `<a href="/bocongan/bothutuc/tthc?matt=${e.matt}">${esc(e.name)}</a>`).join('')}</div>`,
  );
}

export function bcaSite(url: URL): SiteAnswer {
  const path = url.pathname;
  if (path === '/' || path === '/dich-vu-cong/cong-dan') return { html: searchPage('') };
  if (path === '/bocongan/bothutuc/listThuTuc') return { html: searchPage(url.searchParams.get('tukhoa') ?? '') };
  if (path === '/bocongan/bothutuc/tthc') {
    const e = BCA_CATALOGUE.find((x) => x.matt === url.searchParams.get('matt'));
    return e ? { html: detailPage(e) } : { status: 404, html: notFound() };
  }
  if (path === '/bo-cong-an/tiep-nhan-online/chon-truong-hop-ho-so') {
    const e = BCA_CATALOGUE.find((x) => x.matt === url.searchParams.get('ma-thu-tuc-public'));
    if (e?.form) return { redirect: e.form };
    return { html: bcaPage('Chọn trường hợp hồ sơ', '<div class="alert alert-warning" role="alert">Không tìm thấy quy trình xử lý online</div>') };
  }
  return { status: 404, html: notFound() };
}

// ---- dichvucong.dancuquocgia.gov.vn ----

/** Provinces and their wards, from our admin-units file; wards go out decomposed (NFD), as the portal stores them. */
function provinceOptions(): string {
  return adminUnits()
    .provinces.map((p, i) => `<option value="${i + 1}">${esc(p)}</option>`)
    .join('');
}
export function wardsOf(province: number): { id: string; text: string }[] {
  const units = adminUnits();
  const name = units.provinces[province - 1];
  return (name ? (units.wards.get(name) ?? []) : []).map((w, i) => ({ id: `${province}-${i + 1}`, text: w.normalize('NFD') }));
}

/** The attachment rows per sub-case (T2 fixtures; the xóa rows come in another order). */
export const SUB_CASES: Record<string, { title: string; rows: string[] }> = {
  '1': { title: 'Trường hợp chỗ ở hợp pháp thuộc quyền sở hữu của mình', rows: ['Tờ khai thay đổi thông tin cư trú', 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp'] },
  '2': { title: 'Trường hợp chỗ ở hợp pháp do thuê, mượn, ở nhờ', rows: ['Tờ khai thay đổi thông tin cư trú', 'Hợp đồng cho thuê, cho mượn, cho ở nhờ', 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp'] },
  '3': { title: 'Trường hợp xóa đăng ký tạm trú', rows: ['Giấy tờ chứng minh về việc không còn chỗ ở hợp pháp', 'Tờ khai thay đổi thông tin cư trú'] },
};

function cutruShell(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Cổng dịch vụ công quản lý cư trú</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/__replica/lib/select2.min.css">
<link rel="stylesheet" href="/__replica/lib/bootstrap-datepicker.min.css">
<style>
body{font-family:Arial,sans-serif;margin:0;color:#222;font-size:14px}header{background:#0b5394;color:#fff;padding:12px 24px;font-weight:bold}
.container{max-width:1140px;margin:0 auto;padding:12px 16px 80px}.title-form{color:#0b5394;text-transform:uppercase;font-size:20px;margin:8px 0 16px}
.panel{border:1px solid #c9d6e6;margin-bottom:14px}.panel-heading{background:#e8f0fa;padding:8px 12px;font-weight:bold;text-transform:uppercase}
.panel-body{padding:10px 12px;display:flex;flex-wrap:wrap;gap:8px 16px}.form-group{display:flex;flex-direction:column;width:31%;min-width:240px}
.form-group.wide{width:100%}.form-group label{margin-bottom:3px}.required{color:#c00}.form-control{padding:6px;border:1px solid #aaa;border-radius:3px}
.select2-container{width:100%!important}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:5px;vertical-align:top}
.sub-cases a{display:block;color:#0b5394;margin:4px 0;cursor:pointer}.btn{padding:8px 18px;border:0;border-radius:3px;cursor:pointer;font-size:14px}
.btn-primary{background:#0b5394;color:#fff}.btn-default{background:#ddd}.actions{display:flex;gap:12px;justify-content:center;margin-top:16px}
.alert{padding:10px 14px;margin:10px 0;border-radius:3px}.alert-danger{background:#fde2e2;color:#8a1f1f}.alert-success{background:#e2f5e2;color:#1f5e1f}
.modal{position:fixed;inset:0;background:rgba(0,0,0,.45);display:none;align-items:center;justify-content:center;z-index:1000}.modal.in{display:flex}
.modal-dialog{background:#fff;max-width:640px;width:90%;padding:16px;border-radius:4px}.file-name{display:block;color:#1f5e1f}
</style></head>
<body><header>CỔNG DỊCH VỤ CÔNG QUẢN LÝ CƯ TRÚ</header>
<div class="container">${body}</div>
<div class="modal" id="modalThongBao" role="dialog" aria-modal="true"><div class="modal-dialog"><div class="modal-body" id="lblThongBao"></div><div class="actions"><button type="button" class="btn btn-default" id="btnDongThongBao">Đóng</button></div></div></div>
<script src="/__replica/lib/jquery.min.js"></script>
<script src="/__replica/lib/select2.min.js"></script>
<script src="/__replica/lib/bootstrap-datepicker.min.js"></script>
<script>window.__cutruPage=${JSON.stringify({ title })};</script>
<script src="/__replica/cutru-app.js"></script>
</body></html>`;
}

const group = (id: string, label: string, control: string, opts: { required?: boolean; wide?: boolean } = {}) =>
  `<div class="form-group${opts.wide ? ' wide' : ''}"><label for="${id}">${esc(label)}${opts.required ? ' <span class="required">(*)</span>' : ''}</label>${control}</div>`;
const input = (id: string, extra = '') => `<input type="text" class="form-control" id="${id}" name="${id}" ${extra}>`;

function agencyBlock(old: boolean): string {
  if (old) {
    // The older three-level form (T1): province, district, ward, then the police unit.
    return `${group('cboRECEIVE_ADDR_CITY_ID', 'Tỉnh/ Thành phố', `<select class="form-control select2" id="cboRECEIVE_ADDR_CITY_ID"><option value="">-- Chọn --</option>${provinceOptions()}</select>`, { required: true })}
${group('cboRECEIVE_ADDR_DISTRICT_ID', 'Quận/ Huyện', '<select class="form-control select2" id="cboRECEIVE_ADDR_DISTRICT_ID"><option value="">-- Chọn --</option></select>', { required: true })}
${group('cboRECEIVE_ADDR_VILLAGE_ID', 'Phường/ Xã', '<select class="form-control select2" id="cboRECEIVE_ADDR_VILLAGE_ID"><option value="">-- Chọn --</option></select>', { required: true })}
${group('cboORG', 'Cơ quan thực hiện', '<select class="form-control" id="cboORG"><option value="">-- Chọn --</option></select>', { required: true })}`;
  }
  return `${group('cboRECEIVE_ADDR_CITY_CODE', 'Tỉnh/ Thành phố', `<select class="form-control select2" id="cboRECEIVE_ADDR_CITY_CODE"><option value="">-- Chọn Tỉnh/ Thành phố --</option>${provinceOptions()}</select>`, { required: true })}
${group('cboRECEIVE_ADDR_VILLAGE_CODE', 'Phường/ Xã', '<select class="form-control select2" id="cboRECEIVE_ADDR_VILLAGE_CODE"><option value="">-- Chọn Phường/ Xã --</option></select>', { required: true })}
${group('txtRECEIVE_ORG_ADDRESS', 'Cơ quan thực hiện', input('txtRECEIVE_ORG_ADDRESS', 'disabled'))}`;
}

function tamTruPage(url: URL, variant: string): string {
  const tt = url.searchParams.get('TT') ?? '';
  const title = tt === 'TAMTRU_06' ? 'Xóa đăng ký tạm trú' : 'Đăng ký tạm trú';
  const procOption = (v: string, t: string) => `<option value="${v}">${t}</option>`;
  return cutruShell(
    title,
    `<h3 class="title-form">${esc(title)}</h3>
<form id="frmDangKy" onsubmit="return false">
<div class="panel"><div class="panel-heading">Cơ quan thực hiện</div><div class="panel-body">${agencyBlock(variant === 'old-agency')}</div></div>
<div class="panel"><div class="panel-heading">Thông tin thủ tục</div><div class="panel-body">
${group('cboBPROC_TYPE_CODE', 'Thủ tục', `<select class="form-control" id="cboBPROC_TYPE_CODE"><option value="">-- Chọn thủ tục --</option>${procOption('TAMTRU_01', 'Đăng ký tạm trú')}${procOption('TAMTRU_06', 'Xóa đăng ký tạm trú')}</select>`, { required: true })}
${group('cboBPROC_CASE_CODE', 'Chọn trường hợp', '<select class="form-control select2" id="cboBPROC_CASE_CODE"><option value="">-- Chọn trường hợp --</option></select>', { required: true })}
<div class="form-group" id="grpREGISTRATION"><span>Hình thức đăng ký</span><label><input type="radio" name="radREGISTRATION" id="chkNEW_REGISTRATION"> Đăng ký lập hộ mới</label><label><input type="radio" name="radREGISTRATION" id="chkNOT_NEW_REGISTRATION"> Đăng ký vào hộ đã có</label></div>
</div></div>
<div class="panel"><div class="panel-heading">Thông tin người khai</div><div class="panel-body">
<div class="form-group wide"><label><input type="radio" name="radREPORTER" id="chkIS_REPORTER"> Người khai thông tin là người đăng ký tạm trú</label><label><input type="radio" name="radREPORTER" id="chkIS_NOT_CHANGED_PERSON"> Khai hộ</label></div>
${group('txtFULLNAME', 'Họ, chữ đệm và tên', input('txtFULLNAME'), { required: true })}
${group('cboDATE_FORMAT', 'Định dạng ngày sinh', '<select class="form-control" id="cboDATE_FORMAT"><option value="DDMMYYYY">Ngày/tháng/năm</option><option value="YYYY">Năm</option></select>')}
${group('txtDOB', 'Ngày, tháng, năm sinh', input('txtDOB', 'placeholder="dd/mm/yyyy" autocomplete="off"'), { required: true })}
${group('cboGENDER_CODE', 'Giới tính', '<select class="form-control" id="cboGENDER_CODE"><option value="">-- Chọn --</option><option value="2">Nam</option><option value="3">Nữ</option><option value="4">Khác</option></select>', { required: true })}
${group('txtIDENTIFIER_NUMBER', 'Số định danh cá nhân', input('txtIDENTIFIER_NUMBER', 'maxlength="12"'), { required: true })}
${group('txtPHONE_NUMBER', 'Số điện thoại', input('txtPHONE_NUMBER'))}
${group('txtEMAIL', 'Email', input('txtEMAIL'))}
<input type="hidden" id="txtCITIZEN_SECRET">
</div></div>
<div class="panel"><div class="panel-heading">Nội dung đề nghị</div><div class="panel-body">
${group('txtSUGGEST_ADDRESS', 'Địa chỉ chỗ ở', input('txtSUGGEST_ADDRESS'), { required: true, wide: true })}
${group('txtHH_PERSON_FULLNAME', 'Họ và tên chủ hộ', input('txtHH_PERSON_FULLNAME'))}
${group('cboHH_PERSON_RELATIONSHIP_CODE', 'Quan hệ với chủ hộ', '<select class="form-control" id="cboHH_PERSON_RELATIONSHIP_CODE"><option value="">-- Chọn --</option><option value="CH01">Chủ hộ</option><option value="CH02">Vợ</option><option value="CH03">Chồng</option><option value="CH04">Con</option></select>')}
${group('txtHH_PERSON_IDENTIFIER_NUMBER', 'Số định danh cá nhân của chủ hộ', input('txtHH_PERSON_IDENTIFIER_NUMBER', 'maxlength="12"'))}
${group('txtTEMP_RESIDENT_FROM', 'Thời hạn tạm trú từ ngày', input('txtTEMP_RESIDENT_FROM', 'placeholder="dd/mm/yyyy" autocomplete="off"'))}
${group('txtTEMP_RESIDENT_TO', 'Đến ngày', input('txtTEMP_RESIDENT_TO', 'placeholder="dd/mm/yyyy" autocomplete="off"'))}
${group('txtCHANGED_NOTE', 'Nội dung đề nghị', '<textarea class="form-control" id="txtCHANGED_NOTE" rows="2"></textarea>', { wide: true })}
<div class="form-group wide" id="divListNormal"><span>Những người cùng thay đổi</span>
<table id="tblNguoi_CUNGTD"><thead><tr><th>STT</th><th>Họ và tên</th><th>Số định danh cá nhân</th><th>Quan hệ với chủ hộ</th></tr></thead><tbody></tbody></table>
<a href="javascript:void(0)" class="addrow_CUNGTD add_CUNGTD">+ Thêm người cùng thay đổi</a></div>
</div></div>
<div class="panel" id="dossier"><div class="panel-heading">Hồ sơ đính kèm</div><div class="panel-body" style="display:block">
<div class="sub-cases" id="divSubCases"></div>
<div id="divGiayToDinhKem"></div>
<button type="button" class="btn btn-default" id="btnDocument">+ Thêm mới</button>
<a href="/portal/public_dir/CT01.pdf" id="lnkCT01">In CT01</a>
</div></div>
<div class="panel"><div class="panel-body">
${group('txtTONGPHI', 'Tổng phí, lệ phí', input('txtTONGPHI', 'readonly'))}
<div class="form-group"><button type="button" class="btn btn-default" id="btnCheckFee">Kiểm tra thông tin lệ phí</button></div>
</div></div>
<div><input type="checkbox" id="chkCHECK_LIABILITY"> <label for="chkCHECK_LIABILITY">Tôi xin chịu trách nhiệm trước pháp luật về lời khai trên</label></div>
<div id="divMessage"></div>
<div class="actions"><button type="button" class="btn btn-default" id="btn-save">Lưu nháp</button><button type="button" class="btn btn-primary" id="btn-save-send">Nộp hồ sơ</button></div>
</form>`,
  );
}

function luuTruPage(): string {
  return cutruShell(
    'Thông báo lưu trú',
    `<h3 class="title-form">Thông báo lưu trú</h3>
<form id="frmLuuTru" onsubmit="return false">
<div class="panel"><div class="panel-heading">Thông tin cơ sở lưu trú</div><div class="panel-body">
${group('accomStay_cboPROVINCE_ID', 'Tỉnh/ Thành phố', `<select class="form-control select2" id="accomStay_cboPROVINCE_ID"><option value="">-- Chọn Tỉnh/ Thành phố --</option>${provinceOptions()}</select>`, { required: true })}
${group('accomStay_cboADDRESS_ID', 'Phường/ Xã', '<select class="form-control select2" id="accomStay_cboADDRESS_ID"><option value="">-- Chọn Phường/ Xã --</option></select>', { required: true })}
<div class="form-group"><span>Loại địa chỉ</span><label><input type="radio" name="radADDRESS_TYPE" value="1" checked> Cơ sở lưu trú</label><label><input type="radio" name="radADDRESS_TYPE" value="2"> Hộ gia đình</label></div>
${group('accomStay_cboACCOMMODATION_TYPE', 'Loại cơ sở lưu trú', '<select class="form-control" id="accomStay_cboACCOMMODATION_TYPE"><option value="">-- Chọn --</option><option value="1">Nhà ngăn phòng cho thuê</option><option value="2">Khách sạn</option><option value="3">Nhà nghỉ</option><option value="4">Hộ gia đình</option></select>', { required: true })}
${group('accomStay_txtNAME_T', 'Tên cơ sở lưu trú', input('accomStay_txtNAME_T'), { required: true })}
${group('accomStay_txtADDRESS', 'Địa chỉ chi tiết', input('accomStay_txtADDRESS'), { required: true, wide: true })}
</div></div>
<div class="panel"><div class="panel-heading">Danh sách người lưu trú</div><div class="panel-body" style="display:block">
<a href="javascript:void(0)" id="btnAddPersonLT" class="btn btn-primary">THÊM MỚI NGƯỜI LƯU TRÚ</a>
<table id="tblNguoiLuuTru"><thead><tr><th>STT</th><th>Họ và tên</th><th>Ngày sinh</th><th>Thời gian lưu trú</th></tr></thead><tbody></tbody></table>
</div></div>
<div><input type="checkbox" id="chkCHECK_LIABILITY"> <label for="chkCHECK_LIABILITY">Tôi xin chịu trách nhiệm trước pháp luật về lời khai trên</label></div>
<div id="divMessage"></div>
<div class="actions"><button type="button" class="btn btn-primary" id="btnSaveSend">Nộp hồ sơ</button></div>
</form>
<div class="modal" id="addpersonLT" role="dialog" aria-modal="true"><div class="modal-dialog"><h4>Thông tin người lưu trú</h4><div class="panel-body">
${group('guest_txtCITIZENNAME', 'Họ và tên', input('guest_txtCITIZENNAME'), { required: true })}
${group('guest_txtIDCARD_NUMBER', 'Số định danh cá nhân', input('guest_txtIDCARD_NUMBER', 'maxlength="12"'), { required: true })}
${group('guest_txtDOB', 'Ngày sinh', input('guest_txtDOB', 'placeholder="dd/mm/yyyy" autocomplete="off"'), { required: true })}
${group('guest_cboGENDER_ID', 'Giới tính', '<select class="form-control" id="guest_cboGENDER_ID"><option value="">-- Chọn --</option><option value="2">Nam</option><option value="3">Nữ</option></select>')}
${group('guest_txtROOM', 'Số phòng', input('guest_txtROOM'))}
${group('guest_txtREASON', 'Lý do lưu trú', input('guest_txtREASON'))}
${group('guest_txtSTART_DATE', 'Lưu trú từ ngày', input('guest_txtSTART_DATE', 'placeholder="dd/mm/yyyy" autocomplete="off"'), { required: true })}
${group('guest_txtEND_DATE', 'Đến ngày', input('guest_txtEND_DATE', 'placeholder="dd/mm/yyyy" autocomplete="off"'), { required: true })}
</div><div class="actions"><button type="button" class="btn btn-default" id="btnCloseNLT">Đóng</button><button type="button" class="btn btn-primary" id="btnSaveNLT">Lưu</button></div></div></div>
<div class="modal in" id="frm_View_Huongdan" role="dialog" aria-modal="true"><div class="modal-dialog"><h4>Hướng dẫn thông báo lưu trú</h4>
<p>Chọn cơ sở lưu trú, thêm từng người lưu trú, xác nhận lời khai rồi bấm Nộp hồ sơ.</p>
<div class="actions"><button type="button" class="btn btn-primary" id="btnCloseHuongdan">Đóng</button></div></div></div>`,
  );
}

/** Dossier rows of the lists. The codes are the G01 shape the portal prints (T3); they are never stored by us. */
function listPage(kind: 'sent' | 'drafts' | 'lookup'): string {
  const row = (code: string, proc: string, status: string) =>
    `<tr onclick="view_hoso_dvc(${code.slice(-6)},2)"><td>${esc(code)}</td><td><div>Cơ quan thực hiện: Công an Phường Ba Đình</div><div>Thủ tục hành chính: ${esc(proc)}</div><div>Ngày nộp: 16/09/2026</div><div>Trạng thái: ${esc(status)}</div></td></tr>`;
  const body =
    kind === 'lookup'
      ? '<h3 class="title-form">Tra cứu hồ sơ</h3><form onsubmit="return false"><div class="form-group"><label for="txtMA_HO_SO">Mã hồ sơ</label><input class="form-control" id="txtMA_HO_SO"></div><button class="btn btn-primary" type="button">Tra cứu</button></form>'
      : `<h3 class="title-form">${kind === 'drafts' ? 'Hồ sơ chưa gửi' : 'Hồ sơ đã nộp'}</h3><table id="tblHoSo"><tbody>${
          kind === 'drafts' ? row('G01.863.805-260916-890126', 'Đăng ký tạm trú', 'Chưa gửi') : row('G01.863.805-260916-890125', 'Đăng ký tạm trú', 'Đã xử lý')
        }</tbody></table>`;
  return cutruShell('Hồ sơ', body);
}

const F5_REJECTED = '<html><head><title>Request Rejected</title></head><body>The requested URL was rejected. Please consult with your administrator.<br><br>Your support ID is: 11867412987411233201<br><br><a href="javascript:history.back();">[Go Back]</a></body></html>';

/** The replica's own JSON calls. The product never depends on these paths (the recorder pairs uploads by time). */
export function cutruApi(url: URL, method: string): SiteAnswer {
  const path = url.pathname;
  if (path === '/portal/api/danh-muc/xa') return { json: { code: 'OK', data: wardsOf(Number(url.searchParams.get('tinh'))) } };
  if (path === '/portal/api/danh-muc/truong-hop') {
    const proc = url.searchParams.get('thu_tuc');
    const data =
      proc === 'TAMTRU_06'
        ? [
            { id: 'TAT-XOA-13', text: 'Xóa đăng ký tạm trú cho cá nhân do không còn chỗ ở hợp pháp' },
            { id: 'TAT-XOA-14', text: 'Xóa đăng ký tạm trú cả hộ do không còn chỗ ở hợp pháp' },
            { id: 'TAT-XOA-15', text: 'Xóa đăng ký tạm trú do vắng mặt liên tục' },
          ]
        : proc === 'TAMTRU_01'
          ? [{ id: 'TAT-DKTT-THUONG', text: 'Đăng ký tạm trú (nhân khẩu, hộ)' }]
          : [];
    return { json: { code: 'OK', data } };
  }
  if (path === '/portal/api/thanh-phan-ho-so') {
    const sub = SUB_CASES[url.searchParams.get('ma') ?? ''];
    return { json: { code: 'OK', data: sub ? sub.rows : [] } };
  }
  if (path === '/portal/api/cong-dan' && method === 'GET') {
    // The population database's answer for the signed-in person (the REPORTER prefill, T3): a fixture person.
    return { json: { code: 'OK', data: { fullname: 'NGUYỄN VĂN AN', dob: '01/02/1990', gender: '2', id: '001090012345', hhName: 'NGUYỄN VĂN AN', hhRel: 'CH01', hhId: '001090012345' } } };
  }
  if (method === 'POST' && (path === '/portal/api/tai-lieu' || path === '/portal/api/ho-so/luu-nhap' || path === '/portal/api/ho-so/nop')) {
    return { json: { code: 'OK', data: { id: 890125 } } };
  }
  return { status: 404, json: { code: 'NOT_FOUND' } };
}

export function cutruSite(url: URL, method: string, variant: string): SiteAnswer {
  if (variant === 'request-rejected') return { html: F5_REJECTED };
  if (url.pathname.startsWith('/portal/api/')) return cutruApi(url, method);
  const page = url.pathname.replace(/^\/portal\/p\/home\//, '');
  if (page === 'dang-ky-tam-tru.html') return { html: tamTruPage(url, variant) };
  if (page === 'thong-bao-luu-tru.html') return { html: luuTruPage() };
  if (page === 'ho-so.html') return { html: listPage('sent') };
  if (page === 'xem-ho-so.html') return { html: listPage(url.searchParams.get('type') === '1' ? 'drafts' : 'sent') };
  if (page === 'tra-cuu-ho-so.html') return { html: listPage('lookup') };
  return { status: 404, html: notFound() };
}

/* The pages:
 * https://dichvucong.bocongan.gov.vn/bocongan/bothutuc/tthc?matt=26344
 * https://dichvucong.dancuquocgia.gov.vn/portal/p/home/dang-ky-tam-tru.html?ma_thu_tuc=1.004194&TT=TAMTRU_06
 * https://dichvucong.dancuquocgia.gov.vn/portal/p/home/thong-bao-luu-tru.html?ma_thu_tuc=2.001159
 */
