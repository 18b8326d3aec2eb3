import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../../lib/once-only/catalogue';
import { createMatcher } from '../../../lib/once-only/matcher';
import { csvCell } from '../../../lib/export/csv';
import { scanRow } from '../../../lib/once-only/report';
import { writeScan } from '../../../lib/once-only/scan';
import { formatFromName, parseCsvRecords, parseScanInput, sniffFormat } from '../../../lib/once-only/scan-input';

describe('scan input', () => {
  it('reads JSON Lines, ignores other fields, reports a bad line with its number and keeps going', () => {
    const text = ['{"procedure_code":"1.001193","component_text":"Giấy chứng sinh","x":1}', 'not json', '', '{"procedure_code":"1.004222"}', '{"procedure_code":"1.004222","component_text":"Bản sao Sổ hộ khẩu"}'].join('\n');
    const r = parseScanInput(text, 'jsonl');
    expect(r.items.map((i) => [i.line, i.componentText])).toEqual([
      [1, 'Giấy chứng sinh'],
      [5, 'Bản sao Sổ hộ khẩu'],
    ]);
    expect(r.problems.map((p) => p.line)).toEqual([2, 4]);
    expect(r.problems[0]!.message).toMatch(/JSON/);
  });

  it('reads CSV with quotes, commas, new lines inside cells, a BOM and any column order', () => {
    const text = '\uFEFFcomponent_text,procedure_code,extra\r\n"Giấy tờ, tài liệu ""chứng minh""\nchỗ ở",1.004222,x\r\nBản sao Sổ hộ khẩu,1.004222,y\r\nbroken row\r\n';
    const r = parseScanInput(text);
    expect(r.format).toBe('csv');
    expect(r.items.map((i) => [i.line, i.procedureCode, i.componentText])).toEqual([
      [2, '1.004222', 'Giấy tờ, tài liệu "chứng minh"\nchỗ ở'],
      [4, '1.004222', 'Bản sao Sổ hộ khẩu'],
    ]);
    expect(r.problems).toEqual([{ line: 5, message: expect.stringMatching(/cột/) }]);
  });

  it('skips a CSV record whose quote never closes and resumes on the next line', () => {
    const problems: { line: number; message: string }[] = [];
    const records = parseCsvRecords('a,b\n"open,1\nc,d\n', problems);
    expect(problems.map((p) => p.line)).toEqual([2]);
    expect(records.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('reads a JSON array of procedures with the line of each procedure', () => {
    const text = '[\n  {"code": "1.001193", "name": "Đăng ký khai sinh", "components": ["Giấy chứng sinh", 5]},\n  {"name": "no code"},\n  {"code": "1.004873", "components": ["Bản sao CCCD"]}\n]';
    const r = parseScanInput(text, 'json');
    expect(r.items.map((i) => [i.line, i.procedureCode, i.componentText])).toEqual([
      [2, '1.001193', 'Giấy chứng sinh'],
      [4, '1.004873', 'Bản sao CCCD'],
    ]);
    expect(r.problems.map((p) => p.line)).toEqual([2, 3]);
  });

  it('reports an unreadable JSON file instead of throwing', () => {
    const r = parseScanInput('[{"code": "1", "components": [}', 'json');
    expect(r.items).toEqual([]);
    expect(r.problems[0]!.message).toMatch(/không phải JSON/);
  });

  it('chooses the format from the name, else from the first character', () => {
    expect(formatFromName('x.JSONL')).toBe('jsonl');
    expect(formatFromName('x.csv')).toBe('csv');
    expect(formatFromName('x.json')).toBe('json');
    expect(formatFromName('x.txt')).toBeNull();
    expect(sniffFormat('  [')).toBe('json');
    expect(sniffFormat('{"a":1}')).toBe('jsonl');
    expect(sniffFormat('procedure_code,component_text')).toBe('csv');
  });
});

describe('scan output', () => {
  const catalogue = bundledCatalogue();
  const check = createMatcher(catalogue);
  const rows = ['- Bản sao Sổ hộ khẩu', 'Giấy chứng sinh', '=HYPERLINK("x")'].map((t) => scanRow(catalogue, '1.001193', t, check(t)));

  it('keeps input order and names the database and legal basis only for flagged rows', () => {
    expect(rows.map((r) => r.verdict)).toEqual(['should-not-request', 'fine', 'fine']);
    expect(rows[0]!.database).toContain('dân cư');
    expect(rows[0]!.legal_basis).toContain('104/2022/NĐ-CP');
    expect(rows[1]).toMatchObject({ database: '', legal_basis: '' });
  });

  const items = ['- Bản sao Sổ hộ khẩu', 'Giấy chứng sinh', '=HYPERLINK("x")'].map((t, i) => ({ line: i + 1, procedureCode: '1.001193', procedureName: null, componentText: t }));
  const written = (format: 'csv' | 'json' | 'jsonl') => {
    let out = '';
    const totals = writeScan(catalogue, check, items, format, (c) => (out += c));
    return { out, totals };
  };

  it('writes CSV with a BOM, CRLF and formula-like cells neutralised', () => {
    const { out, totals } = written('csv');
    expect(out.startsWith('\uFEFFprocedure_code,component_text,verdict,database,legal_basis\r\n')).toBe(true);
    expect(out).toContain("1.001193,'- Bản sao Sổ hộ khẩu,should-not-request,");
    expect(out).toContain(`"'=HYPERLINK(""x"")"`);
    expect(out.trimEnd().split('\r\n')).toHaveLength(4);
    expect(totals).toEqual({ rows: 3, shouldNotRequest: 1, conditional: 0, fine: 2 });
    expect(csvCell('@SUM(1)')).toBe("'@SUM(1)");
  });

  it('writes JSON and JSON Lines with the exact text, one row per component in input order', () => {
    const json = JSON.parse(written('json').out) as { component_text: string; verdict: string }[];
    expect(json.map((r) => r.component_text)).toEqual(items.map((i) => i.componentText));
    expect(Object.keys(json[0]!)).toEqual(['procedure_code', 'component_text', 'verdict', 'database', 'legal_basis']);
    const lines = written('jsonl').out.trim().split('\n').map((l) => JSON.parse(l) as { verdict: string });
    expect(lines.map((r) => r.verdict)).toEqual(['should-not-request', 'fine', 'fine']);
  });
});

describe('JSON Lines line numbers', () => {
  it('a bad line or a line with two values is reported by its number and never shifts the others', () => {
    const good = ['{"procedure_code":"1","component_text":"Sổ hộ khẩu"}', '', '{"procedure_code":"2","component_text":"Giấy chứng sinh"}', '{"component_text":"x", "procedure_code": 3}'];
    const clean = parseScanInput(good.join('\r\n'), 'jsonl');
    expect(clean.items.map((i) => [i.line, i.procedureCode, i.componentText])).toEqual([
      [1, '1', 'Sổ hộ khẩu'],
      [3, '2', 'Giấy chứng sinh'],
      [4, '3', 'x'],
    ]);
    const withBad = parseScanInput([...good.slice(0, 2), '{"a":1} {"b":2}', ...good.slice(2)].join('\n'), 'jsonl');
    expect(withBad.items.map((i) => [i.line, i.componentText])).toEqual([
      [1, 'Sổ hộ khẩu'],
      [4, 'Giấy chứng sinh'],
      [5, 'x'],
    ]);
    expect(withBad.problems.map((p) => p.line)).toEqual([3]);
    // Valid JSON that is not an object per line ("1, 2") cannot shift the line numbers either.
    const tricky = parseScanInput('{"component_text":"a"}\n1, 2\n{"component_text":"b"}', 'jsonl');
    expect(tricky.items.map((i) => [i.line, i.componentText])).toEqual([
      [1, 'a'],
      [3, 'b'],
    ]);
    expect(tricky.problems.map((p) => p.line)).toEqual([2]);
  });
});
