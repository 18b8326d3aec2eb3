import { describe, expect, test } from 'vitest';
import { PAGE_HOSTS, RESIDENT_HOSTS, SUPPORTED_HOSTS, isProvincialPortalHost, parseProvincialHost } from '../../../lib/portals/hosts';
import { adapterFor } from '../../../lib/portals/registry';

describe('hosts', () => {
  test('no wildcard host is ever in the supported list', () => {
    for (const h of SUPPORTED_HOSTS) expect(h).toMatch(/^[a-z.]+\.gov\.vn$/);
  });

  test.each([
    ['dichvucong.gialai.gov.vn', 'dichvucong.gialai.gov.vn'],
    ['https://DichVuCong.GiaLai.gov.vn/vi/padsvc/home', 'dichvucong.gialai.gov.vn'],
    ['  dichvucong.tuyenquang.gov.vn/  ', 'dichvucong.tuyenquang.gov.vn'],
    ['dichvucong.gov.vn', null],
    ['evil.com', null],
    ['dichvucong.gialai.gov.vn.evil.com', null],
    ['mail.gialai.gov.vn', null],
    ['', null],
    ['http://[::1', null],
  ])('parseProvincialHost(%j) → %j', (input, out) => expect(parseProvincialHost(input)).toBe(out));

  test('each host has exactly the adapter of its portal family', () => {
    // Since March 2026 the main host is the React app; the legacy pages live on only under vpcp.
    expect(adapterFor('dichvucong.gov.vn')?.id).toBe('dvcqg-2026');
    expect(adapterFor('sso.dancuquocgia.gov.vn')?.id).toBe('dvcqg-2026');
    expect(adapterFor('vpcp.dichvucong.gov.vn')?.id).toBe('dvcqg');
    expect(adapterFor('xacthuc.dichvucong.gov.vn')?.id).toBe('dvcqg');
    expect(adapterFor('lienthong.dichvucong.gov.vn')?.id).toBe('lienthong');
    expect(adapterFor('dichvucongnganhtuphap.moj.gov.vn')?.id).toBe('moj');
    expect(adapterFor('tokhaidientu.moj.gov.vn')?.id).toBe('moj-eform');
    // The Ministry of Public Security's hosts have a province's shape (dichvucong.<x>.gov.vn): never iGate, never a province to add.
    expect(adapterFor('dichvucong.bocongan.gov.vn')?.id).toBe('bca');
    expect(adapterFor('dichvucong.dancuquocgia.gov.vn')?.id).toBe('cutru');
    expect(adapterFor('dichvucong.laichau.gov.vn')?.id).toBe('igate1');
    expect(isProvincialPortalHost('dichvucong.bocongan.gov.vn')).toBe(false);
    expect(isProvincialPortalHost('dichvucong.dancuquocgia.gov.vn')).toBe(false);
    expect(adapterFor('dichvucong.quangngai.gov.vn')?.id).toBe('igate');
    expect(adapterFor('dichvucong.gialai.gov.vn')?.id).toBe('igate');
    expect(adapterFor('example.com')).toBeNull();
    for (const h of SUPPORTED_HOSTS) expect(adapterFor(h), h).not.toBeNull();
    expect(isProvincialPortalHost('dichvucong.gov.vn')).toBe(false);
  });

  test('every page host is in exactly one resident family, read by the adapters that family bundles', () => {
    const families = Object.entries(RESIDENT_HOSTS);
    for (const h of PAGE_HOSTS) expect(families.filter(([, hosts]) => (hosts as readonly string[]).includes(h)).map(([f]) => f), h).toHaveLength(1);
    expect(families.flatMap(([, hosts]) => hosts).sort()).toEqual([...PAGE_HOSTS].sort());
    // What entrypoints/<family>.content.ts pass to startResident.
    const bundled: Record<keyof typeof RESIDENT_HOSTS, string[]> = { national: ['dvcqg-2026'], legacy: ['dvcqg'], lienthong: ['lienthong'], moj: ['moj'], bca: ['bca', 'cutru'], provincial: ['igate1', 'igate'] };
    for (const [family, hosts] of families) for (const h of hosts) expect(bundled[family as keyof typeof RESIDENT_HOSTS], `${family}: ${h}`).toContain(adapterFor(h)!.id);
  });
});
