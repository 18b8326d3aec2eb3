/** What a step can ask of the person and when the guide moves on: the editor's two choices. */
import type { GuideStep } from '../guides/pack.schema';

export const ACTIONS: GuideStep['action'][] = ['read', 'click', 'fill', 'choose', 'upload', 'wait'];
export const ADVANCES: GuideStep['advance'][] = ['target-clicked', 'field-filled', 'route-changed', 'upload-finished', 'manual'];

/** Message keys for each choice (the callers' t() turns them into words). */
export const actionKey = (a: GuideStep['action']) => `action_${a}` as const;
export const advanceKey = (a: GuideStep['advance']) => `advance_${a.replace(/-/g, '_')}` as `advance_${string}`;

/** A step editor's patch as the background accepts it: known keys, known choices, bounded text. */
export function stepPatchFrom(raw: unknown): Partial<Pick<GuideStep, 'text' | 'action' | 'advance'>> | null {
  if (!raw || typeof raw !== 'object') return null;
  const p = raw as Record<string, unknown>;
  const out: Partial<Pick<GuideStep, 'text' | 'action' | 'advance'>> = {};
  if (p.text !== undefined) {
    const t = p.text as { vi?: unknown; en?: unknown } | null;
    if (!t || typeof t.vi !== 'string' || t.vi.length > 4000 || (t.en !== undefined && (typeof t.en !== 'string' || t.en.length > 4000))) return null;
    out.text = typeof t.en === 'string' ? { vi: t.vi, en: t.en } : { vi: t.vi };
  }
  if (p.action !== undefined) {
    if (!ACTIONS.includes(p.action as GuideStep['action'])) return null;
    out.action = p.action as GuideStep['action'];
  }
  if (p.advance !== undefined) {
    if (!ADVANCES.includes(p.advance as GuideStep['advance'])) return null;
    out.advance = p.advance as GuideStep['advance'];
  }
  return out;
}
