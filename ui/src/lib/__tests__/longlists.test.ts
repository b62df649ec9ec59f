import { describe, expect, it } from "vitest";
import { firstRows, linesByCategory } from "../longlists";
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
    expect(groups.get("travel")!.shown.map((s) => [s.line.id, s.index])).toEqual([
      ["a", 0],
      ["c", 2],
      ["d", 3],
    ]);
    expect(groups.get("training")!.shown.map((s) => s.index)).toEqual([1]);
    expect(groups.get("travel")!.hidden).toBe(0);
  });

  it("leaves out the lines past the limit and counts them", () => {
    const groups = linesByCategory(lines, new Set(), 2);
    expect(groups.get("travel")!.shown.map((s) => s.line.id)).toEqual(["a", "c"]);
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
