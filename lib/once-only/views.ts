/**
 * What a page's once-only check returns to the content script: findings already put in words
 * (vi or en) so the content script carries no catalogue, plus the ready-to-send report text.
 * Pure: the background calls it with the bundled catalogue.
 */
import type { Catalogue, LegalRef } from './catalogue.schema';
import type { Finding, Matcher, Reason, RequestSource } from './matcher';
import { localStamp } from '../export/csv';
import type { PortalId } from '../portals/types';
import { MAX_ITEM_TEXT } from './page-items';
import { legalTitle, paperById, type Lang } from './report';

export interface OnceOnlyItem {
  /** Chosen by the content script to find the element again; never stored. */
  key: string;
  text: string;
  source: RequestSource;
  group: string | null;
  /** A row the person added and named: its text is theirs, shown live but never stored. */
  addedByPerson?: boolean;
}

export interface OnceOnlyRequest {
  portal: PortalId;
  host: string;
  procedureCode: string | null;
  procedureName: string | null;
  lang: Lang;
  items: OnceOnlyItem[];
}

export interface OnceOnlyView {
  key: string;
  verdict: Finding['verdict'];
  reason: Reason;
  paperId: string;
  /** The portal's wording, as shown on the page (in memory only: the store keeps the matched words). */
  text: string;
  addedByPerson: boolean;
  paper: string;
  database: string;
  explanation: string;
  caveat: string;
  legal: { title: string; summary: string }[];
  report: string;
}

/** Limit on what a page may send: a page is never read in full (labels are cut at MAX_ITEM_TEXT). */
export const MAX_ITEMS = 400;

const EXPLAIN: Record<Lang, Record<Reason, (paper: string, db: string) => string>> = {
  vi: {
    abolished: (p, db) => `${p} đã hết giá trị sử dụng; thông tin cư trú nằm trong ${db}. Cổng không được yêu cầu giấy này.`,
    shared: (p, db) => `Thông tin của ${p.toLowerCase()} đã có trong ${db}. Cơ quan phải tự tra cứu, không yêu cầu người dân nộp.`,
    partial: (p, db) => `Thông tin của ${p.toLowerCase()} có thể đã có trong ${db}. Chỉ được yêu cầu khi không tra cứu được dữ liệu.`,
    'page-condition': (_p, db) => `Chính trang cổng ghi rằng giấy này không cần nếu dữ liệu đã có trong ${db}. Cán bộ cần tra cứu trước khi yêu cầu.`,
    'identity-alternative': (p, db) => `Với công dân Việt Nam có số định danh cá nhân, thông tin của ${p.toLowerCase()} đã có trong ${db}; chỉ người dùng hộ chiếu hoặc giấy tờ khác mới cần nộp.`,
  },
  en: {
    abolished: (p, db) => `${p} is no longer valid; residence data is in the ${db}. The portal must not ask for it.`,
    shared: (p, db) => `The data on the ${p.toLowerCase()} is already in the ${db}. The agency must look it up instead of asking for the paper.`,
    partial: (p, db) => `The data on the ${p.toLowerCase()} may already be in the ${db}. It may be asked for only when the data cannot be found.`,
    'page-condition': (_p, db) => `The page itself says this paper is not needed when the data is in the ${db}. Staff should check before asking.`,
    'identity-alternative': (p, db) => `For Vietnamese citizens with a personal ID number, the ${p.toLowerCase()} data is in the ${db}; only people using a passport or other papers need to submit one.`,
  },
};

export function reportText(lang: Lang, f: { host: string; procedureCode: string | null; procedureName: string | null; text: string; paper: string; database: string; legal: string[]; at: number }): string {
  const procedure = [f.procedureName, f.procedureCode ? `(mã ${f.procedureCode})` : null].filter(Boolean).join(' ') || (lang === 'vi' ? 'không rõ' : 'unknown');
  if (lang === 'en') {
    return [
      'Feedback on a once-only data request',
      `Portal: ${f.host}`,
      `Procedure: ${procedure.replace('(mã ', '(code ')}`,
      `The portal asks for: "${f.text}"`,
      `This is the ${f.paper}, whose data is already in the ${f.database}.`,
      `Legal basis: ${f.legal.join('; ')}.`,
      'Please use the database instead of asking citizens for this paper, and update the procedure listing.',
      `Seen on: ${localStamp(f.at)}`,
    ].join('\n');
  }
  return [
    'Phản ánh: yêu cầu giấy tờ đã có trong cơ sở dữ liệu',
    `Cổng: ${f.host}`,
    `Thủ tục: ${procedure}`,
    `Trang cổng yêu cầu: "${f.text}"`,
    `Đây là ${f.paper.toLowerCase()}, thông tin đã có trong ${f.database}.`,
    `Căn cứ: ${f.legal.join('; ')}.`,
    'Đề nghị cơ quan khai thác dữ liệu thay cho việc yêu cầu người dân nộp giấy tờ này và cập nhật lại thành phần hồ sơ trên cổng.',
    `Ngày ghi nhận: ${localStamp(f.at)}`,
  ].join('\n');
}

export function checkItems(catalogue: Catalogue, check: Matcher, req: OnceOnlyRequest, at: number): { view: OnceOnlyView; finding: Finding; item: OnceOnlyItem }[] {
  const lang: Lang = req.lang === 'en' ? 'en' : 'vi';
  const out: { view: OnceOnlyView; finding: Finding; item: OnceOnlyItem }[] = [];
  for (const raw of req.items.slice(0, MAX_ITEMS)) {
    const item: OnceOnlyItem = { key: String(raw.key).slice(0, 200), text: String(raw.text).slice(0, MAX_ITEM_TEXT), source: raw.source, group: raw.group ? String(raw.group).slice(0, 200) : null, addedByPerson: raw.addedByPerson === true };
    if (item.source !== 'component' && item.source !== 'upload' && item.source !== 'field') continue;
    const finding = check(item.text, { source: item.source, group: item.group, procedureName: req.procedureName });
    if (!finding) continue;
    const paper = paperById(catalogue, finding.paperId);
    if (!paper) continue;
    const refs = paper.legal.map((id) => catalogue.legal[id]).filter((r): r is LegalRef => r !== undefined);
    const legal = refs.map((r) => ({ title: legalTitle(r), summary: r.summary[lang] }));
    const view: OnceOnlyView = {
      key: item.key,
      verdict: finding.verdict,
      reason: finding.reason,
      paperId: paper.id,
      text: item.text,
      addedByPerson: item.addedByPerson === true,
      paper: paper.paper[lang],
      database: paper.database[lang],
      explanation: EXPLAIN[lang][finding.reason](paper.paper[lang], paper.database[lang]),
      caveat: paper.caveat[lang],
      legal,
      report: reportText(lang, {
        host: req.host,
        procedureCode: req.procedureCode,
        procedureName: req.procedureName,
        text: item.text,
        paper: paper.paper[lang],
        database: paper.database[lang],
        legal: legal.map((l) => l.title),
        at,
      }),
    };
    out.push({ view, finding, item });
  }
  return out;
}
