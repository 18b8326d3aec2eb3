/**
 * The Ministry of Justice civil-status portal replica: the wizard's shell and JSON API on
 * dichvucongnganhtuphap.moj.gov.vn, and the declaration e-form page on tokhaidientu.moj.gov.vn
 * (shown only in the wizard's iframe). Page knowledge: shared/portals/filing-portals-2026.md §2.
 */
import { EFORM_SCRIPT, MOJ_APP_SCRIPT, MOJ_APP_STYLE, MOJ_HOST, type MojProcedure } from '../apps/moj/data';
import { esc } from '../html';
import type { SiteAnswer } from '../server';

/** The wizard's procedures. Kết hôn rows: the portal's wording as quoted by a public bot (T9, id 67205998207). */
export const MOJ_PROCEDURES: MojProcedure[] = [
  {
    code: '1.000894',
    formId: '2041',
    title: 'Đăng ký kết hôn',
    eformId: '0195e0c4-7a2b-7c11-9d00-000000000894',
    rows: [
      { name: '- Mẫu hộ tịch điện tử tương tác đăng ký kết hôn (do người yêu cầu cung cấp thông tin theo hướng dẫn trên Cổng dịch vụ công, nếu người có yêu cầu lựa chọn nộp hồ sơ theo hình thức trực tuyến)', required: true, generated: true },
      {
        name: '- Hộ chiếu/Chứng minh nhân dân/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước hoặc các giấy tờ khác có dán ảnh và thông tin cá nhân do cơ quan có thẩm quyền cấp, còn giá trị sử dụng để chứng minh về nhân thân của cả hai bên có yêu cầu đăng ký lại kết hôn. Trường hợp các thông tin cá nhân trong các giấy tờ này đã có trong CSDLQGVDC, CSDLHTĐT, được hệ thống điền tự động thì không phải tải lên (theo hình thức trực tuyến).',
        required: false,
      },
      {
        name: '- Giấy tờ có giá trị chứng minh thông tin về cư trú trong trường hợp cơ quan đăng ký hộ tịch không thể khai thác được thông tin về nơi cư trú của công dân theo các phương thức quy định tại khoản 2 Điều 14 Nghị định số 104/2022/NĐ-CP ngày 21/12/2022 của Chính phủ. Trường hợp các thông tin về giấy tờ chứng minh nơi cư trú đã được khai thác từ Cơ sở dữ liệu quốc gia về dân cư bằng các phương thức này thì người có yêu cầu không phải xuất trình (theo hình thức trực tiếp) hoặc tải lên (theo hình thức trực tuyến).',
        required: false,
      },
      // A row of our own that asks for a paper outright: the once-only check must still flag this one.
      { name: 'Giấy xác nhận tình trạng hôn nhân (trường hợp cư trú ở xã khác)', required: false },
    ],
  },
  // The other hộ tịch procedures the wizard takes (T9's code list); their rows are our own wording.
  {
    code: '1.001193',
    formId: '2011',
    title: 'Đăng ký khai sinh',
    eformId: '0195e0c4-7a2b-7c11-9d00-000000001193',
    rows: [
      { name: 'Tờ khai đăng ký khai sinh', required: true, generated: true },
      { name: 'Giấy chứng sinh', required: true },
      { name: 'Văn bản ủy quyền (nếu có)', required: false },
    ],
  },
  {
    code: '1.004873',
    formId: '2048',
    title: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    eformId: '0195e0c4-7a2b-7c11-9d00-000000004873',
    rows: [
      { name: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', required: true, generated: true },
      { name: 'Giấy tờ chứng minh việc ly hôn hoặc người kia đã chết (nếu có)', required: false },
    ],
  },
  {
    code: '2.000635',
    formId: '2035',
    title: 'Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh',
    eformId: '0195e0c4-7a2b-7c11-9d00-000000000635',
    rows: [
      { name: 'Tờ khai cấp bản sao trích lục hộ tịch', required: true, generated: true },
      { name: 'Văn bản ủy quyền (nếu có)', required: false },
    ],
  },
  {
    code: null,
    formId: '2042',
    title: 'Đăng ký kết hôn có yếu tố nước ngoài',
    eformId: '0195e0c4-7a2b-7c11-9d00-00000000f894',
    rows: [{ name: 'Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài', required: true }],
  },
];

/** The form URL the national portal's card hands over to (T9): the code is in maThuTuc. */
export function mojFormUrl(code: string | null): string {
  const p = MOJ_PROCEDURES.find((x) => x.code === code)!;
  const query = p.code ? `?vneid=1&tinhThanhId=51&maThuTuc=${p.code}&MaDVC=${p.code}.01` : '?vneid=1&tinhThanhId=51';
  return `${MOJ_HOST}/nop-ho-so/${p.formId}${query}`;
}

function shell(): string {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cổng dịch vụ công ngành Tư pháp</title><link rel="stylesheet" href="${MOJ_APP_STYLE}"></head>
<body><div id="root"></div><script src="${MOJ_APP_SCRIPT}"></script></body></html>`;
}

let dossiers = 0;
export function mojSite(url: URL, method: string): SiteAnswer {
  const proc = /^\/api\/thu-tuc\/(\d+)$/.exec(url.pathname);
  if (proc) {
    const p = MOJ_PROCEDURES.find((x) => x.formId === proc[1]);
    return p ? { json: p } : { status: 404, json: { message: 'Không tìm thấy thủ tục' } };
  }
  if (url.pathname === '/api/tep-dinh-kem') return method === 'POST' ? { json: { ok: true } } : { status: 405, json: {} };
  if (url.pathname === '/api/nop-ho-so') {
    if (method !== 'POST') return { status: 405, json: {} };
    dossiers += 1;
    return { json: { maHoSo: `G22.103.26.${String(123 + dossiers).padStart(6, '0')}` } };
  }
  if (url.pathname.startsWith('/api/')) return { status: 404, json: {} };
  return { html: shell() };
}

export function eformSite(url: URL): SiteAnswer {
  const form = MOJ_PROCEDURES.find((p) => url.pathname === `/e-form/${p.eformId}`);
  if (!form) return { status: 404, html: '<!DOCTYPE html><title>404</title><h1>Không tìm thấy biểu mẫu</h1>' };
  return {
    html: `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tờ khai điện tử</title>
<style>body{font-family:Arial,sans-serif;margin:12px;font-size:15px}.row{margin:8px 0}.caption{display:inline-block;min-width:220px}
.input-field-select{display:inline-block;min-width:200px;border:1px solid #aaa;padding:4px;cursor:pointer}.option-list{list-style:none;border:1px solid #aaa;margin:0;padding:0;max-width:300px;background:#fff}
.option-list li{padding:4px;cursor:pointer}.party{border-top:1px solid #ddd;padding-top:8px}.required{color:#c00}</style></head>
<body><div id="eform" data-form="${form.code === '1.000894' ? 'ket-hon' : 'chung'}" data-title="${esc(form.title)}">Đang tải biểu mẫu...</div><script src="${EFORM_SCRIPT}"></script></body></html>`,
  };
}
