/**
 * Where a once-only badge goes beside the row or field its finding is about. Pure geometry, shared
 * by the portal page's badges (features/once-only-badges.ts) and the e-form frame's.
 */
import type { OnceOnlyView } from './views';

export interface BadgePlacement {
  key: string;
  verdict: OnceOnlyView['verdict'];
  top: number;
  left: number;
  label: string;
}

export const BADGE_WIDTH = 44;
export const BADGE_HEIGHT = 24;

/** Where a badge goes: just left of the element when there is room, else over its first pixels. Off-screen: none. */
export function placeBadge(rect: { top: number; left: number; bottom: number; right: number; width: number; height: number }, viewport: { width: number; height: number }): { top: number; left: number } | null {
  if (rect.width === 0 || rect.height === 0) return null;
  if (rect.bottom < 0 || rect.top > viewport.height || rect.right < 0 || rect.left > viewport.width) return null;
  const left = rect.left - BADGE_WIDTH - 4 >= 0 ? rect.left - BADGE_WIDTH - 4 : Math.max(0, rect.left + 2);
  const top = Math.max(0, Math.min(viewport.height - BADGE_HEIGHT, rect.top + Math.min(rect.height, 28) / 2 - BADGE_HEIGHT / 2));
  return { top: Math.round(top), left: Math.round(left) };
}

export const BADGE_CSS = `
.dvc-badge{position:fixed;pointer-events:auto;z-index:2147483645;min-width:${BADGE_WIDTH}px;height:${BADGE_HEIGHT}px;padding:0 .4em;border:2px solid #fff;border-radius:999px;
  background:#b3261e;color:#fff;font:700 12px/1 "Noto Sans","Segoe UI",Roboto,Arial,sans-serif;cursor:pointer;box-shadow:0 1px 4px rgba(0,0,0,.35)}
.dvc-badge:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
.dvc-badge-conditional{background:#8f5500}
`;
