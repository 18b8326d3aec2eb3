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

/**
 * Below the target when it fits, else above, else beside it on the wider side; always on screen.
 * `opensBelow`: the target is a picker whose list opens under it (select2, a listbox): the card goes
 * beside it, or above, so the list a person picks from is never under the card.
 */
export function placeCard(target: Box | null, viewport: { width: number; height: number }, card: { width: number; height: number }, opts: { opensBelow?: boolean } = {}): { top: number; left: number } {
  const clampLeft = (x: number) => Math.max(MARGIN, Math.min(x, viewport.width - card.width - MARGIN));
  const clampTop = (y: number) => Math.max(MARGIN, Math.min(y, viewport.height - card.height - MARGIN));
  if (!target) return { top: clampTop(viewport.height - card.height - 72), left: MARGIN + 8 };
  if (opts.opensBelow) {
    const right = target.left + target.width + GAP;
    if (right + card.width <= viewport.width - MARGIN) return { top: clampTop(target.top), left: right };
    const left = target.left - GAP - card.width;
    if (left >= MARGIN) return { top: clampTop(target.top), left };
    const over = target.top - GAP_ABOVE - card.height;
    if (over >= MARGIN) return { top: over, left: clampLeft(target.left) };
  }
  const below = target.top + target.height + GAP;
  if (below + card.height <= viewport.height - MARGIN) return { top: below, left: clampLeft(target.left) };
  const above = target.top - GAP_ABOVE - card.height;
  if (above >= MARGIN) return { top: above, left: clampLeft(target.left) };
  const rightSpace = viewport.width - (target.left + target.width);
  const left = rightSpace >= target.left ? target.left + target.width + GAP : target.left - GAP - card.width;
  return { top: clampTop(target.top), left: clampLeft(left) };
}
