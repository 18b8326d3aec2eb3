/** Parsing guide packs: either a valid pack or every problem with its path, in Vietnamese. */
import { messageOf, pathOf } from '../i18n/zod-problems';
import { GuidePackSchema, type GuidePack } from './pack.schema';

export interface PackProblem {
  /** Where in the file, e.g. "steps[3].target.key". */
  path: string;
  message: string;
}

export type PackResult = { ok: true; pack: GuidePack } | { ok: false; problems: PackProblem[] };

/** Checks that go beyond shapes: unique ids, questions that exist, steps for the pack's portals. */
function crossChecks(pack: GuidePack): PackProblem[] {
  const problems: PackProblem[] = [];
  const seen = new Set<string>();
  pack.steps.forEach((s, i) => {
    if (seen.has(s.id)) problems.push({ path: `steps[${i}].id`, message: `mã bước "${s.id}" bị trùng` });
    seen.add(s.id);
    if (s.portal && !pack.portals.includes(s.portal)) problems.push({ path: `steps[${i}].portal`, message: 'cổng này không có trong "portals" của gói' });
    if (!s.portal && pack.portals.length > 1) problems.push({ path: `steps[${i}].portal`, message: 'gói dùng cho nhiều cổng: mỗi bước phải nói rõ cổng' });
  });
  const questions = new Set((pack.questions ?? []).map((q) => q.id));
  const checkWhen = (when: { question: string } | undefined, path: string) => {
    if (when && !questions.has(when.question)) problems.push({ path, message: `câu hỏi "${when.question}" không có trong "questions"` });
  };
  pack.steps.forEach((s, i) => checkWhen(s.when, `steps[${i}].when.question`));
  pack.papers.forEach((p, i) => checkWhen(p.when, `papers[${i}].when.question`));
  const paperIds = new Set<string>();
  pack.papers.forEach((p, i) => {
    if (paperIds.has(p.id)) problems.push({ path: `papers[${i}].id`, message: `mã giấy tờ "${p.id}" bị trùng` });
    paperIds.add(p.id);
  });
  return problems;
}

/**
 * A pack from a file (imported, or exported from a draft to be shared) is someone else's: its
 * links are printed on the checklist a citizen takes home, so they must at least be https, and it
 * never arrives "verified" — only packs we bundle and review can be (issue 18 §3).
 */
function fromFileChecks(json: unknown): PackProblem[] {
  const sources = (json as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(sources)) return [];
  // Read from the file as it is, so an http link is named even when other parts of the file are wrong.
  return sources.flatMap((s: { url?: unknown } | null, i) => (typeof s?.url === 'string' && /^http:/i.test(s.url) ? [{ path: `sources[${i}].url`, message: 'chỉ nhận liên kết bắt đầu bằng https://' }] : []));
}

export interface ParseOptions {
  /** The pack comes from a file, not from our bundle. */
  fromFile?: boolean;
}

export function parsePack(json: unknown, opts: ParseOptions = {}): PackResult {
  const r = GuidePackSchema.safeParse(json);
  const links = opts.fromFile ? fromFileChecks(json) : [];
  if (!r.success) {
    const problems = r.error.issues.map((i) => ({ path: pathOf(i.path), message: messageOf(i as never) }));
    return { ok: false, problems: links.length ? [...problems, ...links].sort((a, b) => a.path.localeCompare(b.path)) : problems };
  }
  const problems = [...crossChecks(r.data), ...links];
  if (problems.length) return { ok: false, problems };
  return { ok: true, pack: opts.fromFile ? { ...r.data, verified: false } : r.data };
}

/** A pack is a few dozen KB; anything over this is refused before it is parsed (here and in the dashboard). */
export const MAX_PACK_BYTES = 1024 * 1024;

/** Reads a pack file's text: bad JSON is a problem like any other, never an exception. A file is never ours: fromFile. */
export function parsePackText(text: string): PackResult {
  if (text.length > MAX_PACK_BYTES) return { ok: false, problems: [{ path: '(tệp)', message: `tệp quá lớn (tối đa ${MAX_PACK_BYTES / 1024 / 1024} MB)` }] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [{ path: '(tệp)', message: `không phải JSON hợp lệ: ${(err as Error).message}` }] };
  }
  return parsePack(json, { fromFile: true });
}
