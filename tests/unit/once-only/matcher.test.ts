import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../../lib/once-only/catalogue';
import { CatalogueSchema } from '../../../lib/once-only/catalogue.schema';
import { createMatcher, MAX_TEXT } from '../../../lib/once-only/matcher';
import { foldClauses } from '../../../lib/text/normalize';

const check = createMatcher(bundledCatalogue());
const verdict = (text: string, ctx?: Parameters<typeof check>[1]) => check(text, ctx)?.verdict ?? 'fine';

// S: should not be requested; C: conditional; F: fine. Wordings as portals and counter lists write them.
const CASES: [string, 'S' | 'C' | 'F'][] = [
  ['Bản sao Sổ hộ khẩu', 'S'],
  ['SỔ HỘ KHẨU', 'S'],
  ['So ho khau (ban sao)', 'S'],
  ['Sổ hộ khẩu photo', 'S'],
  ['CMND, HK (photo)', 'S'],
  ['Bản sao thẻ CCCD', 'S'],
  ['Photo CCCD 2 mặt', 'S'],
  ['Căn cước công dân gắn chip (photo 2 mặt)', 'S'],
  ['Bản sao sổ tạm trú', 'S'],
  ['Giấy xác nhận thông tin về cư trú (CT07)', 'S'],
  ['Bản sao thẻ bảo hiểm y tế', 'S'],
  ['Ảnh chụp màn hình VNeID', 'S'],
  ['Bản chính CCCD để đối chiếu, nộp bản photo', 'S'],
  ['Bản sao có chứng thực Giấy khai sinh', 'C'],
  ['Bản sao GKS', 'C'],
  ['Trích lục kết hôn', 'C'],
  ['Giấy chứng tử', 'C'],
  ['Bản sao sổ đỏ', 'C'],
  ['Photo sổ hồng', 'C'],
  ['Bản sao GPLX', 'C'],
  ['Sổ BHXH', 'C'],
  ['Giấy chứng nhận đăng ký hộ kinh doanh', 'C'],
  ['Giấy tờ chứng minh chỗ ở hợp pháp', 'C'],
  ['Bản sao CCCD hoặc hộ chiếu', 'C'],
  ['Trường hợp chưa có dữ liệu trong CSDL thì nộp bản sao CCCD', 'C'],
  ['Giấy chứng sinh', 'F'],
  ['Giấy báo tử hoặc giấy tờ thay thế giấy báo tử', 'F'],
  ['Tờ khai đăng ký khai tử', 'F'],
  ['Tờ khai tham gia BHYT (mẫu TK1-TS)', 'F'],
  ['Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', 'F'],
  ['02 ảnh 4x6', 'F'],
  ['Giấy khám sức khỏe', 'F'],
  ['Hợp đồng thuê nhà có công chứng', 'F'],
  ['Bản sao quyết định ly hôn của Tòa án', 'F'],
  ['Sơ đồ vị trí thửa đất', 'F'],
  ['Đối với người nước ngoài: bản sao hộ chiếu', 'F'],
  ['Xuất trình CCCD để đối chiếu', 'F'],
  ['Không phải nộp bản sao sổ hộ khẩu', 'F'],
  ['Không yêu cầu xuất trình Giấy khai sinh đối với trẻ em mới sinh', 'F'],
  ['Giấy chứng nhận quyền sử dụng đất (bản gốc)', 'F'],
  ['Nộp lại thẻ CCCD cũ (đối với trường hợp cấp đổi)', 'F'],
  ['Giấy chứng tử của bệnh viện cấp', 'F'],
  ['Phiếu báo thay đổi hộ khẩu, nhân khẩu (HK02)', 'F'],
  // Rows that state the rule themselves (the MoJ wizard's kết hôn rows, T9): read as such, not flagged.
  ['Thẻ căn cước. Trường hợp các thông tin cá nhân trong các giấy tờ này đã có trong CSDLQGVDC, CSDLHTĐT, được hệ thống điền tự động thì không phải tải lên (theo hình thức trực tuyến).', 'F'],
  ['Giấy tờ chứng minh nơi cư trú. Trường hợp các thông tin về giấy tờ chứng minh nơi cư trú đã được khai thác từ Cơ sở dữ liệu quốc gia về dân cư thì người có yêu cầu không phải xuất trình hoặc tải lên.', 'F'],
  // The same paper asked for outright, or only "nộp" after a database condition with no exemption: still flagged.
  ['Thẻ căn cước (bản chụp) của hai bên', 'S'],
];
const LETTER = { 'should-not-request': 'S', conditional: 'C', fine: 'F' } as const;

describe('once-only matcher', () => {
  it('the bundled catalogue validates and every legal reference has a source', () => {
    const c = CatalogueSchema.parse(bundledCatalogue());
    for (const ref of Object.values(c.legal)) expect(ref.sources.length).toBeGreaterThan(0);
  });

  it.each(CASES)('%s → %s', (text, expected) => {
    expect(LETTER[verdict(text)]).toBe(expected);
  });

  it('every example wording in the catalogue is flagged as its own paper', () => {
    for (const paper of bundledCatalogue().papers) {
      for (const example of paper.examples) {
        const f = check(example);
        expect(f?.paperId, example).toBeDefined();
      }
    }
  });

  it('reads typed-field labels only for papers whose number must not be typed', () => {
    expect(verdict('Số sổ hộ khẩu', { source: 'field' })).toBe('should-not-request');
    expect(verdict('Số CCCD/CMND của người yêu cầu', { source: 'field' })).toBe('fine');
    expect(verdict('Số CCCD/CMND của người yêu cầu', { source: 'component' })).toBe('should-not-request');
  });

  it('treats an upload slot as a copy and a "present" group as showing the original', () => {
    expect(verdict('Căn cước công dân', { source: 'upload', group: 'Giấy tờ phải xuất trình' })).toBe('should-not-request');
    expect(verdict('Căn cước công dân', { source: 'component', group: 'Giấy tờ phải xuất trình' })).toBe('fine');
    expect(verdict('Sổ hộ khẩu', { source: 'component', group: 'Giấy tờ phải xuất trình' })).toBe('should-not-request');
  });

  it('gives the same verdict for NFC, NFD, upper case and extra spacing', () => {
    for (const [text] of CASES) {
      const v = verdict(text);
      expect(verdict(text.normalize('NFD')), text).toBe(v);
      expect(verdict(text.toUpperCase()), text).toBe(v);
      expect(verdict(`  ${text.replace(/ /g, '   ')}\u00a0`), text).toBe(v);
    }
  });

  it('never throws and always answers a known verdict, whatever the string', () => {
    const verdicts = new Set(['should-not-request', 'conditional', 'fine']);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => verdicts.has(verdict(s))),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom('sổ', 'hộ', 'khẩu', 'bản', 'sao', 'CCCD', 'không', 'phải', 'nộp', 'trừ', 'trường', 'hợp', 'CSDL', '.', ';', 'hoặc', 'hộ chiếu', 'tờ khai', '\u0301', '🙂', '\u200b'), { maxLength: 60 }), (words) =>
        verdicts.has(verdict(words.join(' '))),
      ),
      { numRuns: 3000 },
    );
    for (const odd of [undefined, null, 42, {}, [], '', ' ', '\u0000', '\uD800', 'đ'.repeat(10_000)] as unknown[]) {
      expect(verdicts.has(verdict(odd as string))).toBe(true);
    }
  });

  it('stays fast on a 5 MB text by reading only its start', () => {
    const huge = `${'Giấy tờ khác; '.repeat(400_000)}Bản sao sổ hộ khẩu`;
    const t0 = performance.now();
    expect(verdict(huge)).toBe('fine'); // the request sits past MAX_TEXT characters: not a label
    expect(performance.now() - t0).toBeLessThan(200);
    expect(verdict(`Bản sao sổ hộ khẩu${' x'.repeat(MAX_TEXT)}`)).toBe('should-not-request');
  });

  it('foldClauses keeps clause ends and drops diacritics', () => {
    expect(foldClauses('Bản sao Sổ hộ khẩu; Đơn (mẫu).')).toBe('ban sao so ho khau . don mau .');
  });
});

describe('catalogue anchors', () => {
  it('every pattern match on real and test wordings contains one of its paper\'s anchors (the pre-scan never hides a hit)', async () => {
    const { readFileSync } = await import('node:fs');
    const wordings = [
      ...readFileSync('tests/once-only/labelled.jsonl', 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { component_text: string }).component_text),
      ...CASES.map(([t]) => t),
      ...bundledCatalogue().papers.flatMap((p) => p.examples),
    ];
    for (const paper of bundledCatalogue().papers) {
      const res = paper.patterns.map((s) => new RegExp(s, 'g'));
      for (const w of wordings) {
        const folded = foldClauses(w.replace(/(?:sổ|bìa)\s+(?:đỏ|hồng)/giu, ' sodo '));
        for (const re of res) {
          for (const m of folded.matchAll(re)) expect(paper.anchors.some((a) => m[0].includes(a) || folded.includes(a)), `${paper.id}: "${m[0]}" in "${w}"`).toBe(true);
        }
      }
    }
  });
});

describe('residence wordings (issue 21)', () => {
  it('the household book named without "sổ" after a copy word is flagged; "Hộ khẩu thường trú" as an address field is not', () => {
    expect(check('Bản sao hộ khẩu thường trú')?.paperId).toBe('household_book');
    expect(check('Hộ khẩu thường trú', { source: 'field' })).toBeNull();
    expect(check('Nơi đăng ký hộ khẩu thường trú')).toBeNull();
  });
  it('residence data as a VNeID image, and the personal-ID-number notice, are flagged', () => {
    expect(check('Ảnh chụp thông tin cư trú trên ứng dụng VNeID')?.paperId).toBe('vneid_screenshot');
    expect(check('Giấy thông báo mã số định danh cá nhân')?.paperId).toBe('residence_confirmation');
  });
  it('the paper a procedure is about, handed in as it is, is its own object; a copy of it is still a request', () => {
    const procedureName = 'Cấp đổi thẻ Căn cước công dân';
    expect(check('Thẻ căn cước công dân đang sử dụng', { procedureName })).toBeNull();
    expect(check('Bản sao thẻ căn cước công dân', { procedureName })?.verdict).toBe('should-not-request');
    expect(check('Thẻ căn cước công dân đang sử dụng')?.verdict).toBe('should-not-request');
    // An abolished paper stays flagged whatever the procedure says.
    expect(check('Sổ hộ khẩu', { procedureName: 'Cấp đổi sổ hộ khẩu' })?.verdict).toBe('should-not-request');
  });
  it('the residence form rows: the proof of lawful accommodation is conditional, the form and the lease are fine', () => {
    expect(check('Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp')?.verdict).toBe('conditional');
    expect(check('Tờ khai thay đổi thông tin cư trú')).toBeNull();
    expect(check('Hợp đồng cho thuê, cho mượn, cho ở nhờ')).toBeNull();
    expect(check('Giấy tờ chứng minh về việc không còn chỗ ở hợp pháp')).toBeNull();
  });
});
