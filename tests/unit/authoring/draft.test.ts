import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { addStep, draftFromPack, draftToPack, markLabelSource, moveStep, newDraft, pageLabelSteps, removeStep, updateMeta, updateStep, type Draft } from '../../../lib/authoring/draft';
import { previewPack } from '../../../lib/authoring/preview';
import { stepText } from '../../../lib/authoring/step-text';
import { parsePack } from '../../../lib/guides/pack';
import type { GuideStep } from '../../../lib/guides/pack.schema';

const step = (key: string, page: GuideStep['page'] = 'filing-form'): Omit<GuideStep, 'id'> => ({
  portal: 'igate', page, target: { key, label: key }, text: { vi: `Bước ${key}` }, action: 'fill', advance: 'field-filled',
});

function withSteps(...keys: string[]): Draft {
  return keys.reduce((d, k, i) => addStep(d, step(k), i + 2).draft, newDraft('d1', 1, '1.001193'));
}

describe('editing a draft', () => {
  test('steps get ids that stay unique after a deletion; every edit is timestamped', () => {
    let d = withSteps('field:a', 'field:b', 'field:c');
    expect(d.steps.map((s) => s.id)).toEqual(['buoc-1', 'buoc-2', 'buoc-3']);
    d = removeStep(d, 'buoc-2', 10);
    const added = addStep(d, step('field:d'), 11);
    expect(added.id).toBe('buoc-4');
    expect(added.draft.updatedAt).toBe(11);
    expect(new Set(added.draft.steps.map((s) => s.id)).size).toBe(3);
  });

  test('moving up and down; nothing happens at the ends', () => {
    const d = withSteps('field:a', 'field:b', 'field:c');
    expect(moveStep(d, 'buoc-3', -1, 5).steps.map((s) => s.id)).toEqual(['buoc-1', 'buoc-3', 'buoc-2']);
    expect(moveStep(d, 'buoc-1', -1, 5)).toBe(d);
    expect(moveStep(d, 'buoc-3', 1, 5)).toBe(d);
    expect(updateStep(d, 'buoc-2', { text: { vi: 'Mới' } }, 6).steps[1]!.text.vi).toBe('Mới');
  });

  test('export goes through the pack schema: what is missing is listed, and a complete draft is a valid single-portal pack', () => {
    let d = withSteps('field:so-dien-thoai');
    const missing = draftToPack(updateMeta(d, { procedureCode: '' }, 3), '2026-11-24');
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.problems.map((p) => p.path).sort()).toEqual(['procedureCode', 'sources', 'title.vi']);
    d = updateMeta(d, { title: { vi: 'Đăng ký khai sinh', en: '' }, sources: [{ kind: 'legal', title: 'Luật Hộ tịch số 60/2014/QH13' }] }, 4);
    const r = draftToPack(d, '2026-11-24');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.pack).toMatchObject({ procedureCode: '1.001193', portals: ['igate'], verified: false, lastReviewed: '2026-11-24', title: { vi: 'Đăng ký khai sinh' } });
      expect(r.pack.steps[0]!.portal).toBeUndefined();
      expect(r.pack.title.en).toBeUndefined();
    }
  });

  test('a draft with steps on two portals names the portal on each step', () => {
    let d = withSteps('field:a');
    d = addStep(d, { ...step('section:thanh-phan-ho-so', 'procedure-detail'), portal: 'dvcqg' }, 5).draft;
    d = updateMeta(d, { title: { vi: 'X', en: '' }, sources: [{ kind: 'other', title: 'Y' }] }, 6);
    const r = draftToPack(d, '2026-11-24');
    expect(r.ok && r.pack.portals).toEqual(['igate', 'dvcqg']);
    expect(r.ok && r.pack.steps.map((s) => s.portal)).toEqual(['igate', 'dvcqg']);
  });

  test('a bundled pack becomes a draft and back without losing anything but its review date and flag', () => {
    const pack = JSON.parse(readFileSync('public/guides/1.001193.json', 'utf8'));
    const parsed = parsePack(pack);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const back = draftToPack(draftFromPack(parsed.pack, 'd2', 1), parsed.pack.lastReviewed);
    expect(back.ok && { ...back.pack, verified: parsed.pack.verified }).toEqual(parsed.pack);
  });

  test('a draft to be shared needs https links: an http source is named, as on import', () => {
    const parsed = parsePack(JSON.parse(readFileSync('public/guides/1.004873.json', 'utf8')));
    if (!parsed.ok) throw new Error('bundled pack');
    const back = draftToPack(draftFromPack(parsed.pack, 'd3', 1), parsed.pack.lastReviewed);
    expect(!back.ok && back.problems.map((p) => p.message)).toContain('chỉ nhận liên kết bắt đầu bằng https://');
  });

  test('preview fills what is not written yet, and still refuses a step without text', () => {
    const d = withSteps('field:a');
    const r = previewPack({ ...d, procedureCode: '' }, '1.004873', '2026-11-24');
    expect(r.ok && [r.pack.procedureCode, r.pack.title.vi]).toEqual(['1.004873', 'Bản nháp']);
    const bad = previewPack(updateStep(d, 'buoc-1', { text: { vi: '' } }, 2), null, '2026-11-24');
    expect(bad.ok).toBe(false);
  });

  test('the first wording of a step names the element in bold and says what to do', () => {
    expect(stepText('click', 'Tiếp tục')).toBe('Bấm **Tiếp tục**.');
    expect(stepText('upload', 'Giấy chứng sinh')).toBe('Ở dòng **Giấy chứng sinh**, chọn tệp và tải lên.');
    expect(stepText('read', '')).toBe('Đọc chỗ được tô sáng.');
    expect(stepText('fill', 'Ghi chú *')).toBe('Nhập **Ghi chú**.');
  });
});

describe('labels taken from page text (issue 18 §5)', () => {
  test('are listed for review before sharing; an adapter label or a deleted step is not', () => {
    let d = newDraft('d9', 1, '1.001193');
    const a = addStep(d, { portal: 'igate', target: { key: 'button:goi', label: 'Gọi …' }, text: { vi: 'Bấm nút.' }, action: 'click', advance: 'target-clicked' }, 2);
    d = markLabelSource(a.draft, a.id, 'page');
    const b = addStep(d, { portal: 'igate', target: { key: 'field:so-dien-thoai', label: 'Số điện thoại' }, text: { vi: 'Nhập.' }, action: 'fill', advance: 'field-filled' }, 3);
    d = markLabelSource(b.draft, b.id, 'adapter');
    expect(pageLabelSteps(d)).toEqual([{ index: 0, label: 'Gọi …' }]);
    expect(pageLabelSteps(removeStep(d, a.id, 4))).toEqual([]);
  });
});
