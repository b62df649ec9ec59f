// Where a popup (a menu's list, a date's calendar) goes so that it stays inside the window: below its
// control, above it when there is more room there, never past an edge.

export type Box = { left: number; top: number; right: number; bottom: number };
export type Size = { width: number; height: number };
export type Placement = {
  left: number;
  top: number;
  /** The popup scrolls beyond this height. */
  maxHeight: number;
  /** The popup opens above its control (there was more room there). */
  above: boolean;
};

/** The gap between a control and its popup, and the popup's least distance to the window's edge. */
export const GAP = 2;
export const MARGIN = 4;
/** Below this much room on either side the popup may cover its control rather than shrink. */
const LEAST = 96;

/**
 * Where a popup of natural `size` goes for a control at `anchor` in a window of `view`: below the
 * control, or above it when it does not fit below and there is more room above; never wider or
 * taller than the window allows, its left edge moved so that its right edge stays inside.
 */
export function placePopup(anchor: Box, size: Size, view: Size): Placement {
  const below = view.height - MARGIN - (anchor.bottom + GAP);
  const aboveRoom = anchor.top - GAP - MARGIN;
  const above = size.height > below && aboveRoom > below;
  const room = Math.max(above ? aboveRoom : below, Math.min(LEAST, view.height - 2 * MARGIN));
  const height = Math.min(size.height, room);
  let top = above ? anchor.top - GAP - height : anchor.bottom + GAP;
  top = clamp(top, MARGIN, view.height - MARGIN - height);
  const width = Math.min(size.width, view.width - 2 * MARGIN);
  const left = clamp(anchor.left, MARGIN, view.width - MARGIN - width);
  return { left, top, maxHeight: room, above };
}

export function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(v, hi));
}
