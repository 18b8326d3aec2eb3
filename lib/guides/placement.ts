/** Where the step card goes beside its highlighted target. Pure geometry. */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

const GAP = 12;
/** Above a field leave room for its label, which portals print just above the input. */
const GAP_ABOVE = 30;
const MARGIN = 8;

/** Below the target when it fits, else above, else beside it on the wider side; always on screen. */
export function placeCard(target: Box | null, viewport: { width: number; height: number }, card: { width: number; height: number }): { top: number; left: number } {
  const clampLeft = (x: number) => Math.max(MARGIN, Math.min(x, viewport.width - card.width - MARGIN));
  const clampTop = (y: number) => Math.max(MARGIN, Math.min(y, viewport.height - card.height - MARGIN));
  if (!target) return { top: clampTop(viewport.height - card.height - 72), left: MARGIN + 8 };
  const below = target.top + target.height + GAP;
  if (below + card.height <= viewport.height - MARGIN) return { top: below, left: clampLeft(target.left) };
  const above = target.top - GAP_ABOVE - card.height;
  if (above >= MARGIN) return { top: above, left: clampLeft(target.left) };
  const rightSpace = viewport.width - (target.left + target.width);
  const left = rightSpace >= target.left ? target.left + target.width + GAP : target.left - GAP - card.width;
  return { top: clampTop(target.top), left: clampLeft(left) };
}
