/**
 * Findings seen on portal pages, kept in storage.local for the report page. A finding is the
 * portal's own wording plus the catalogue's answer; the same request seen again only moves its
 * "last seen" time. Nothing about the person filing is kept.
 */
import { browser } from 'wxt/browser';
import { foldClauses } from '../text/normalize';
import type { SeenFinding } from './report';

const KEY = 'onceOnlyFindings';
/** About 2,000 procedures × a couple of findings each, with room to spare; oldest "last seen" goes first. */
export const FINDINGS_CAP = 5000;

export function findingId(host: string, procedureCode: string | null, text: string): string {
  return `${host}|${procedureCode ?? ''}|${foldClauses(text)}`;
}

/** Pure merge: new sightings update or add rows; the newest FINDINGS_CAP rows are kept. */
export function mergeFindings(existing: readonly SeenFinding[], seen: readonly Omit<SeenFinding, 'firstSeen' | 'lastSeen' | 'timesSeen'>[], at: number, cap = FINDINGS_CAP): SeenFinding[] {
  const byId = new Map(existing.map((f) => [f.id, f]));
  for (const s of seen) {
    const old = byId.get(s.id);
    byId.set(s.id, old ? { ...old, ...s, firstSeen: old.firstSeen, lastSeen: at, timesSeen: old.timesSeen + 1 } : { ...s, firstSeen: at, lastSeen: at, timesSeen: 1 });
  }
  const all = [...byId.values()];
  if (all.length <= cap) return all;
  return all.sort((a, b) => b.lastSeen - a.lastSeen).slice(0, cap);
}

export async function loadFindings(): Promise<SeenFinding[]> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return Array.isArray(stored) ? (stored as SeenFinding[]) : [];
}

let writing: Promise<void> = Promise.resolve();

/** Serialised so two tabs reporting at once do not overwrite each other's rows. */
export function recordFindings(seen: Parameters<typeof mergeFindings>[1], at: number): Promise<void> {
  writing = writing
    .then(async () => {
      if (seen.length === 0) return;
      const next = mergeFindings(await loadFindings(), seen, at);
      await browser.storage.local.set({ [KEY]: next });
    })
    // A full disk must not break the live check: the panel still shows what it found.
    .catch(() => undefined);
  return writing;
}

export async function clearFindings(): Promise<void> {
  await browser.storage.local.remove(KEY);
}
