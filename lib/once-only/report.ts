/**
 * Findings reports: one row per dossier component, in CSV (UTF-8 with BOM, for Excel), JSON or
 * JSON Lines. Rows carry the portal's own wording and the catalogue's answer, nothing about a person.
 */
import type { PortalId } from '../portals/types';
import type { Catalogue, LegalRef, PaperKind } from './catalogue.schema';
import { localStamp, toCsv } from '../export/csv';
import { scrub } from '../privacy/scrub';
import type { Finding, Verdict } from './matcher';

export type Lang = 'vi' | 'en';

/** The scan tool's row: exactly the fields the issue names, in this order. */
export const SCAN_COLUMNS = ['procedure_code', 'component_text', 'verdict', 'database', 'legal_basis'] as const;

export interface ScanRow {
  procedure_code: string;
  component_text: string;
  verdict: Verdict;
  database: string;
  legal_basis: string;
}

export function paperById(catalogue: Catalogue, id: string): PaperKind | undefined {
  return catalogue.papers.find((p) => p.id === id);
}

/** "Nghị định số 104/2022/NĐ-CP ngày 21/12/2022; Nghị quyết số 66.7/2025/NQ-CP …": instrument, then the provision when verified. */
const legalTexts = new WeakMap<PaperKind, string>();

export function legalBasisText(catalogue: Catalogue, paper: PaperKind): string {
  let text = legalTexts.get(paper);
  if (text === undefined) {
    text = legalBasisOf(catalogue, paper);
    legalTexts.set(paper, text);
  }
  return text;
}

function legalBasisOf(catalogue: Catalogue, paper: PaperKind): string {
  return paper.legal
    .map((id) => catalogue.legal[id])
    .filter((ref) => ref !== undefined)
    .map((ref) => legalTitle(ref, false))
    .join('; ');
}

/** "khoản 4 Điều 1 Nghị định số 280/2025/NĐ-CP", with its date in brackets when asked. */
export function legalTitle(ref: LegalRef, withDate = true): string {
  const title = ref.provision ? `${ref.provision} ${ref.instrument}` : ref.instrument;
  return withDate && ref.date ? `${title} (${ref.date})` : title;
}

export function scanRow(catalogue: Catalogue, procedureCode: string, componentText: string, finding: Finding | null, lang: Lang = 'vi'): ScanRow {
  const paper = finding ? paperById(catalogue, finding.paperId) : undefined;
  return {
    procedure_code: procedureCode,
    component_text: componentText,
    verdict: finding?.verdict ?? 'fine',
    database: paper ? paper.database[lang] : '',
    legal_basis: paper ? legalBasisText(catalogue, paper) : '',
  };
}

/** A finding seen live on a portal page: what the report page lists and exports. */
export interface SeenFinding {
  /** Stable key: host + procedure + paper + where + folded matched words, so the same request seen twice is one row. */
  id: string;
  portal: PortalId;
  host: string;
  procedureCode: string | null;
  /** From the bundled procedure list by code, never from the page. */
  procedureName: string | null;
  /** Only the words of the portal's wording the catalogue matched, scrubbed; null for a row the person added. */
  wording: string | null;
  /** A dossier row the person added and named ("thành phần do người nộp thêm"): its text is never kept. */
  addedByPerson: boolean;
  source: 'component' | 'upload' | 'field';
  verdict: Exclude<Verdict, 'fine'>;
  paperId: string;
  reason: Finding['reason'];
  firstSeen: number;
  lastSeen: number;
  timesSeen: number;
}

export interface ReportRow {
  portal: string;
  procedure_code: string;
  procedure_name: string;
  component_text: string;
  where: string;
  verdict: string;
  paper: string;
  database: string;
  legal_basis: string;
  first_seen: string;
  last_seen: string;
}

export const REPORT_COLUMNS = [
  'portal',
  'procedure_code',
  'procedure_name',
  'component_text',
  'where',
  'verdict',
  'paper',
  'database',
  'legal_basis',
  'first_seen',
  'last_seen',
] as const;

export const REPORT_HEADERS: Record<Lang, readonly string[]> = {
  vi: ['Cổng', 'Mã thủ tục', 'Tên thủ tục', 'Từ ngữ khớp trên cổng', 'Vị trí', 'Kết luận', 'Loại giấy tờ', 'Cơ sở dữ liệu', 'Căn cứ pháp lý', 'Thấy lần đầu', 'Thấy lần cuối'],
  en: ['Portal', 'Procedure code', 'Procedure name', 'Matched words on the portal', 'Where', 'Verdict', 'Paper', 'Database', 'Legal basis', 'First seen', 'Last seen'],
};

const VERDICT_WORDS: Record<Lang, Record<Exclude<Verdict, 'fine'>, string>> = {
  vi: { 'should-not-request': 'Không được yêu cầu', conditional: 'Chỉ khi không tra được dữ liệu' },
  en: { 'should-not-request': 'Should not be requested', conditional: 'Only when the data cannot be found' },
};
const WHERE_WORDS: Record<Lang, Record<SeenFinding['source'], string>> = {
  vi: { component: 'Thành phần hồ sơ', upload: 'Ô tải tệp', field: 'Ô nhập' },
  en: { component: 'Dossier component', upload: 'Upload slot', field: 'Typed field' },
};

/** The portals by name, so a report read elsewhere says which portal asked (the host alone is ambiguous since 2026). */
const PORTAL_WORDS: Record<Lang, Record<PortalId, string>> = {
  vi: { 'dvcqg-2026': 'Cổng Dịch vụ công quốc gia', dvcqg: 'Cổng DVCQG (trang cũ)', lienthong: 'Cổng DVC liên thông', igate: 'Cổng DVC tỉnh', moj: 'Cổng dịch vụ công ngành Tư pháp', 'moj-eform': 'Tờ khai điện tử của Bộ Tư pháp', bca: 'Cổng dịch vụ công Bộ Công an', cutru: 'Cổng dịch vụ công quản lý cư trú', igate1: 'Cổng DVC tỉnh (iGate 1)' },
  en: { 'dvcqg-2026': 'National Public Service Portal', dvcqg: 'National portal (legacy pages)', lienthong: 'Interlinked public service portal', igate: 'Provincial portal', moj: 'Ministry of Justice public service portal', 'moj-eform': 'Ministry of Justice e-declaration', bca: 'Ministry of Public Security public service portal', cutru: 'Residence management public service portal', igate1: 'Provincial portal (iGate 1)' },
};

/** What the report says instead of the text of a row the person added. */
export const ADDED_WORDS: Record<Lang, string> = { vi: 'Thành phần do người nộp thêm', en: 'Component added by the applicant' };

export function reportRows(catalogue: Catalogue, findings: readonly SeenFinding[], lang: Lang): ReportRow[] {
  return findings.map((f) => {
    const paper = paperById(catalogue, f.paperId);
    return {
      portal: `${PORTAL_WORDS[lang][f.portal] ?? ''} (${f.host})`,
      procedure_code: f.procedureCode ?? '',
      procedure_name: f.procedureName ?? '',
      // Scrubbed again on the way out: a row written by an older version passes the same check.
      component_text: f.wording === null ? ADDED_WORDS[lang] : scrub(f.wording),
      where: WHERE_WORDS[lang][f.source],
      verdict: VERDICT_WORDS[lang][f.verdict],
      paper: paper ? paper.paper[lang] : f.paperId,
      database: paper ? paper.database[lang] : '',
      legal_basis: paper ? legalBasisText(catalogue, paper) : '',
      first_seen: localStamp(f.firstSeen),
      last_seen: localStamp(f.lastSeen),
    };
  });
}

export function reportToCsv(catalogue: Catalogue, findings: readonly SeenFinding[], lang: Lang): string {
  return toCsv(reportRows(catalogue, findings, lang), REPORT_COLUMNS, REPORT_HEADERS[lang]);
}

export function reportToJson(catalogue: Catalogue, findings: readonly SeenFinding[], lang: Lang): string {
  return `${JSON.stringify({ format: 'dvc-companion/once-only-findings', version: 1, catalogueReviewed: catalogue.reviewed, rows: reportRows(catalogue, findings, lang) }, null, 2)}\n`;
}
