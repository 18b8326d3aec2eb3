/** Schema problems (zod issues) said in plain Vietnamese, with where in the file they are. */

export function pathOf(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(gốc)';
}

/** zod issue codes in plain Vietnamese; the path says where. */
export function messageOf(issue: { code: string; expected?: unknown; values?: unknown[]; minimum?: unknown; maximum?: unknown; origin?: unknown; format?: unknown }): string {
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
      return issue.format === 'url' ? 'không phải địa chỉ web hợp lệ (chỉ nhận http:// hoặc https://)' : 'sai định dạng';
    case 'unrecognized_keys':
      return 'có trường không được biết';
    default:
      return 'không hợp lệ';
  }
}

const VI_TYPE: Record<string, string> = { object: 'đối tượng', array: 'danh sách', string: 'chuỗi chữ', number: 'số', boolean: 'đúng/sai' };

