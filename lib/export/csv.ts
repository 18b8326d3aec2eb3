/**
 * CSV for Excel, shared by every export: UTF-8 with a BOM (Excel then reads Vietnamese correctly),
 * CRLF line ends, RFC 4180 quoting, and cells that Excel would run as a formula neutralised.
 */
export const BOM = '\uFEFF';

/**
 * A cell Excel would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe; portal
 * bullets such as "- Bản sao…" would otherwise show as #NAME? in Excel.
 */
const FORMULA_START = new Set([61, 43, 45, 64, 9, 13]); // = + - @ tab CR

export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (s.length && FORMULA_START.has(s.charCodeAt(0))) s = `'${s}`;
  const quote = s.includes('"');
  return quote || s.includes(',') || s.includes('\n') || s.includes('\r') ? `"${quote ? s.replace(/"/g, '""') : s}"` : s;
}

export function toCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[], headers?: readonly string[]): string {
  const lines = [(headers ?? columns).map(csvCell).join(',')];
  // Database and legal-basis cells repeat across thousands of rows: escape each distinct value once.
  const escaped = new Map<string, string>();
  const cell = (value: unknown): string => {
    if (typeof value !== 'string' || value.length < 24) return csvCell(value as string | number | null | undefined);
    let e = escaped.get(value);
    if (e === undefined) {
      e = csvCell(value);
      if (escaped.size < 10_000) escaped.set(value, e);
    }
    return e;
  };
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < columns.length; i++) line += (i ? ',' : '') + cell(row[columns[i]!]);
    lines.push(line);
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}


/** Local date and time, minutes only: enough to say "Tuesday morning" without a machine fingerprint. */
export function localStamp(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
