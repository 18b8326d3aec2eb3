/**
 * Where packs come from: bundled files under public/guides (offline) and packs imported by the
 * user (extension storage). Imported packs take precedence for their code. Runs in the background.
 */
import { browser } from 'wxt/browser';
import type { PackProblem } from './pack';
import type { PortalId } from '../portals/types';
import { parsePack, parsePackText } from './pack';
import type { GuidePack } from './pack.schema';

export interface PackListing {
  procedureCode: string;
  title: GuidePack['title'];
  portals: PortalId[];
  origin: 'bundled' | 'imported';
  stepCount: number;
  verified: boolean;
  lastReviewed: string;
  /** Target keys per step, to show which portal pages each step anchors to. */
  targets: { stepId: string; portal: PortalId; key: string | null; page: string | null }[];
}

export type ImportResult =
  | { ok: true; procedureCode: string; replaced: boolean }
  | { ok: false; problems: PackProblem[] }
  /** The file would stand in for the bundled pack of this code: nothing stored until the person confirms. */
  | { ok: false; confirm: 'replaces-bundled'; procedureCode: string };

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

/** Where a pack the guide runs came from: our bundle, a file someone imported, or a draft under preview. */
export type PackOrigin = 'bundled' | 'imported' | 'draft';
export type LoadedPack = GuidePack & { origin: PackOrigin };

export async function packFor(code: string, portal?: PortalId): Promise<LoadedPack | null> {
  const imported = (await importedAll())[code];
  const pack: LoadedPack | null = imported ? { ...imported, verified: false, origin: 'imported' } : withOrigin(await bundled(code), 'bundled');
  return pack && (!portal || pack.portals.includes(portal)) ? pack : null;
}

export function withOrigin(pack: GuidePack | null, origin: PackOrigin): LoadedPack | null {
  return pack ? { ...pack, origin } : null;
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

/**
 * All or nothing: a file with any problem changes nothing. A file never arrives verified. One that
 * would stand in for a bundled pack is stored only once the person confirmed it (replaceBundled).
 */
export async function importPack(text: string, replaceBundled = false): Promise<ImportResult> {
  const r = parsePackText(text);
  if (!r.ok) return r;
  const code = r.pack.procedureCode;
  const stored = ((await browser.storage.local.get(IMPORTED_KEY))[IMPORTED_KEY] ?? {}) as Record<string, unknown>;
  const shadowsBundled = !(code in stored) && (await bundledIndex()).includes(code);
  if (shadowsBundled && !replaceBundled) return { ok: false, confirm: 'replaces-bundled', procedureCode: code };
  await browser.storage.local.set({ [IMPORTED_KEY]: { ...stored, [code]: { ...r.pack, verified: false } } });
  return { ok: true, procedureCode: code, replaced: shadowsBundled || code in stored };
}

export async function removeImported(code: string): Promise<boolean> {
  const stored = ((await browser.storage.local.get(IMPORTED_KEY))[IMPORTED_KEY] ?? {}) as Record<string, unknown>;
  if (!(code in stored)) return false;
  const { [code]: _gone, ...rest } = stored;
  await browser.storage.local.set({ [IMPORTED_KEY]: rest });
  return true;
}

export async function exportPack(code: string): Promise<string | null> {
  const loaded = await packFor(code);
  if (!loaded) return null;
  const { origin: _origin, ...pack } = loaded;
  return `${JSON.stringify(pack, null, 2)}\n`;
}
