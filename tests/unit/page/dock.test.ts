import { describe, expect, test } from 'vitest';
import { dockSide } from '../../../lib/page/dock';

const box = (left: number, top: number, width: number, height: number) => ({ left, top, width, height, right: left + width, bottom: top + height });
const viewport = { width: 1366, height: 657 };

describe('launcher dock', () => {
  test('bottom-left unless a portal control is under it; then bottom-right', () => {
    expect(dockSide([], viewport)).toBe('left');
    expect(dockSide([box(1100, 600, 150, 40)], viewport)).toBe('left'); // iGate's "Tiếp tục" on the right
    expect(dockSide([box(50, 610, 155, 40)], viewport)).toBe('right'); // /nop-ho-so's "Lưu và nộp hồ sơ"
    expect(dockSide([box(50, 200, 155, 40)], viewport)).toBe('left'); // scrolled away: back to the left
  });
  test('hidden controls (no size) do not count; both corners taken keeps the left', () => {
    expect(dockSide([box(50, 610, 0, 0)], viewport)).toBe('left');
    expect(dockSide([box(50, 610, 155, 40), box(1200, 610, 100, 40)], viewport)).toBe('left');
  });
});
