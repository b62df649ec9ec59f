import { describe, expect, it } from "vitest";
import { GAP, MARGIN, placePopup, type Box } from "../popup";

const view = { width: 1024, height: 700 };
const box = (left: number, top: number, width = 200, height = 32): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const inside = (
  p: { left: number; top: number; maxHeight: number },
  size: { width: number; height: number },
) => {
  const h = Math.min(size.height, p.maxHeight);
  const w = Math.min(size.width, view.width - 2 * MARGIN);
  return p.left >= 0 && p.top >= 0 && p.left + w <= view.width && p.top + h <= view.height;
};

describe("placePopup", () => {
  it("opens below the control when the list fits there", () => {
    const p = placePopup(box(100, 100), { width: 200, height: 150 }, view);
    expect(p).toEqual({
      left: 100,
      top: 132 + GAP,
      maxHeight: 700 - MARGIN - 132 - GAP,
      above: false,
    });
  });

  it("opens above a control near the bottom, ending just over it", () => {
    const size = { width: 200, height: 150 };
    const p = placePopup(box(100, 640), size, view);
    expect(p.above).toBe(true);
    expect(p.top + size.height).toBe(640 - GAP);
    expect(inside(p, size)).toBe(true);
  });

  it("moves left to stay inside the window at its right edge", () => {
    const size = { width: 320, height: 100 };
    const p = placePopup(box(900, 100, 120), size, view);
    expect(p.left).toBe(1024 - MARGIN - 320);
    expect(inside(p, size)).toBe(true);
  });

  it("keeps a long list inside the window on the side with more room, scrolling", () => {
    const size = { width: 240, height: 5000 };
    const low = placePopup(box(780, 600, 200), size, view);
    expect(low.above).toBe(true);
    expect(low.maxHeight).toBe(600 - GAP - MARGIN);
    expect(low.top).toBe(MARGIN);
    expect(inside(low, size)).toBe(true);
    const high = placePopup(box(780, 60, 200), size, view);
    expect(high.above).toBe(false);
    expect(inside(high, size)).toBe(true);
  });

  it("covers the control rather than shrinking to nothing in a very short window", () => {
    const short = { width: 400, height: 120 };
    const size = { width: 100, height: 300 };
    const p = placePopup(box(10, 40, 100, 40), size, short);
    expect(p.maxHeight).toBeGreaterThanOrEqual(96);
    expect(p.top).toBeGreaterThanOrEqual(MARGIN);
    expect(p.top + Math.min(size.height, p.maxHeight)).toBeLessThanOrEqual(120 - MARGIN);
  });

  it("is never wider than the window", () => {
    const size = { width: 2000, height: 100 };
    const p = placePopup(box(500, 100), size, view);
    expect(p.left).toBe(MARGIN);
  });
});
