/**
 * Which bottom corner our launcher docks in. Bottom-left by default (most portals put their step
 * buttons on the right), but never over one of the portal's own controls: the national portal's
 * "Lưu và nộp hồ sơ" sits at the bottom left of its one-page form. Pure: boxes in, a side out.
 */
export type DockSide = 'left' | 'right';

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}

/** The corner the launcher takes (px from the viewport's edges), with some room around it. */
export const LAUNCHER_ZONE = { width: 340, height: 90 };

function overlaps(b: Box, zone: Box): boolean {
  return b.width > 0 && b.height > 0 && b.left < zone.right && b.right > zone.left && b.top < zone.bottom && b.bottom > zone.top;
}

export function dockSide(controls: Iterable<Box>, viewport: { width: number; height: number }): DockSide {
  const corner = (side: DockSide): Box => {
    const left = side === 'left' ? 0 : viewport.width - LAUNCHER_ZONE.width;
    const top = viewport.height - LAUNCHER_ZONE.height;
    return { left, right: left + LAUNCHER_ZONE.width, top, bottom: viewport.height, width: LAUNCHER_ZONE.width, height: LAUNCHER_ZONE.height };
  };
  const list = [...controls];
  const coversLeft = list.some((b) => overlaps(b, corner('left')));
  if (!coversLeft) return 'left';
  // Both corners taken: left, where the portals rarely put their next step.
  return list.some((b) => overlaps(b, corner('right'))) ? 'left' : 'right';
}
