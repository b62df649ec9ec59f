import { describe, expect, it } from "vitest";
import { share } from "../share";

describe("share", () => {
  it("keeps the parts that did not change and takes the rest", () => {
    const prev = {
      name: "A",
      lines: [
        { id: "a", n: [1, 2] },
        { id: "b", n: [3] },
      ],
      at: "1",
    };
    const next = {
      name: "A",
      lines: [
        { id: "a", n: [1, 2] },
        { id: "b", n: [4] },
      ],
      at: "2",
    };
    const out = share(prev, next);
    expect(out).toEqual(next);
    expect(out).not.toBe(prev);
    expect(out.lines[0]).toBe(prev.lines[0]);
    expect(out.lines[1]).not.toBe(prev.lines[1]);
  });
  it("returns the old value when nothing changed, and follows ids when items move", () => {
    const prev = {
      xs: [
        { id: "a", v: 1 },
        { id: "b", v: 2 },
      ],
    };
    expect(share(prev, JSON.parse(JSON.stringify(prev)))).toBe(prev);
    const moved = share(prev, {
      xs: [
        { id: "b", v: 2 },
        { id: "a", v: 1 },
      ],
    });
    expect(moved.xs[0]).toBe(prev.xs[1]);
    expect(moved.xs).not.toBe(prev.xs);
    expect(share(prev, { xs: [{ id: "a", v: 1 }] }).xs).toEqual([{ id: "a", v: 1 }]);
  });
});
