/**
 * Content checks on a guide pack beyond its schema, shared by the test suite's linter and any
 * future authoring screen: legal references in a known form, and papers that agree with the
 * once-only catalogue (a pack must never tell a citizen to hand in a paper whose data the office
 * has to look up itself, and must not claim a paper is shared when the catalogue does not).
 */
import type { Catalogue } from '../once-only/catalogue.schema';
import type { Matcher } from '../once-only/matcher';
import { normalize } from '../text/normalize';
import type { GuidePack } from './pack.schema';

export interface LintProblem {
  path: string;
  message: string;
}

/**
 * Vietnamese legal instruments as they are cited: "Luật Hộ tịch số 60/2014/QH13",
 * "Nghị định số 104/2022/NĐ-CP", "Thông tư số 04/2020/TT-BTP", "Quyết định số 296/QĐ-VPCP",
 * "Nghị quyết số 66.7/2025/NQ-CP", "Công văn số 159/TTg-CĐS".
 */
const INSTRUMENT =
  /^(?:Luật [\p{L} ]+ số \d{1,3}\/\d{4}\/QH1\d|Bộ luật [\p{L} ]+ số \d{1,3}\/\d{4}\/QH1\d|(?:Nghị định|Nghị quyết|Thông tư liên tịch|Thông tư|Quyết định|Chỉ thị|Công văn) số [\d.]+\/(?:\d{4}\/)?(?:NĐ-CP|NQ-CP|NQ-HĐND|NQ-UBTVQH\d+|TT-[A-ZĐ]+(?:-[A-ZĐ]+)*|TTLT-[A-ZĐ]+(?:-[A-ZĐ]+)*|QĐ-[A-ZĐ]+|CT-TTg|TTg-[A-ZĐ]+))(?=$|[ ,:;.(—–-])/u;

/** An article cited without its instrument ("Điều 11") cannot be checked: it must name one. */
const ARTICLE = /Điều \d+/u;

export function legalReferenceProblem(text: string): string | null {
  if (!INSTRUMENT.test(text.trim())) return 'tên văn bản pháp luật không đúng dạng (ví dụ: "Nghị định số 104/2022/NĐ-CP", "Luật Hộ tịch số 60/2014/QH13")';
  return null;
}

function texts(pack: GuidePack): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const add = (path: string, l: { vi: string; en?: string } | undefined) => {
    if (!l) return;
    out.push({ path: `${path}.vi`, text: l.vi });
    if (l.en) out.push({ path: `${path}.en`, text: l.en });
  };
  pack.steps.forEach((s, i) => add(`steps[${i}].text`, s.text));
  pack.papers.forEach((p, i) => {
    add(`papers[${i}].name`, p.name);
    add(`papers[${i}].notes`, p.notes);
  });
  return out;
}

/** "Cơ sở dữ liệu quốc gia về dân cư (thông tin cư trú)" names the same database as its first part. */
const databaseName = (vi: string) => normalize(vi.split('(')[0]!);

export function lintPack(pack: GuidePack, matcher: Matcher, catalogue: Catalogue): LintProblem[] {
  const problems: LintProblem[] = [];
  pack.sources.forEach((s, i) => {
    if (s.kind !== 'legal') return;
    const problem = legalReferenceProblem(s.title);
    if (problem) problems.push({ path: `sources[${i}].title`, message: problem });
  });
  for (const t of texts(pack)) {
    const article = ARTICLE.exec(t.text);
    if (article && !/Điều \d+[^.]*?(Luật|Nghị định|Nghị quyết|Thông tư|Quyết định) /u.test(t.text.slice(article.index))) {
      problems.push({ path: t.path, message: `"${article[0]}" không kèm tên văn bản: ghi rõ điều của văn bản nào` });
    }
  }
  pack.papers.forEach((paper, i) => {
    const path = `papers[${i}]`;
    const finding = matcher(paper.name.vi, { source: 'component' });
    const entry = finding ? catalogue.papers.find((p) => p.id === finding.paperId) : undefined;
    const shared = paper.notNeededIfShared;
    if (shared) {
      const basis = legalReferenceProblem(shared.basis);
      if (basis) problems.push({ path: `${path}.notNeededIfShared.basis`, message: basis });
      if (!finding || !entry) {
        problems.push({ path: `${path}.notNeededIfShared`, message: 'danh mục "chỉ cung cấp một lần" không coi giấy tờ này là dữ liệu đã chia sẻ: bổ sung danh mục hoặc bỏ ghi chú' });
      } else if (!normalize(entry.database.vi).includes(databaseName(shared.database))) {
        problems.push({ path: `${path}.notNeededIfShared.database`, message: `khác cơ sở dữ liệu trong danh mục ("${entry.database.vi}")` });
      }
    } else if (finding?.verdict === 'should-not-request' && paper.form !== 'present') {
      problems.push({ path: `${path}.name`, message: `danh mục "chỉ cung cấp một lần" coi đây là dữ liệu đã có trong ${entry?.database.vi ?? 'cơ sở dữ liệu quốc gia'}: gói không được yêu cầu nộp (ghi notNeededIfShared, hoặc chỉ xuất trình)` });
    }
  });
  return problems;
}
