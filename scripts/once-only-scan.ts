/**
 * npm run once-only:scan -- <input> [--out <file>] [--lang vi|en]
 *
 * Reads dossier components (JSON Lines, CSV or a JSON array of procedures; see README) and writes
 * one findings row per component, in input order: CSV by default (UTF-8 with BOM), JSON or JSON
 * Lines when --out ends in .json / .jsonl. Malformed lines are reported on stderr with their line
 * number and skipped. Exit code: 0 when the input was read, 2 when it could not be.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { bundledCatalogue } from '../lib/once-only/catalogue';
import { createMatcher } from '../lib/once-only/matcher';
import type { Lang } from '../lib/once-only/report';
import { writeScan } from '../lib/once-only/scan';
import { formatFromName, parseScanInput } from '../lib/once-only/scan-input';

function usage(message?: string): never {
  if (message) process.stderr.write(`${message}\n`);
  process.stderr.write('Cách dùng: npm run once-only:scan -- <tệp vào .jsonl|.csv|.json> [--out <tệp ra .csv|.json|.jsonl>] [--lang vi|en]\n');
  process.exit(2);
}

const args = process.argv.slice(2);
let input: string | null = null;
let out: string | null = null;
let lang: Lang = 'vi';
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--out') out = args[++i] ?? usage('Thiếu tên tệp sau --out.');
  else if (a === '--lang') {
    const v = args[++i];
    if (v !== 'vi' && v !== 'en') usage('--lang chỉ nhận vi hoặc en.');
    lang = v;
  } else if (a === '-h' || a === '--help') usage();
  else if (!input) input = a;
  else usage(`Không hiểu tham số "${a}".`);
}
if (!input) usage('Thiếu tệp đầu vào.');

let text: string;
try {
  text = input === '-' ? readFileSync(0, 'utf8') : readFileSync(input, 'utf8');
} catch (e) {
  usage(`Không đọc được tệp "${input}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
}

const started = performance.now();
const parsed = parseScanInput(text, (input !== '-' && formatFromName(input)) || undefined);
for (const p of parsed.problems) process.stderr.write(`${input}:${p.line}: ${p.message}\n`);

const catalogue = bundledCatalogue();
const check = createMatcher(catalogue);
const outFormat = out ? (formatFromName(out) ?? 'csv') : 'csv';
let fd = 1;
if (out) {
  try {
    fd = openSync(out, 'w');
  } catch (e) {
    usage(`Không ghi được tệp "${out}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
const totals = writeScan(catalogue, check, parsed.items, outFormat, (chunk) => writeSync(fd, chunk), lang);
const seconds = (performance.now() - started) / 1000;
if (out) closeSync(fd);

const rate = seconds > 0 ? Math.round(totals.rows / seconds) : totals.rows;
process.stderr.write(
  `Đã kiểm tra ${totals.rows} thành phần (${parsed.format}; ${parsed.problems.length} dòng lỗi bị bỏ qua): ` +
    `${totals.shouldNotRequest} không được yêu cầu, ${totals.conditional} chỉ khi không tra được dữ liệu, ${totals.fine} hợp lệ. ` +
    `${rate.toLocaleString('vi-VN')} thành phần/giây.${out ? ` Đã ghi ${out}.` : ''}\n`,
);
