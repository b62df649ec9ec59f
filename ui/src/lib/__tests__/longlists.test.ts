import { describe, expect, it } from "vitest";
import { firstRows, linesByCategory, withIndex } from "../longlists";
import type { BudgetCategory, BudgetLine } from "../types";

const line = (id: string, category: BudgetCategory): BudgetLine => ({
  id,
  category,
  description: id,
  amounts: [0],
});

describe("linesByCategory", () => {
  const lines = [
    line("a", "travel"),
    line("b", "training"),
    line("c", "travel"),
    line("d", "travel"),
  ];

  it("keeps each line's index in the plan and the plan's order", () => {
    const groups = linesByCategory(lines, new Set(), 5);
    expect(groups.get("travel")!.shown.map((s) => [s.item.id, s.index])).toEqual([
      ["a", 0],
      ["c", 2],
      ["d", 3],
    ]);
    expect(groups.get("training")!.shown.map((s) => s.index)).toEqual([1]);
    expect(groups.get("travel")!.hidden).toBe(0);
  });

  it("keeps the row of a line that did not change, and not of one that did or moved", () => {
    const before = linesByCategory(lines, new Set(), 5).get("travel")!.shown;
    const changed = { ...lines[2], description: "changed" };
    const after = linesByCategory([lines[0], lines[1], changed, lines[3]], new Set(), 5).get(
      "travel",
    )!.shown;
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[2]).toBe(before[2]);
    const moved = linesByCategory([lines[1], lines[0]], new Set(), 5).get("travel")!.shown;
    expect(moved[0]).not.toBe(before[0]);
    expect(moved[0].index).toBe(1);
  });

  it("leaves out the lines past the limit and counts them", () => {
    const groups = linesByCategory(lines, new Set(), 2);
    expect(groups.get("travel")!.shown.map((s) => s.item.id)).toEqual(["a", "c"]);
    expect(groups.get("travel")!.hidden).toBe(1);
    expect(groups.get("training")!.hidden).toBe(0);
  });

  it("shows every line of an expanded category", () => {
    const groups = linesByCategory(lines, new Set<BudgetCategory>(["travel"]), 2);
    expect(groups.get("travel")!.shown).toHaveLength(3);
    expect(groups.get("travel")!.hidden).toBe(0);
  });
});

describe("firstRows", () => {
  const rows = [1, 2, 3, 4];
  it("cuts a long list to the limit until all are asked for", () => {
    expect(firstRows(rows, false, 3)).toEqual([1, 2, 3]);
    expect(firstRows(rows, true, 3)).toEqual(rows);
    expect(firstRows(rows, false, 4)).toEqual(rows);
  });
});

describe("withIndex", () => {
  it("pairs each item with its index, the same pair while the item and its place stay", () => {
    const a = line("a", "travel");
    const b = line("b", "travel");
    const before = withIndex([a, b]);
    expect(before.map((r) => [r.item.id, r.index])).toEqual([
      ["a", 0],
      ["b", 1],
    ]);
    const after = withIndex([a, { ...b }]);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(withIndex([b, a])[1]).not.toBe(before[0]);
  });
});
