import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { answersFromCase, guideStartsOn, resumeGuide, sequence, startGuide, transition, viewOf, type GuideEvent, type GuideState } from '../../../lib/guides/engine';
import type { GuidePack } from '../../../lib/guides/pack.schema';

const pack = JSON.parse(readFileSync('public/guides/1.001193.json', 'utf8')) as GuidePack;

function run(state: GuideState, ...events: GuideEvent[]) {
  const outcomes = [];
  for (const e of events) {
    const t = transition(pack, state, e, 1000);
    state = t.state;
    if (t.outcome) outcomes.push(t.outcome);
  }
  return { state, outcomes };
}

describe('guide engine', () => {
  const start = startGuide(pack, 'igate', 0)!;

  test('starts at the first step for the portal; no step for a portal the pack does not cover', () => {
    expect(start.stepId).toBe('kiem-tra-nguoi-nop');
    expect(viewOf(pack, start)).toMatchObject({ index: 1, isFirst: true, question: null });
    expect(startGuide(pack, 'lienthong', 0)).toBeNull();
  });

  test('a guide starts on filing pages, and on the procedure page only when the pack has steps there for this portal', () => {
    const marital = JSON.parse(readFileSync('public/guides/1.004873.json', 'utf8')) as GuidePack;
    expect(guideStartsOn(pack, 'igate', 'filing-form')).toBe(true);
    expect(guideStartsOn(pack, 'dvcqg', 'procedure-detail')).toBe(false);
    expect(guideStartsOn(marital, 'dvcqg', 'procedure-detail')).toBe(true);
    expect(guideStartsOn(marital, 'igate', 'procedure-detail')).toBe(false);
    expect(guideStartsOn(marital, 'dvcqg', 'procedure-search')).toBe(false);
    expect(startGuide(marital, 'dvcqg', 0)?.stepId).toBe('doc-thanh-phan');
  });

  test('next and back move along the sequence; back on the first step stays', () => {
    const { state } = run(start, { type: 'next' }, { type: 'next' }, { type: 'back' });
    expect(state.stepId).toBe('so-dien-thoai');
    expect(run(start, { type: 'back' }).state.stepId).toBe('kiem-tra-nguoi-nop');
  });

  test('an advance signal moves only when it is the current step\'s rule and id', () => {
    const s1 = run(start, { type: 'next' }).state; // so-dien-thoai: field-filled
    expect(run(s1, { type: 'advance', signal: 'target-clicked', stepId: 'so-dien-thoai' }).state.stepId).toBe('so-dien-thoai');
    expect(run(s1, { type: 'advance', signal: 'field-filled', stepId: 'kiem-tra-nguoi-nop' }).state.stepId).toBe('so-dien-thoai');
    expect(run(s1, { type: 'advance', signal: 'field-filled', stepId: 'so-dien-thoai' }).state.stepId).toBe('phuong-xa');
  });

  test('a guide counts as completed only when a trusted event finished it (issue 18 §2)', () => {
    // The same pack ending at its submit step, which moves on when the portal's button is clicked.
    const short: GuidePack = { ...pack, steps: pack.steps.slice(0, pack.steps.findIndex((x) => x.id === 'nop-ho-so') + 1) };
    const atLast: GuideState = { ...start, stepId: 'nop-ho-so' };
    const click = { type: 'advance', signal: 'target-clicked', stepId: 'nop-ho-so' } as const;
    const byScript = transition(short, atLast, click, 1);
    expect(byScript.state.status).toBe('completed');
    expect(byScript.outcome).toBeNull();
    expect(transition(short, atLast, { ...click, trusted: true }, 1).outcome?.outcome).toBe('completed');
    expect(transition(short, atLast, { type: 'next' }, 1).outcome?.outcome).toBe('completed');
  });

  test('a conditional step asks its question; "no" skips it, "yes" shows it', () => {
    let state = start;
    while (state.stepId !== 'tai-giay-chung-sinh') state = run(state, { type: 'next' }).state;
    const atQuestion = run(state, { type: 'next' }).state;
    expect(atQuestion.stepId).toBe('tai-bien-ban-bo-roi');
    expect(viewOf(pack, atQuestion)?.question).toBe('tre-bi-bo-roi');
    // cannot pass a pending question with Next
    expect(run(atQuestion, { type: 'next' }).state.stepId).toBe('tai-bien-ban-bo-roi');
    expect(run(atQuestion, { type: 'answer', question: 'tre-bi-bo-roi', value: false }).state.stepId).toBe('sang-le-phi');
    const yes = run(atQuestion, { type: 'answer', question: 'tre-bi-bo-roi', value: true }).state;
    expect(yes.stepId).toBe('tai-bien-ban-bo-roi');
    expect(viewOf(pack, yes)?.question).toBeNull();
    // after "no", the step is gone from the count
    const no = run(atQuestion, { type: 'answer', question: 'tre-bi-bo-roi', value: false }).state;
    expect(viewOf(pack, no)!.count).toBe(sequence(pack, 'igate', {}).length - 1);
  });

  test('finishing, exiting and a missing target give outcomes without personal data', () => {
    let state = start;
    const outcomes = [];
    for (let i = 0; i < 30 && state.status === 'running'; i++) {
      const t = transition(pack, state, viewOf(pack, state)?.question ? { type: 'answer', question: viewOf(pack, state)!.question!, value: false } : { type: 'next' }, 5);
      state = t.state;
      if (t.outcome) outcomes.push(t.outcome);
    }
    expect(state.status).toBe('completed');
    expect(outcomes).toEqual([{ procedureCode: '1.001193', portal: 'igate', outcome: 'completed', stepId: null, at: 5 }]);

    const exited = run(start, { type: 'next' }, { type: 'exit' });
    expect(exited.state.status).toBe('exited');
    expect(exited.outcomes).toEqual([{ procedureCode: '1.001193', portal: 'igate', outcome: 'exited', stepId: 'so-dien-thoai', at: 1000 }]);
    expect(run(exited.state, { type: 'next' }).state).toBe(exited.state);

    const missing = run(start, { type: 'target-missing', stepId: 'kiem-tra-nguoi-nop' }, { type: 'target-missing', stepId: 'kiem-tra-nguoi-nop' });
    expect(missing.outcomes).toEqual([{ procedureCode: '1.001193', portal: 'igate', outcome: 'failed', stepId: 'kiem-tra-nguoi-nop', at: 1000 }]);
    expect(viewOf(pack, missing.state)?.degraded).toBe(true);
  });

  test('resume: a saved running state comes back at the same step; stale or foreign states do not', () => {
    const mid = run(start, { type: 'next' }, { type: 'next' }).state;
    const saved = JSON.parse(JSON.stringify(mid)) as GuideState;
    expect(resumeGuide(pack, saved, 'igate', 9)?.stepId).toBe('phuong-xa');
    expect(resumeGuide(pack, { ...saved, status: 'exited' }, 'igate', 9)).toBeNull();
    expect(resumeGuide(pack, { ...saved, procedureCode: '2.000986' }, 'igate', 9)).toBeNull();
    expect(resumeGuide(pack, { ...saved, stepId: 'removed-in-a-newer-pack' }, 'igate', 9)?.stepId).toBe('kiem-tra-nguoi-nop');
    expect(resumeGuide(pack, null, 'igate', 9)).toBeNull();
  });
});

describe('hand-over between the portals of one pack', () => {
  const twoPortals: GuidePack = {
    ...pack,
    portals: ['dvcqg-2026', 'moj'],
    questions: [{ id: 'uy-quyen', text: { vi: 'Nộp thay?' } }],
    steps: [
      { id: 'qg-the', portal: 'dvcqg-2026', page: 'service-list', target: { key: 'service:uy-ban-nhan-dan' }, text: { vi: 'Bấm thẻ.' }, action: 'click', advance: 'target-clicked' },
      { id: 'moj-xac-nhan', portal: 'moj', target: { key: 'button:xac-nhan' }, text: { vi: 'Xác nhận.' }, action: 'click', advance: 'target-clicked' },
      { id: 'moj-uy-quyen', portal: 'moj', when: { question: 'uy-quyen', is: true }, text: { vi: 'Văn bản ủy quyền.' }, action: 'read', advance: 'manual' },
    ],
  };
  const onCard = { ...startGuide(twoPortals, 'dvcqg-2026', 0)!, answers: { 'uy-quyen': true } };
  const click = (trusted: boolean): GuideEvent => ({ type: 'advance', signal: 'target-clicked', stepId: 'qg-the', trusted });

  test("the person's click on the last step here hands over, uncounted; a script's click only ends it", () => {
    const t = transition(twoPortals, onCard, click(true), 10);
    expect(t.state.status).toBe('handed-over');
    expect(t.outcome).toBeNull();
    expect(transition(twoPortals, onCard, click(false), 10).state.status).toBe('completed');
  });

  test('the next portal starts at its first step, with the answers given so far; late or on the same portal, nothing', () => {
    const handed = transition(twoPortals, onCard, click(true), 10).state;
    expect(resumeGuide(twoPortals, handed, 'moj', 20)).toMatchObject({ portal: 'moj', status: 'running', stepId: 'moj-xac-nhan', answers: { 'uy-quyen': true } });
    expect(resumeGuide(twoPortals, handed, 'moj', 10 + 31 * 60_000)).toBeNull();
    expect(resumeGuide(twoPortals, handed, 'dvcqg-2026', 20)).toBeNull();
  });

  test('a single-portal pack completes as before', () => {
    const single = { ...twoPortals, portals: ['dvcqg-2026' as const], steps: [twoPortals.steps[0]!] };
    expect(transition(single, startGuide(single, 'dvcqg-2026', 0)!, click(true), 10)).toMatchObject({ state: { status: 'completed' }, outcome: { outcome: 'completed' } });
  });
});

describe('answers the page gives: the case chosen on the portal', () => {
  const xoa: GuidePack = {
    ...pack,
    portals: ['cutru'],
    questions: [{ id: 'khong-con-cho-o', text: { vi: 'Xóa vì không còn chỗ ở hợp pháp?' }, fromCase: ['TAT-XOA-13', 'TAT-XOA-14'] }, { id: 'khac', text: { vi: 'Câu hỏi khác?' } }],
    steps: [
      { id: 'truong-hop', target: { key: 'field:chon-truong-hop' }, text: { vi: 'Chọn trường hợp.' }, action: 'choose', advance: 'field-filled' },
      { id: 'giay-to', when: { question: 'khong-con-cho-o', is: true }, target: { key: 'upload:giay-to-chung-minh' }, text: { vi: 'Tải lên giấy tờ.' }, action: 'upload', advance: 'upload-finished' },
      { id: 'cam-ket', text: { vi: 'Cam kết.' }, action: 'read', advance: 'manual' },
    ],
  };
  test('a case among the codes is yes, another case is no, no case chosen answers nothing; questions without codes are left to the person', () => {
    expect(answersFromCase(xoa, 'TAT-XOA-14')).toEqual({ 'khong-con-cho-o': true });
    expect(answersFromCase(xoa, 'TAT-XOA-15')).toEqual({ 'khong-con-cho-o': false });
    expect(answersFromCase(xoa, null)).toEqual({});
  });
  test('the branch follows the case: absent from home, the upload step drops out', () => {
    const s = startGuide(xoa, 'cutru', 0)!;
    const absent = transition(xoa, s, { type: 'answer', question: 'khong-con-cho-o', value: false }, 1).state;
    expect(sequence(xoa, 'cutru', absent.answers).map((x) => x.id)).toEqual(['truong-hop', 'cam-ket']);
    const moved = transition(xoa, s, { type: 'answer', question: 'khong-con-cho-o', value: true }, 1).state;
    expect(sequence(xoa, 'cutru', moved.answers).map((x) => x.id)).toEqual(['truong-hop', 'giay-to', 'cam-ket']);
  });
  test('a case changed later brings back the step it now needs, even one already passed by', () => {
    const atEnd = { ...startGuide(xoa, 'cutru', 0)!, stepId: 'cam-ket', answers: { 'khong-con-cho-o': false } };
    expect(transition(xoa, atEnd, { type: 'answer', question: 'khong-con-cho-o', value: true }, 1).state.stepId).toBe('giay-to');
    // The same answer again, or one that only drops a step, leaves the current step alone.
    const needed = { ...atEnd, answers: { 'khong-con-cho-o': true } };
    expect(transition(xoa, needed, { type: 'answer', question: 'khong-con-cho-o', value: true }, 1).state.stepId).toBe('cam-ket');
    expect(transition(xoa, needed, { type: 'answer', question: 'khong-con-cho-o', value: false }, 1).state.stepId).toBe('cam-ket');
  });
});
