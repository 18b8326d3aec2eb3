/** The built manifests ask for the portal hosts only, with Vietnamese as the default locale. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { recordFigure } from '../figures';
import { OPTIONAL_HOST_PATTERN, SUPPORTED_HOSTS, matchPattern } from '../../lib/portals/hosts';

const vi = JSON.parse(readFileSync('public/_locales/vi/messages.json', 'utf8')) as Record<string, { message: string }>;

for (const target of ['chrome-mv3', 'firefox-mv3']) {
  test(`${target} manifest: portal hosts only, strict CSP, Vietnamese name`, () => {
    const raw = readFileSync(`.output/${target}/manifest.json`, 'utf8'); // npm test builds both first
    const m = JSON.parse(raw) as Record<string, unknown> & { host_permissions: string[]; content_scripts: { matches: string[] }[] };
    expect(m.manifest_version).toBe(3);
    expect(m.default_locale).toBe('vi');
    expect(m.name).toBe('__MSG_extName__');
    expect(vi.extName!.message).toBe('Trợ lý Dịch vụ công');
    expect([...m.host_permissions].sort()).toEqual(SUPPORTED_HOSTS.map(matchPattern).sort());
    expect([...m.content_scripts[0]!.matches].sort()).toEqual(SUPPORTED_HOSTS.map(matchPattern).sort());
    expect(m.optional_host_permissions).toEqual([OPTIONAL_HOST_PATTERN]);
    expect(m.permissions).toEqual(['storage', 'scripting', 'webRequest']);
    expect(raw).not.toMatch(/<all_urls>|\*:\/\/\*\/\*|"https:\/\/\*\/\*"|unsafe-eval/);
    expect((m.content_security_policy as { extension_pages: string }).extension_pages).toContain("script-src 'self'");
    expect(m.externally_connectable).toBeUndefined(); // no web page can message the extension
    recordFigure({ id: `security-manifest-${target}`, area: 'security', what: `${target} manifest: permissions exactly storage, scripting, webRequest; ${m.host_permissions.length} portal host patterns, nothing wider; extension pages' CSP script-src 'self'; no externally_connectable`, cases: 1, crashes: 0 });
  });
}
