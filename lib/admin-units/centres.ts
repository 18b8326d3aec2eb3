/** Parsing a centres file into the same problem list as guide packs; matching centres to communes. */
import { normalize } from '../text/normalize';
import type { PackProblem } from '../guides/pack';
import { CentresFileSchema, type Centre, type CentresFile } from './centres.schema';

export type CentresResult = { ok: true; file: CentresFile } | { ok: false; problems: PackProblem[] };

export function parseCentres(text: string): CentresResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [{ path: '(tệp)', message: `không phải JSON hợp lệ: ${(err as Error).message}` }] };
  }
  const r = CentresFileSchema.safeParse(json);
  if (r.success) return { ok: true, file: r.data };
  return {
    ok: false,
    problems: r.error.issues.map((i) => ({
      path: i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(gốc)',
      message: i.code === 'invalid_type' ? 'thiếu hoặc sai kiểu' : i.code === 'too_small' ? 'không được để trống' : i.code === 'invalid_format' ? 'sai định dạng' : 'không hợp lệ',
    })),
  };
}

/** The centre of a new commune in a loaded file, matched on folded names. */
export function centreFor(files: readonly CentresFile[], province: string, commune: string): Centre | null {
  const p = normalize(province);
  const c = normalize(commune);
  for (const f of files) {
    if (normalize(f.province) !== p) continue;
    const hit = f.centres.find((x) => normalize(x.commune) === c);
    if (hit) return hit;
  }
  return null;
}
