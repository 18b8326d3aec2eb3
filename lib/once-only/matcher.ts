/**
 * Once-only matcher: does this dossier-component wording (or upload-slot label, or typed-field label)
 * ask for a paper whose data is already in a national database? Pure and synchronous; reads only the
 * portal's own wording, never what a person typed.
 *
 * All catalogue patterns are compiled into one alternation, so a component costs one normalisation
 * and one regex scan; the clause rules below run only around the (rare) hits.
 */
import { foldClauses } from '../text/normalize';
import type { Catalogue, PaperKind } from './catalogue.schema';

export type Verdict = 'should-not-request' | 'conditional' | 'fine';
export type RequestSource = 'component' | 'upload' | 'field';

/**
 * Why the verdict is what it is, so the explanation can say it in plain words:
 * abolished — the paper no longer exists in law; shared — the data is in a database;
 * partial — the database may not hold every case; page-condition — the wording itself limits the request
 * to when the data is missing; identity-alternative — a passport or another photo ID is offered instead.
 */
export type Reason = 'abolished' | 'shared' | 'partial' | 'page-condition' | 'identity-alternative';

export interface Finding {
  verdict: Exclude<Verdict, 'fine'>;
  paperId: string;
  reason: Reason;
  /**
   * Where the catalogue's pattern matched, in the folded text (foldClauses of the input), or null
   * when the input had to be re-tokenised before folding. Lets the store keep only the matched words.
   */
  span: readonly [number, number] | null;
}

export interface CheckContext {
  source?: RequestSource;
  /** The heading the portal files the component under, e.g. "Giấy tờ phải xuất trình". */
  group?: string | null;
  /**
   * The procedure's name as the page shows it: a paper the procedure is about (the old card in
   * "Cấp đổi thẻ căn cước", the old number in "Cấp xác nhận số chứng minh nhân dân 09 số") is
   * handed in to be re-issued or confirmed, not asked for in place of the database.
   */
  procedureName?: string | null;
}

/** Longer text is not a label: only its start is read, which keeps the time per component bounded. */
export const MAX_TEXT = 4000;

const COPY = /\b(ban sao|ban chup|ban photo|photo|photocopy|scan|ban quet|anh chup|chup anh|chup|tai len|upload|sao y|cong chung|chung thuc)\b/;
const PRESENT = /\b(xuat tr[io]nh|doi chieu|doi ch[io]eu)\b/;
const ORIGINAL = /\bban (goc|ch[io]nh)\b|\bgoc\b/;
const NEGATION = /\bkhong (yeu cau|can|bat buoc|phai (nop|xuat trinh|tai len|cung cap|kem))\b/g;
const FOREIGN = /\b(nguoi nuoc ngoai|dinh cu o nuoc ngoai|nuoc so tai|nuoc lang gieng|quoc tich nuoc ngoai|co tham quyen (cua )?nuoc ngoai)\b/;
const IDENTITY_ALTERNATIVE = /\b(ho chieu|giay to (khac|tuy than khac|co dan anh))\b/;
/** A form or application *about* the paper ("Tờ khai cấp Giấy xác nhận…"), close before the hit. */
const FORM_BEFORE = /\b(to khai|bieu mau|mau dien tu|mau ho tich|don|phieu|giay de nghi)\b(?: [a-z0-9]+){0,4} $/;
/** The procedure issues, renews or takes back the paper itself ("yêu cầu cấp lại…", "nộp lại thẻ…"). */
const OBJECT_BEFORE = /\b(cap|cap lai|cap doi|doi|nop lai|thu hoi|xin)( lai| doi)?( hoac [a-z]+)? $/;
const OBJECT_AFTER = /^ cu\b/;
/** "Giấy chứng tử của bệnh viện": the medical notice, not the civil-status certificate. */
const MEDICAL_AFTER = /^ (cua|do) (benh vien|co so y te)\b/;
/** A paper issued abroad (it comes with a translation): not in a Vietnamese database. */
const TRANSLATED = /\b(ban dich|dich sang tieng viet|hop phap hoa lanh su)\b/;
/** A clause that opens with a form describes when that form is used; papers it names are not requested. */
const FORM_OPENING = /^(\S+ )?(to khai|bieu mau|mau|don|phieu|giay de nghi)\b/;
const REQUEST_VERB = /\b(phai nop|nop kem|kem theo|nop them|xuat trinh|gom)\b/;
/** Words that fold into something else ("sổ đỏ" would become "so do", like "sơ đồ"): tokenised before folding. */
const ASCII_ONLY = /^[\x00-\x7f]*$/;
/** Cheap test (NFC or NFD) for the words below, so most components skip String.normalize. */
const MAY_NEED_TOKENS = /(?:s(?:ổ|o\u0302\u0309)|b(?:ì|i\u0300)a)\s+[đh]/iu;
const BEFORE_FOLDING: [RegExp, string][] = [[/(?:sổ|bìa)\s+(?:đỏ|hồng)/giu, ' sodo ']];
const DATA_CONDITIONS = [
  /\bchua (duoc cap|co) (ma )?(so dinh danh|du lieu|thong tin)\b/,
  /\b(khong khai thac duoc|chua duoc so hoa|chua duoc cap nhat)\b/,
  /\b(truong hop|neu)\b[^.]{0,240}\b(da co|da duoc)\b[^.]{0,160}\b(co so du lieu|csdl[a-z]*)\b/,
];

/**
 * The row states the once-only rule itself: when the data is already in a database (or taken from
 * it), the paper need not be uploaded or shown (the MoJ wizard's kết hôn rows, T9). Such a row
 * applies the rule rather than breaking it: not a request to flag.
 */
const STATED_EXEMPTION = /\b(da co|da duoc)\b[^.]{0,200}\b(co so du lieu|csdl[a-z]*)\b[^.]{0,200}\bthi (nguoi co yeu cau )?khong phai (nop|xuat trinh|tai len|cung cap)\b/;

const SEVERITY: Record<Verdict, number> = { fine: 0, conditional: 1, 'should-not-request': 2 };

interface Compiled {
  papers: PaperKind[];
  /** Any anchor of any paper: a cheap literal test before the full scan. */
  anchors: RegExp;
  scan: RegExp;
  /** Papers whose pattern spans a whole clause (catalogue flag wholeClause): checked on their own, only when nothing else matched. */
  broad: { paper: PaperKind; re: RegExp }[];
}

export function compileCatalogue(catalogue: Catalogue): Compiled {
  const narrow = catalogue.papers.filter((p) => !p.wholeClause);
  const scan = new RegExp(narrow.map((p, i) => `(?<p${i}>${p.patterns.map((s) => `(?:${s})`).join('|')})`).join('|'), 'g');
  const broad = catalogue.papers.filter((p) => p.wholeClause).map((paper) => ({ paper, re: new RegExp(paper.patterns.join('|')) }));
  const anchors = new RegExp([...new Set(narrow.flatMap((p) => p.anchors))].join('|'));
  return { papers: narrow, anchors, scan, broad };
}

export type Matcher = (text: string, context?: CheckContext) => Finding | null;

export function createMatcher(catalogue: Catalogue): Matcher {
  const compiled = compileCatalogue(catalogue);
  return (text, context) => check(compiled, text, context ?? {});
}

function check(c: Compiled, raw: unknown, context: CheckContext): Finding | null {
  if (typeof raw !== 'string' || raw.length === 0) return null;
  let text = raw.length > MAX_TEXT ? raw.slice(0, MAX_TEXT) : raw;
  const given = text;
  if (MAY_NEED_TOKENS.test(text)) {
    text = text.normalize('NFC');
    for (const [re, token] of BEFORE_FOLDING) text = text.replace(re, token);
  }
  // Without any diacritics "so do" can only be read as the land certificate people call "sổ đỏ".
  if (ASCII_ONLY.test(text)) text = text.replace(/\bso (?:do|hong)\b/gi, ' sodo ');
  const retokenised = text !== given;
  const folded = foldClauses(text);
  if (folded.length === 0 || STATED_EXEMPTION.test(folded)) return null;
  const source = context.source ?? 'component';
  const groupPresents = typeof context.group === 'string' && PRESENT.test(foldClauses(context.group));
  const procedure = typeof context.procedureName === 'string' && context.procedureName ? ` ${foldClauses(context.procedureName.slice(0, MAX_TEXT))} ` : '';
  let best: Finding | null = null;

  c.scan.lastIndex = 0;
  for (let m = c.anchors.test(folded) ? c.scan.exec(folded) : null; m !== null; m = c.scan.exec(folded)) {
    if (m[0].length === 0) {
      c.scan.lastIndex++;
      continue;
    }
    const paper = paperOf(c, m);
    if (!paper) continue;
    const finding = judge(c, paper, folded, m.index, m.index + m[0].length, source, groupPresents, retokenised, procedure);
    if (finding && (!best || SEVERITY[finding.verdict] > SEVERITY[best.verdict])) best = finding;
    if (best?.verdict === 'should-not-request') break;
  }
  if (best || source === 'field') return best;

  for (const { paper, re } of c.broad) {
    const m = re.exec(folded);
    if (m && !negatedBefore(folded.slice(sentenceAround(folded, m.index).start, m.index))) {
      return { verdict: 'conditional', paperId: paper.id, reason: 'page-condition', span: retokenised ? null : [m.index, m.index + m[0].length] };
    }
  }
  return null;
}

function paperOf(c: Compiled, m: RegExpExecArray): PaperKind | undefined {
  const groups = m.groups;
  if (!groups) return undefined;
  for (let i = 0; i < c.papers.length; i++) if (groups[`p${i}`] !== undefined) return c.papers[i];
  return undefined;
}

function judge(c: Compiled, paper: PaperKind, folded: string, start: number, end: number, source: RequestSource, groupPresents: boolean, retokenised: boolean, procedure: string): Finding | null {
  const span = retokenised ? null : ([start, end] as const);
  if (source === 'field' && !paper.typedField) return null;
  const s = sentenceAround(folded, start);
  const before = folded.slice(s.start, start);
  const after = folded.slice(end, Math.min(folded.length, end + 40));
  if (negatedBefore(before)) return null;
  if (FORM_BEFORE.test(before) || OBJECT_BEFORE.test(before) || OBJECT_AFTER.test(after) || MEDICAL_AFTER.test(after)) return null;

  const sentence = s.text;
  if (FORM_OPENING.test(sentence) && !REQUEST_VERB.test(sentence) && wordsBetween(sentence, before.length) > 6) return null;
  if (paper.abolished) return { verdict: 'should-not-request', paperId: paper.id, reason: 'abolished', span };
  if (paper.foreignExempt && FOREIGN.test(sentence)) return null;
  const copies = COPY.test(sentence) || source === 'upload';
  // The paper the procedure itself is about, handed in as it is (not a copy): its own object, not a request for shared data.
  if (!copies && procedure && procedure.includes(` ${folded.slice(start, end).trim()} `)) return null;
  if (paper.presentIsFine && !copies && (groupPresents || PRESENT.test(sentence))) return null;
  if (paper.originalIsFine && !copies && ORIGINAL.test(sentence)) return null;

  if (TRANSLATED.test(sentence)) return null;
  if (paper.shared === 'conditional') return { verdict: 'conditional', paperId: paper.id, reason: 'partial', span };
  // The wording limits the request to when the data is missing (incl. a whole-clause "trừ trường hợp … CSDL").
  if (DATA_CONDITIONS.some((re) => re.test(folded)) || c.broad.some((b) => b.re.test(folded))) return { verdict: 'conditional', paperId: paper.id, reason: 'page-condition', span };
  if (paper.identityAlternatives && IDENTITY_ALTERNATIVE.test(sentence)) return { verdict: 'conditional', paperId: paper.id, reason: 'identity-alternative', span };
  return { verdict: 'should-not-request', paperId: paper.id, reason: 'shared', span };
}

function wordsBetween(sentence: string, upTo: number): number {
  let n = 0;
  for (let i = 0; i < upTo; i++) if (sentence.charCodeAt(i) === 32) n++;
  return n;
}

/** A "không phải nộp / không yêu cầu" in the same clause before the hit, not undone by a later "nhưng". */
function negatedBefore(before: string): boolean {
  NEGATION.lastIndex = 0;
  let last = -1;
  for (let m = NEGATION.exec(before); m !== null; m = NEGATION.exec(before)) last = m.index;
  return last >= 0 && !/\bnhung\b/.test(before.slice(last));
}

/** The clause holding position `at` (between " . " clause ends) and where it starts. */
function sentenceAround(folded: string, at: number): { text: string; start: number } {
  const from = folded.lastIndexOf(' . ', at);
  const start = from < 0 ? 0 : from + 3;
  const to = folded.indexOf(' . ', at);
  return { text: folded.slice(start, to < 0 ? folded.length : to), start };
}
