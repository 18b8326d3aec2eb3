/**
 * Inputs of the catalogue scan tool, read without throwing: JSON Lines (one component per line),
 * CSV with procedure_code and component_text columns, or a JSON array of procedures
 * {code, name, components: [string]} (arrays of component objects are accepted too).
 * A bad line or element is reported with its line number and skipped; the rest is still read.
 */

export interface ScanItem {
  /** 1-based line in the input where the item starts. */
  line: number;
  procedureCode: string;
  procedureName: string | null;
  componentText: string;
}

export interface ScanProblem {
  line: number;
  message: string;
}

export type ScanFormat = 'jsonl' | 'csv' | 'json';

export interface ParsedScanInput {
  format: ScanFormat;
  items: ScanItem[];
  problems: ScanProblem[];
}

export function formatFromName(name: string): ScanFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.json')) return 'json';
  return null;
}

/** Without a telling extension: "[" starts a JSON array, "{" JSON Lines, anything else CSV. */
export function sniffFormat(text: string): ScanFormat {
  const first = stripBom(text).trimStart()[0];
  if (first === '[') return 'json';
  if (first === '{') return 'jsonl';
  return 'csv';
}

export function parseScanInput(text: string, format: ScanFormat = sniffFormat(text)): ParsedScanInput {
  const body = stripBom(text);
  if (format === 'jsonl') return { format, ...parseJsonLines(body) };
  if (format === 'csv') return { format, ...parseCsvInput(body) };
  return { format, ...parseJsonArray(body) };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function codeOf(value: unknown): string | null {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function parseJsonLines(text: string): Omit<ParsedScanInput, 'format'> {
  const items: ScanItem[] = [];
  const problems: ScanProblem[] = [];
  let line = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line++;
    const raw = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    start = end + 1;
    if (raw.length === 0 || (raw.charCodeAt(0) <= 32 && raw.trim() === '')) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      problems.push({ line, message: 'Dòng không phải JSON hợp lệ.' });
      continue;
    }
    const item = componentObject(value, line, problems);
    if (item) items.push(item);
  }
  return { items, problems };
}

/** {"procedure_code", "component_text"} (other fields ignored). */
function componentObject(value: unknown, line: number, problems: ScanProblem[]): ScanItem | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ line, message: 'Dòng phải là một đối tượng JSON {"procedure_code", "component_text"}.' });
    return null;
  }
  const record = value as Record<string, unknown>;
  const text = record.component_text;
  if (typeof text !== 'string' || text.trim() === '') {
    problems.push({ line, message: 'Thiếu "component_text" (chuỗi không rỗng).' });
    return null;
  }
  const code = codeOf(record.procedure_code);
  if (code === null) {
    problems.push({ line, message: '"procedure_code" phải là chuỗi.' });
    return null;
  }
  const name = typeof record.procedure_name === 'string' ? record.procedure_name : null;
  return { line, procedureCode: code, procedureName: name, componentText: text };
}

function parseJsonArray(text: string): Omit<ParsedScanInput, 'format'> {
  const items: ScanItem[] = [];
  const problems: ScanProblem[] = [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    problems.push({ line: errorLine(text, e), message: 'Tệp không phải JSON hợp lệ; không đọc được thành phần nào.' });
    return { items, problems };
  }
  if (!Array.isArray(value)) {
    problems.push({ line: 1, message: 'Tệp JSON phải là một mảng các thủ tục {code, name, components}.' });
    return { items, problems };
  }
  const lines = elementLines(text, value.length);
  value.forEach((element, i) => {
    const line = lines[i] ?? 1;
    if (typeof element === 'object' && element !== null && !Array.isArray(element) && 'component_text' in element) {
      const item = componentObject(element, line, problems);
      if (item) items.push(item);
      return;
    }
    if (typeof element !== 'object' || element === null || Array.isArray(element)) {
      problems.push({ line, message: `Phần tử thứ ${i + 1} không phải một thủ tục {code, name, components}.` });
      return;
    }
    const proc = element as Record<string, unknown>;
    const code = codeOf(proc.code);
    const components = proc.components;
    if (code === null || !Array.isArray(components)) {
      problems.push({ line, message: `Thủ tục thứ ${i + 1} thiếu "code" hoặc "components" (mảng chuỗi).` });
      return;
    }
    const name = typeof proc.name === 'string' ? proc.name : null;
    components.forEach((c, j) => {
      if (typeof c === 'string' && c.trim() !== '') items.push({ line, procedureCode: code, procedureName: name, componentText: c });
      else problems.push({ line, message: `Thủ tục ${code || i + 1}: thành phần thứ ${j + 1} không phải chuỗi có nội dung.` });
    });
  });
  return { items, problems };
}

/** The line where JSON.parse stopped, when the engine says where ("at position N"). */
function errorLine(text: string, error: unknown): number {
  const match = /position (\d+)/.exec(String((error as Error)?.message ?? ''));
  if (!match) return 1;
  return lineAt(text, Number(match[1]));
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Start line of each top-level array element, found by scanning brackets outside strings. */
function elementLines(text: string, count: number): number[] {
  const lines: number[] = [];
  let depth = 0;
  let inString = false;
  let line = 1;
  let expectElement = false;
  for (let i = 0; i < text.length && lines.length < count; i++) {
    const ch = text[i]!;
    if (ch === '\n') line++;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (depth === 1 && expectElement && !/\s/.test(ch) && ch !== ',' && ch !== ']') {
      lines.push(line);
      expectElement = false;
    }
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 1) expectElement = true;
  }
  return lines;
}

interface CsvRecord {
  line: number;
  cells: string[];
}

/** RFC 4180 records; an unterminated quote is reported and reading resumes on the next line. */
export function parseCsvRecords(text: string, problems: ScanProblem[]): CsvRecord[] {
  const records: CsvRecord[] = [];
  let i = 0;
  let line = 1;
  while (i < text.length) {
    const startLine = line;
    const startIndex = i;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    let broken = false;
    for (;;) {
      if (i >= text.length) {
        if (quoted) broken = true;
        break;
      }
      const ch = text[i]!;
      if (quoted) {
        if (ch === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          quoted = false;
          i++;
          continue;
        }
        if (ch === '\n') line++;
        cell += ch;
        i++;
        continue;
      }
      if (ch === '"' && cell === '') {
        quoted = true;
        i++;
        continue;
      }
      if (ch === ',') {
        cells.push(cell);
        cell = '';
        i++;
        continue;
      }
      if (ch === '\r' && text[i + 1] === '\n') i++;
      if (ch === '\n' || ch === '\r') {
        i++;
        line++;
        break;
      }
      cell += ch;
      i++;
    }
    if (broken) {
      problems.push({ line: startLine, message: 'Dấu ngoặc kép không được đóng; bỏ qua dòng này.' });
      // Resume right after the line where the broken record started.
      const next = text.indexOf('\n', startIndex);
      if (next < 0) break;
      i = next + 1;
      line = startLine + 1;
      continue;
    }
    cells.push(cell);
    if (!(cells.length === 1 && cells[0]!.trim() === '')) records.push({ line: startLine, cells });
  }
  return records;
}

function parseCsvInput(text: string): Omit<ParsedScanInput, 'format'> {
  const problems: ScanProblem[] = [];
  const items: ScanItem[] = [];
  const records = parseCsvRecords(text, problems);
  const header = records.shift();
  if (!header) {
    problems.push({ line: 1, message: 'Tệp CSV trống.' });
    return { items, problems };
  }
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const codeAt = names.indexOf('procedure_code');
  const textAt = names.indexOf('component_text');
  const nameAt = names.indexOf('procedure_name');
  if (textAt < 0) {
    problems.push({ line: header.line, message: 'Dòng tiêu đề phải có cột "procedure_code,component_text".' });
    return { items, problems };
  }
  for (const r of records) {
    if (r.cells.length !== header.cells.length) {
      problems.push({ line: r.line, message: `Dòng có ${r.cells.length} cột, tiêu đề có ${header.cells.length}.` });
      continue;
    }
    const componentText = r.cells[textAt]!;
    if (componentText.trim() === '') {
      problems.push({ line: r.line, message: 'Cột "component_text" trống.' });
      continue;
    }
    items.push({
      line: r.line,
      procedureCode: codeAt >= 0 ? r.cells[codeAt]!.trim() : '',
      procedureName: nameAt >= 0 ? r.cells[nameAt]! : null,
      componentText,
    });
  }
  return { items, problems };
}
