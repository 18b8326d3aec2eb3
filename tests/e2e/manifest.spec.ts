/** The built manifests ask for the portal hosts only, with Vietnamese as the default locale. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { recordFigure } from '../figures';
import { FRAME_HOSTS, OPTIONAL_HOST_PATTERN, PAGE_HOSTS, RESIDENT_HOSTS, SUPPORTED_HOSTS, matchPattern } from '../../lib/portals/hosts';

const vi = JSON.parse(readFileSync('public/_locales/vi/messages.json', 'utf8')) as Record<string, { message: string }>;

for (const target of ['chrome-mv3', 'firefox-mv3']) {
  test(`${target} manifest: portal hosts only, strict CSP, Vietnamese name`, () => {
    const raw = readFileSync(`.output/${target}/manifest.json`, 'utf8'); // npm test builds both first
    const m = JSON.parse(raw) as Record<string, unknown> & { host_permissions: string[]; content_scripts: { matches: string[]; js: string[]; all_frames?: boolean }[] };
    expect(m.manifest_version).toBe(3);
    expect(m.default_locale).toBe('vi');
    expect(m.name).toBe('__MSG_extName__');
    expect(vi.extName!.message).toBe('Trợ lý Dịch vụ công');
    expect([...m.host_permissions].sort()).toEqual(SUPPORTED_HOSTS.map(matchPattern).sort());
    // One resident script per portal family, each on its own hosts: together every page host, none twice.
    const residents = m.content_scripts.filter((c) => !c.all_frames);
    expect(residents.map((c) => c.js.length)).toEqual(residents.map(() => 1));
    expect(residents.map((c) => [...c.matches].sort()).sort()).toEqual(Object.values(RESIDENT_HOSTS).map((hosts) => hosts.map(matchPattern).sort()).sort());
    expect(residents.flatMap((c) => c.matches).sort()).toEqual(PAGE_HOSTS.map(matchPattern).sort());
    // Provinces added at run time are registered with the provincial family's file (lib/provinces/added-portals.ts).
    expect(residents.find((c) => c.js[0] === 'content-scripts/content.js')!.matches.sort()).toEqual(RESIDENT_HOSTS.provincial.map(matchPattern).sort());
    // The MoJ declaration host: its own script, in frames only (it never runs at that host's top level).
    const frames = m.content_scripts.filter((c) => c.all_frames);
    expect(frames.map((c) => [c.matches, c.all_frames])).toEqual([[FRAME_HOSTS.map(matchPattern), true]]);
    // The companion is injected on first use: never in the manifest, never web-accessible.
    expect(raw).not.toContain('companion.js');
    expect(m.optional_host_permissions).toEqual([OPTIONAL_HOST_PATTERN]);
    expect(m.permissions).toEqual(['storage', 'scripting', 'webRequest']);
    expect(raw).not.toMatch(/<all_urls>|\*:\/\/\*\/\*|"https:\/\/\*\/\*"|unsafe-eval/);
    const csp = (m.content_security_policy as { extension_pages: string }).extension_pages;
    for (const rule of ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "img-src 'self' data:", "form-action 'none'", "object-src 'none'"]) expect(csp).toContain(rule);
    if (target === 'chrome-mv3') expect(m.externally_connectable).toEqual({ ids: [], matches: [] }); // no page, no other extension
    else {
      const gecko = (m.browser_specific_settings as { gecko: { strict_min_version: string; data_collection_permissions: unknown }; gecko_android: { strict_min_version: string } });
      expect([gecko.gecko.strict_min_version, gecko.gecko_android.strict_min_version]).toEqual(['140.0', '142.0']);
      expect(gecko.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    }
    recordFigure({ id: `security-manifest-${target}`, area: 'security', what: `${target} manifest: permissions exactly storage, scripting, webRequest; ${m.host_permissions.length} portal host patterns, nothing wider; extension pages' CSP default-src, connect-src and script-src 'self', form-action 'none'; ${target === 'chrome-mv3' ? 'externally_connectable empty' : 'Firefox 140+ / Android 142+, data_collection_permissions none'}`, cases: 1, crashes: 0 });
  });
}
