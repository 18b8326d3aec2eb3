/**
 * Turns an adapter's reading into the labels the once-only check looks at: dossier components,
 * upload-slot labels and typed-field labels — the portal's own words, never a value someone typed.
 * Also keeps, per label, the element a badge is drawn beside.
 */
import type { PageReading } from '../portals/types';
import type { OnceOnlyItem } from './views';

/** Labels are short: a longer text is cut here (and again by the background). */
export const MAX_ITEM_TEXT = 1000;

const CHECKED_KINDS = new Set(['procedure-detail', 'filing-form', 'upload']);

export interface PageRequests {
  items: OnceOnlyItem[];
  anchors: Map<string, Element>;
  /** Changes only when the set of labels changes: the page is re-checked only then. */
  signature: string;
}

/**
 * Hidden file inputs sit inside a visible row or button: the badge goes beside what a person sees,
 * the input itself or up to two steps up (input → cell → row). The boxes are measured by the caller.
 */
export function anchorCandidates(el: Element): Element[] {
  const out = [el];
  if (el.tagName !== 'INPUT') return out;
  for (let n = el.parentElement; n && out.length < 3; n = n.parentElement) out.push(n);
  return out;
}

/** The first candidate with a size; an element inside a hidden step or tab gets none. */
export function visibleBox<R extends { width: number; height: number }>(el: Element, boxOf: (e: Element) => R | undefined): R | undefined {
  for (const n of anchorCandidates(el)) {
    const box = boxOf(n);
    if (box && box.width > 0 && box.height > 0) return box;
  }
  return undefined;
}

/**
 * Which dossier rows are the portal's own list and which the person added ("Thêm thành phần hồ
 * sơ", then typing its name: iGate, shared/portals/README.md §2.3). The portal renders its list for
 * the procedure in one go; a row that appears once that list has settled, on the same route, was
 * added by hand, and its text is the person's, never stored. Pure: the caller gives the time.
 */
export class PublishedList {
  private route = '';
  private since = -1;
  private readonly own = new Set<string>();

  constructor(private readonly settleMs = 3000) {}

  /** The titles of this reading the person added. A new route starts a new list. */
  personAdded(route: string, titles: readonly string[], now: number): Set<string> {
    if (route !== this.route) {
      this.route = route;
      this.since = -1;
      this.own.clear();
    }
    const added = new Set<string>();
    if (titles.length === 0) return added;
    if (this.since < 0) this.since = now;
    const settling = now - this.since <= this.settleMs;
    for (const raw of titles) {
      const title = raw.trim();
      if (this.own.has(title)) continue;
      if (settling) this.own.add(title);
      else added.add(title);
    }
    return added;
  }
}

export function pageRequests(reading: PageReading | null, personAdded: ReadonlySet<string> = new Set()): PageRequests {
  const items: OnceOnlyItem[] = [];
  const anchors = new Map<string, Element>();
  if (!reading || !CHECKED_KINDS.has(reading.kind)) return { items, anchors, signature: '' };
  const add = (source: OnceOnlyItem['source'], text: string, group: string | null, el: Element) => {
    const label = text.trim().slice(0, MAX_ITEM_TEXT);
    if (!label) return;
    const key = `${source}:${label}`;
    if (anchors.has(key)) return;
    anchors.set(key, el);
    items.push({ key, text: label, source, group, ...(source !== 'field' && personAdded.has(text.trim()) ? { addedByPerson: true } : {}) });
  };
  // An upload slot and its dossier-component row carry the same words: the slot stands for both.
  const slotLabels = new Set(reading.uploadSlots.map((s) => s.label.trim()));
  // The badge goes at the start of the slot's row (the component row with the same words), not
  // beside the file button, where it would cover the portal's own controls.
  const rowOf = new Map(reading.dossierComponents.map((c) => [c.title.trim(), c.node]));
  for (const s of reading.uploadSlots) add('upload', s.label, null, rowOf.get(s.label.trim()) ?? s.input);
  for (const c of reading.dossierComponents) if (!slotLabels.has(c.title.trim())) add('component', c.title, c.group, c.node);
  for (const f of reading.fields) add('field', f.label, null, f.node);
  return { items, anchors, signature: items.map((i) => i.key).join('\n') };
}
