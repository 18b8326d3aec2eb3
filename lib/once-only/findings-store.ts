/**
 * Findings seen on portal pages, kept for the report page in the extension's IndexedDB (only the
 * background writes it). A finding is stored as ids and the catalogue's answer: host, procedure
 * code, the procedure's name from the bundled list, paper id, verdict, where it was seen, and only
 * the words of the portal's wording that the catalogue matched, scrubbed of anything shaped like a
 * number or an address. A row the person added keeps no words at all. The full wording lives in
 * the content script's memory for the live panel and is never sent here to be kept.
 */
import { foldClauses, originalOfFolded } from '../text/normalize';
import { scrub } from '../privacy/scrub';
import { nameFromCode } from '../procedures/procedure-list';
import { localDb } from '../storage/local-db';
import type { Catalogue } from './catalogue.schema';
import type { Finding, Matcher } from './matcher';
import type { SeenFinding } from './report';
import { isPortalId } from '../portals/types';

/** About 2,000 procedures × a couple of findings each, with room to spare; oldest "last seen" goes first. */
export const FINDINGS_CAP = 5000;
/** The matched words are a paper's name, a few words long; a longer match is cut. */
export const MAX_WORDING = 120;
/** Times are kept to the minute: a sighting's exact millisecond could be matched against the portal's logs. */
const MINUTE = 60_000;

export type NewFinding = Omit<SeenFinding, 'firstSeen' | 'lastSeen' | 'timesSeen'>;

export function findingId(host: string, procedureCode: string | null, paperId: string, source: SeenFinding['source'], wording: string | null): string {
  return `${host}|${procedureCode ?? ''}|${paperId}|${source}|${wording === null ? '+' : foldClauses(wording)}`;
}

/** What may be kept of a portal's wording: the matched words (or the catalogue's name of the paper), scrubbed. */
export function storedWording(catalogue: Catalogue, text: string, finding: Finding): string {
  const matched = finding.span ? originalOfFolded(text.slice(0, 4000), finding.span[0], finding.span[1]) : '';
  const words = matched || catalogue.papers.find((p) => p.id === finding.paperId)?.paper.vi || finding.paperId;
  return scrub(words.replace(/\s+/g, ' ')).slice(0, MAX_WORDING);
}

/** The row to store for one finding on a page: nothing of the person, nothing the page alone says. */
export function newFinding(catalogue: Catalogue, f: { portal: SeenFinding['portal']; host: string; procedureCode: string | null; text: string; source: SeenFinding['source']; addedByPerson: boolean; finding: Finding }): NewFinding {
  const wording = f.addedByPerson ? null : storedWording(catalogue, f.text, f.finding);
  return {
    id: findingId(f.host, f.procedureCode, f.finding.paperId, f.source, wording),
    portal: f.portal,
    host: f.host,
    procedureCode: f.procedureCode,
    procedureName: f.procedureCode ? nameFromCode(f.procedureCode) : null,
    wording,
    addedByPerson: f.addedByPerson,
    source: f.source,
    verdict: f.finding.verdict,
    paperId: f.finding.paperId,
    reason: f.finding.reason,
  };
}

/** Pure merge: new sightings update or add rows; the newest FINDINGS_CAP rows are kept. */
export function mergeFindings(existing: readonly SeenFinding[], seen: readonly NewFinding[], at: number, cap = FINDINGS_CAP): SeenFinding[] {
  const minute = Math.floor(at / MINUTE) * MINUTE;
  const byId = new Map(existing.map((f) => [f.id, f]));
  for (const s of seen) {
    const old = byId.get(s.id);
    byId.set(s.id, old ? { ...old, ...s, firstSeen: old.firstSeen, lastSeen: minute, timesSeen: old.timesSeen + 1 } : { ...s, firstSeen: minute, lastSeen: minute, timesSeen: 1 });
  }
  const all = [...byId.values()];
  if (all.length <= cap) return all;
  return all.sort((a, b) => b.lastSeen - a.lastSeen).slice(0, cap);
}

export async function loadFindings(): Promise<SeenFinding[]> {
  const db = await localDb();
  return (await db.getAll('findings')) as SeenFinding[];
}

let writing: Promise<void> = Promise.resolve();

/** Serialised so two tabs reporting at once do not overwrite each other's rows. */
export function recordFindings(seen: readonly NewFinding[], at: number): Promise<void> {
  writing = writing
    .then(async () => {
      if (seen.length === 0) return;
      const db = await localDb();
      const tx = db.transaction('findings', 'readwrite');
      tx.done.catch(() => undefined);
      const existing = (await Promise.all(seen.map((s) => tx.store.get(s.id)))).filter((f): f is SeenFinding => f !== undefined);
      for (const f of mergeFindings(existing, seen, at, Number.MAX_SAFE_INTEGER)) await tx.store.put(f);
      await tx.done;
      const count = await db.count('findings');
      if (count > FINDINGS_CAP) {
        const drop = db.transaction('findings', 'readwrite');
        let left = count - FINDINGS_CAP;
        for (let c = await drop.store.index('lastSeen').openCursor(); c && left > 0; c = await c.continue(), left--) await c.delete();
        await drop.done;
      }
    })
    // A full disk must not break the live check: the panel still shows what it found, what is stored stays.
    .catch(() => undefined);
  return writing;
}

export async function clearFindings(): Promise<void> {
  await (await localDb()).clear('findings');
}

/** Where findings lived before (storage.local, whole wording): read once, cut down to what may be kept, removed. */
const LEGACY_KEY = 'onceOnlyFindings';

interface LegacyFinding {
  portal?: unknown;
  host?: unknown;
  procedureCode?: unknown;
  componentText?: unknown;
  source?: unknown;
  firstSeen?: unknown;
  lastSeen?: unknown;
}

/** Pure: the rows an old storage.local list becomes, re-matched so only the matched words remain. */
export function migrateLegacyFindings(catalogue: Catalogue, check: Matcher, legacy: unknown): SeenFinding[] {
  if (!Array.isArray(legacy)) return [];
  let out: SeenFinding[] = [];
  for (const raw of legacy as LegacyFinding[]) {
    if (!raw || typeof raw.host !== 'string' || typeof raw.componentText !== 'string') continue;
    const source = raw.source === 'upload' || raw.source === 'field' ? raw.source : 'component';
    const finding = check(raw.componentText, { source });
    if (!finding) continue;
    const portal = isPortalId(raw.portal) ? raw.portal : 'igate';
    const code = typeof raw.procedureCode === 'string' ? raw.procedureCode.slice(0, 40) : null;
    const row = newFinding(catalogue, { portal, host: raw.host.slice(0, 253), procedureCode: code, text: raw.componentText, source, addedByPerson: false, finding });
    const first = typeof raw.firstSeen === 'number' ? raw.firstSeen : 0;
    const last = typeof raw.lastSeen === 'number' ? raw.lastSeen : first;
    out = mergeFindings(out, [row], last, Number.MAX_SAFE_INTEGER).map((f) => (f.id === row.id ? { ...f, firstSeen: Math.min(f.firstSeen, Math.floor(first / MINUTE) * MINUTE) } : f));
  }
  return out;
}

export async function migrateFindingsFromStorage(catalogue: () => Catalogue, check: () => Matcher, area: { get(k: string): Promise<Record<string, unknown>>; remove(k: string): Promise<void> }): Promise<number> {
  const legacy = (await area.get(LEGACY_KEY))[LEGACY_KEY];
  if (legacy === undefined) return 0;
  const rows = migrateLegacyFindings(catalogue(), check(), legacy);
  const db = await localDb();
  const tx = db.transaction('findings', 'readwrite');
  for (const r of rows) await tx.store.put(r);
  await tx.done;
  await area.remove(LEGACY_KEY);
  return rows.length;
}
