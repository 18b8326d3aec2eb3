/**
 * The scan tool's core: components in, one findings row per component out, in input order,
 * written in chunks to a sink (a file, stdout, an array). Streaming keeps a national catalogue's
 * run small in memory and cheap in garbage collection.
 */
import type { Catalogue } from './catalogue.schema';
import type { Matcher } from './matcher';
import { BOM, csvCell } from '../export/csv';
import { scanRow, SCAN_COLUMNS, type Lang, type ScanRow } from './report';
import type { ScanFormat, ScanItem } from './scan-input';

export interface ScanTotals {
  rows: number;
  shouldNotRequest: number;
  conditional: number;
  fine: number;
}

const CHUNK_ROWS = 2000;

export function writeScan(catalogue: Catalogue, check: Matcher, items: readonly ScanItem[], format: ScanFormat, write: (chunk: string) => void, lang: Lang = 'vi'): ScanTotals {
  const totals: ScanTotals = { rows: 0, shouldNotRequest: 0, conditional: 0, fine: 0 };
  // Database and legal-basis cells repeat on thousands of rows: each distinct one is escaped once.
  const escaped = new Map<string, string>();
  const repeated = (value: string) => {
    let e = escaped.get(value);
    if (e === undefined) escaped.set(value, (e = csvCell(value)));
    return e;
  };
  const line = (r: ScanRow, last: boolean): string => {
    if (format === 'csv') return `${csvCell(r.procedure_code)},${csvCell(r.component_text)},${r.verdict},${repeated(r.database)},${repeated(r.legal_basis)}\r\n`;
    if (format === 'jsonl') return `${JSON.stringify(r)}\n`;
    return `  ${JSON.stringify(r)}${last ? '' : ','}\n`;
  };
  write(format === 'csv' ? `${BOM}${SCAN_COLUMNS.join(',')}\r\n` : format === 'json' ? '[\n' : '');
  let chunk = '';
  let inChunk = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const row = scanRow(catalogue, item.procedureCode, item.componentText, check(item.componentText), lang);
    totals.rows++;
    if (row.verdict === 'should-not-request') totals.shouldNotRequest++;
    else if (row.verdict === 'conditional') totals.conditional++;
    else totals.fine++;
    chunk += line(row, i === items.length - 1);
    if (++inChunk === CHUNK_ROWS) {
      write(chunk);
      chunk = '';
      inChunk = 0;
    }
  }
  if (chunk) write(chunk);
  if (format === 'json') write(']\n');
  return totals;
}
