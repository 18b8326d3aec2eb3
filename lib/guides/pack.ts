/** Parsing guide packs: either a valid pack or every problem with its path, in Vietnamese. */
import { GuidePackSchema, type GuidePack } from './pack.schema';

export interface PackProblem {
  /** Where in the file, e.g. "steps[3].target.key". */
  path: string;
  message: string;
}

export type PackResult = { ok: true; pack: GuidePack } | { ok: false; problems: PackProblem[] };

function pathOf(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(gốc)';
}

/** zod issue codes in plain Vietnamese; the path says where. */
function messageOf(issue: { code: string; expected?: unknown; values?: unknown[]; minimum?: unknown; maximum?: unknown; origin?: unknown; format?: unknown }): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'object' || issue.expected === 'array' || issue.expected === 'string' || issue.expected === 'number' || issue.expected === 'boolean'
        ? `thiếu hoặc sai kiểu (cần ${VI_TYPE[issue.expected as string]})`
        : 'sai kiểu dữ liệu';
    case 'invalid_value':
      return `giá trị không hợp lệ (chỉ nhận: ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')})`;
    case 'too_small':
      return issue.origin === 'array' ? `cần ít nhất ${String(issue.minimum)} mục` : issue.origin === 'string' ? 'không được để trống' : `phải từ ${String(issue.minimum)} trở lên`;
    case 'too_big':
      return issue.origin === 'array' ? `nhiều nhất ${String(issue.maximum)} mục` : issue.origin === 'string' ? `dài quá ${String(issue.maximum)} ký tự` : `không được lớn hơn ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.format === 'url' ? 'không phải địa chỉ web hợp lệ' : 'sai định dạng';
    case 'unrecognized_keys':
      return 'có trường không được biết';
    default:
      return 'không hợp lệ';
  }
}

const VI_TYPE: Record<string, string> = { object: 'đối tượng', array: 'danh sách', string: 'chuỗi chữ', number: 'số', boolean: 'đúng/sai' };

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

export function parsePack(json: unknown): PackResult {
  const r = GuidePackSchema.safeParse(json);
  if (!r.success) {
    return { ok: false, problems: r.error.issues.map((i) => ({ path: pathOf(i.path), message: messageOf(i as never) })) };
  }
  const problems = crossChecks(r.data);
  return problems.length ? { ok: false, problems } : { ok: true, pack: r.data };
}

/** Reads a pack file's text: bad JSON is a problem like any other, never an exception. */
export function parsePackText(text: string): PackResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [{ path: '(tệp)', message: `không phải JSON hợp lệ: ${(err as Error).message}` }] };
  }
  return parsePack(json);
}
