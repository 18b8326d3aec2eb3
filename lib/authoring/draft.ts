/**
 * A guide being written: the pack's fields, editable in any order and incomplete until exported.
 * Pure edits (each returns a new draft) so the panel on the portal and the metadata page can both
 * change it and storage keeps the last one. Export goes through the same schema as every pack.
 */
import { parsePack, type PackResult } from '../guides/pack';
import type { GuidePack, GuideStep, Paper } from '../guides/pack.schema';
import type { PortalId } from '../portals/types';

export type DraftSource = GuidePack['sources'][number];

export interface Draft {
  id: string;
  updatedAt: number;
  procedureCode: string;
  title: { vi: string; en: string };
  papers: Paper[];
  sources: DraftSource[];
  questions: NonNullable<GuidePack['questions']>;
  /** Every step says its portal and page kind: the author recorded it there. */
  steps: GuideStep[];
  /**
   * Steps whose label came from the page's own words (a button's text, a field's <label>) rather
   * than from the adapter's reading: the export asks the author to check them for a person's data.
   */
  pageLabels?: string[];
}

/** A draft's id: unique enough on one machine, and free of anything personal. */
export function newDraftId(now: number): string {
  return `nhap-${now.toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

export function newDraft(id: string, now: number, procedureCode = ''): Draft {
  return { id, updatedAt: now, procedureCode, title: { vi: '', en: '' }, papers: [], sources: [], questions: [], steps: [] };
}

/** A draft from an existing pack, to repair it after a portal update. */
export function draftFromPack(pack: GuidePack, id: string, now: number): Draft {
  const portal = pack.portals.length === 1 ? pack.portals[0] : undefined;
  return {
    id,
    updatedAt: now,
    procedureCode: pack.procedureCode,
    title: { vi: pack.title.vi, en: pack.title.en ?? '' },
    papers: pack.papers,
    sources: pack.sources,
    questions: pack.questions ?? [],
    steps: pack.steps.map((s) => ({ ...s, portal: s.portal ?? portal })),
  };
}

function touch(d: Draft, now: number, patch: Partial<Draft>): Draft {
  return { ...d, ...patch, updatedAt: now };
}

function nextStepId(d: Draft): string {
  const used = new Set(d.steps.map((s) => s.id));
  let n = d.steps.length + 1;
  while (used.has(`buoc-${n}`)) n++;
  return `buoc-${n}`;
}

export function addStep(d: Draft, step: Omit<GuideStep, 'id'>, now: number): { draft: Draft; id: string } {
  const id = nextStepId(d);
  return { draft: touch(d, now, { steps: [...d.steps, { id, ...step }] }), id };
}

export function updateStep(d: Draft, id: string, patch: Partial<Omit<GuideStep, 'id'>>, now: number): Draft {
  return touch(d, now, { steps: d.steps.map((s) => (s.id === id ? { ...s, ...patch } : s)) });
}

export function removeStep(d: Draft, id: string, now: number): Draft {
  return touch(d, now, { steps: d.steps.filter((s) => s.id !== id), pageLabels: (d.pageLabels ?? []).filter((s) => s !== id) });
}

/** Records where a step's label came from (see Draft.pageLabels). */
export function markLabelSource(d: Draft, id: string, source: 'adapter' | 'page' | 'none'): Draft {
  const rest = (d.pageLabels ?? []).filter((s) => s !== id);
  return { ...d, pageLabels: source === 'page' ? [...rest, id] : rest };
}

/** The steps to check before sharing: labels taken from page text the adapter does not know. */
export function pageLabelSteps(d: Draft): { index: number; label: string }[] {
  const marked = new Set(d.pageLabels ?? []);
  return d.steps.flatMap((s, index) => (marked.has(s.id) && s.target?.label ? [{ index, label: s.target.label }] : []));
}

/** Moves a step up (-1) or down (+1); at either end nothing changes. */
export function moveStep(d: Draft, id: string, delta: -1 | 1, now: number): Draft {
  const i = d.steps.findIndex((s) => s.id === id);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= d.steps.length) return d;
  const steps = d.steps.slice();
  [steps[i], steps[j]] = [steps[j]!, steps[i]!];
  return touch(d, now, { steps });
}

export function updateMeta(d: Draft, patch: Partial<Pick<Draft, 'procedureCode' | 'title' | 'papers' | 'sources' | 'questions'>>, now: number): Draft {
  return touch(d, now, patch);
}

/** The portals the steps were recorded on, in the order first used. */
export function draftPortals(d: Draft): PortalId[] {
  return [...new Set(d.steps.map((s) => s.portal).filter((p): p is PortalId => Boolean(p)))];
}

/** The pack the draft makes, checked like any imported pack; a problem list says what is missing. */
export function draftToPack(d: Draft, today: string): PackResult {
  const portals = draftPortals(d);
  const pack: Record<string, unknown> = {
    schemaVersion: 1,
    procedureCode: d.procedureCode.trim(),
    title: d.title.en.trim() ? { vi: d.title.vi.trim(), en: d.title.en.trim() } : { vi: d.title.vi.trim() },
    portals,
    sources: d.sources,
    lastReviewed: today,
    // An authored pack has not been checked against the national database by us.
    verified: false,
    papers: d.papers,
    steps: d.steps.map((s) => (portals.length === 1 ? { ...s, portal: undefined } : s)),
  };
  if (d.questions.length) pack.questions = d.questions;
  // Exported to be shared and imported elsewhere: held to the rules for a pack from a file.
  return parsePack(JSON.parse(JSON.stringify(pack)), { fromFile: true });
}
