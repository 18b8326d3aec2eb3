import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addPortal, listAddedPortals, reconcileAddedPortals, removePortal } from '../../../lib/provinces/added-portals';

// fakeBrowser covers storage; permissions and scripting are the browser's own, stubbed here.
const granted = new Set<string>();
const registered = new Map<string, { matches: string[]; js: string[] }>();

beforeEach(() => {
  fakeBrowser.reset();
  granted.clear();
  registered.clear();
  Object.assign(fakeBrowser, {
    permissions: {
      contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o))),
      remove: vi.fn(async ({ origins }: { origins: string[] }) => origins.map((o) => granted.delete(o)).every(Boolean)),
    },
    scripting: {
      getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => ids.filter((id) => registered.has(id)).map((id) => ({ id, ...registered.get(id)! }))),
      registerContentScripts: vi.fn(async (scripts: { id: string; matches: string[]; js: string[] }[]) => scripts.forEach((s) => registered.set(s.id, s))),
      unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id))),
    },
  });
});

describe('provinces added at run time', () => {
  test('an address typed by a person is checked, needs the granted permission, and registers the content script for that host only', async () => {
    expect(await addPortal('evil.example.com')).toEqual({ ok: false, reason: 'invalid' });
    expect(await addPortal('dichvucong.quangngai.gov.vn')).toEqual({ ok: false, reason: 'already-supported' });
    expect(await addPortal('dichvucong.gialai.gov.vn')).toEqual({ ok: false, reason: 'not-granted' });
    expect(registered.size).toBe(0);

    granted.add('https://dichvucong.gialai.gov.vn/*');
    expect(await addPortal('https://DichVuCong.GiaLai.gov.vn/vi/')).toEqual({ ok: true, host: 'dichvucong.gialai.gov.vn' });
    expect([...registered.values()]).toEqual([
      expect.objectContaining({ matches: ['https://dichvucong.gialai.gov.vn/*'], js: ['content-scripts/content.js'] }),
    ]);
    expect(await listAddedPortals()).toEqual(['dichvucong.gialai.gov.vn']);
    await addPortal('dichvucong.gialai.gov.vn');
    expect(await listAddedPortals()).toEqual(['dichvucong.gialai.gov.vn']);
  });

  test('removing a province unregisters it and gives the permission back', async () => {
    granted.add('https://dichvucong.gialai.gov.vn/*');
    await addPortal('dichvucong.gialai.gov.vn');
    expect(await removePortal('dichvucong.gialai.gov.vn')).toBe(true);
    expect(registered.size).toBe(0);
    expect(granted.size).toBe(0);
    expect(await listAddedPortals()).toEqual([]);
    expect(await removePortal('dichvucong.gialai.gov.vn')).toBe(false);
  });

  test('after a restart, what is still granted is registered again and the rest forgotten', async () => {
    await fakeBrowser.storage.local.set({ addedPortals: ['dichvucong.gialai.gov.vn', 'dichvucong.tuyenquang.gov.vn', 42] });
    granted.add('https://dichvucong.gialai.gov.vn/*');
    await reconcileAddedPortals();
    expect(await listAddedPortals()).toEqual(['dichvucong.gialai.gov.vn']);
    expect([...registered.keys()]).toEqual(['province:dichvucong.gialai.gov.vn']);
  });
});
