/**
 * Where packs come from: bundled files under public/guides (offline) and packs imported by the
 * user (extension storage). Imported packs take precedence for their code. Runs in the background.
 */
import { browser } from 'wxt/browser';
import type { ImportResult, PackListing } from '../messaging/protocol';
import type { PortalId } from '../portals/types';
import { parsePack, parsePackText } from './pack';
import type { GuidePack } from './pack.schema';

const IMPORTED_KEY = 'importedPacks';

async function bundledIndex(): Promise<string[]> {
  const res = await fetch(browser.runtime.getURL('/guides/index.json'));
  const json = (await res.json()) as { packs?: unknown };
  return Array.isArray(json.packs) ? json.packs.filter((c): c is string => typeof c === 'string') : [];
}

async function bundled(code: string): Promise<GuidePack | null> {
  if (!(await bundledIndex()).includes(code)) return null;
  const url = browser.runtime.getURL(`/guides/${code}.json` as `/guides/index.json`); // files listed in the index
  const r = parsePack(await (await fetch(url)).json());
  return r.ok ? r.pack : null;
}

async function importedAll(): Promise<Record<string, GuidePack>> {
  const stored = (await browser.storage.local.get(IMPORTED_KEY))[IMPORTED_KEY];
  const out: Record<string, GuidePack> = {};
  if (stored && typeof stored === 'object') {
    for (const [code, value] of Object.entries(stored as Record<string, unknown>)) {
      const r = parsePack(value); // stored packs are re-checked: storage can be edited or stale
      if (r.ok) out[code] = r.pack;
    }
  }
  return out;
}

export async function packFor(code: string, portal?: PortalId): Promise<GuidePack | null> {
  const pack = (await importedAll())[code] ?? (await bundled(code));
  return pack && (!portal || pack.portals.includes(portal)) ? pack : null;
}

function listing(pack: GuidePack, origin: PackListing['origin']): PackListing {
  return {
    procedureCode: pack.procedureCode,
    title: pack.title,
    portals: pack.portals,
    origin,
    stepCount: pack.steps.length,
    verified: pack.verified,
    lastReviewed: pack.lastReviewed,
    targets: pack.steps.map((s) => ({ stepId: s.id, portal: s.portal ?? pack.portals[0]!, key: s.target?.key ?? null, page: s.page ?? null })),
  };
}

export async function listPacks(): Promise<PackListing[]> {
  const imported = await importedAll();
  const out = Object.values(imported).map((p) => listing(p, 'imported'));
  for (const code of await bundledIndex()) {
    if (imported[code]) continue;
    const p = await bundled(code);
    if (p) out.push(listing(p, 'bundled'));
  }
  return out.sort((a, b) => a.procedureCode.localeCompare(b.procedureCode));
}

/** All or nothing: a file with any problem changes nothing. */
export async function importPack(text: string): Promise<ImportResult> {
  const r = parsePackText(text);
  if (!r.ok) return r;
  const stored = ((await browser.storage.local.get(IMPORTED_KEY))[IMPORTED_KEY] ?? {}) as Record<string, unknown>;
  // Replaces an earlier import, or stands in for the bundled pack of the same code.
  const replaced = r.pack.procedureCode in stored || (await bundledIndex()).includes(r.pack.procedureCode);
  await browser.storage.local.set({ [IMPORTED_KEY]: { ...stored, [r.pack.procedureCode]: r.pack } });
  return { ok: true, procedureCode: r.pack.procedureCode, replaced };
}

export async function removeImported(code: string): Promise<boolean> {
  const stored = ((await browser.storage.local.get(IMPORTED_KEY))[IMPORTED_KEY] ?? {}) as Record<string, unknown>;
  if (!(code in stored)) return false;
  const { [code]: _gone, ...rest } = stored;
  await browser.storage.local.set({ [IMPORTED_KEY]: rest });
  return true;
}

export async function exportPack(code: string): Promise<string | null> {
  const pack = await packFor(code);
  return pack ? `${JSON.stringify(pack, null, 2)}\n` : null;
}
