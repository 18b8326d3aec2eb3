import { describe, expect, it } from 'vitest';
import { OpenLimiter } from '../../../lib/messaging/open-limit';

describe('pages opened for a tab', () => {
  it('five clicks in a row open one page; a person clicking again later opens another; a minute caps the rest', () => {
    const limit = new OpenLimiter({ gapMs: 1500, perMinute: 3 });
    expect([0, 10, 20, 30, 40].map((t) => limit.allow('tab:1', t))).toEqual([true, false, false, false, false]);
    expect(limit.allow('tab:1', 2000)).toBe(true);
    expect(limit.allow('tab:1', 4000)).toBe(true);
    expect(limit.allow('tab:1', 6000)).toBe(false);
    expect(limit.allow('tab:2', 6000)).toBe(true);
    expect(limit.allow('tab:1', 61_000)).toBe(true);
  });
});
