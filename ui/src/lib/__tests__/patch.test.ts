import { describe, expect, it } from "vitest";
import { applyPatch, patchList } from "../patch";
import type { BudgetLine, PlanPatch, PlanView } from "../types";
import fixture from "../../__tests__/fixtures/planview.json";

const view = fixture as unknown as PlanView;

/** A reply that changes nothing but what `over` sets. */
function reply(over: Partial<PlanPatch>): PlanPatch {
  const p = view.plan;
  return {
    base: p.updated_at,
    fields: {
      ...p,
      structure: { ...p.structure, units: [] },
      budget: { ...p.budget, lines: [] },
      responsibilities: [],
      positions: [],
      stakeholders: [],
      communications: [],
      milestones: [],
      kpis: [],
      risks: [],
    },
    units: null,
    responsibilities: null,
    positions: null,
    budget_lines: null,
    stakeholders: null,
    communications: null,
    milestones: null,
    kpis: null,
    risks: null,
    totals: view.totals,
    review: view.review,
    charts: {},
    spelling: view.spelling,
    can_undo: view.can_undo,
    can_redo: view.can_redo,
    ...over,
  };
}

describe("patchList", () => {
  const a = { id: "a", n: 1 };
  const b = { id: "b", n: 2 };
  const c = { id: "c", n: 3 };
  it("changes items in place, drops removed ones and adds new ones at the end", () => {
    const b2 = { id: "b", n: 20 };
    const d = { id: "d", n: 4 };
    const out = patchList([a, b, c], { kind: "items", put: [b2, d], removed: ["a"] });
    expect(out).toEqual([b2, c, d]);
    expect(out[1]).toBe(c);
  });
  it("takes a whole list as it is, and no change as the same list", () => {
    const list = [a, b];
    expect(patchList(list, { kind: "all", items: [b, a] })).toEqual([b, a]);
    expect(patchList(list, null)).toBe(list);
  });
});

describe("applyPatch", () => {
  it("keeps every part the patch does not change", () => {
    const lines = view.plan.budget.lines;
    const changed: BudgetLine = { ...lines[0], amounts: lines[0].amounts.map((x) => x + 1) };
    const out = applyPatch(
      view,
      reply({ budget_lines: { kind: "items", put: [changed], removed: [] }, can_undo: true }),
    )!;
    expect(out.plan.budget.lines[0]).toEqual(changed);
    expect(out.plan.budget.lines.slice(1)).toEqual(lines.slice(1));
    lines.slice(1).forEach((l, i) => expect(out.plan.budget.lines[i + 1]).toBe(l));
    expect(out.plan.positions).toBe(view.plan.positions);
    expect(out.plan.organization).toBe(view.plan.organization);
    expect(out.totals).toBe(view.totals);
    expect(out.charts).toBe(view.charts);
    expect(out.can_undo).toBe(true);
  });
  it("takes the plan's own fields from the patch", () => {
    const r = reply({});
    r.fields = { ...r.fields, name: "Renamed", updated_at: "2030-01-01T00:00:00Z" };
    const out = applyPatch(view, r)!;
    expect(out.plan.name).toBe("Renamed");
    expect(out.plan.updated_at).toBe("2030-01-01T00:00:00Z");
    expect(out.plan.budget.lines).toBe(view.plan.budget.lines);
    expect(out.plan.structure.units).toBe(view.plan.structure.units);
  });
  it("takes the charts that changed and keeps the others", () => {
    const flower = { ...view.charts.flower, height: view.charts.flower.height + 10 };
    const out = applyPatch(view, reply({ charts: { flower } }))!;
    expect(out.charts.flower).toEqual(flower);
    expect(out.charts.budget_bars).toBe(view.charts.budget_bars);
  });
  it("refuses a patch for another version of the plan", () => {
    expect(applyPatch(view, reply({ base: "1999-01-01T00:00:00Z" }))).toBeNull();
  });
});
