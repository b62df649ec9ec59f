import { describe, expect, it } from "vitest";
import { BOX_W, TOP_ID, layoutOrgChart, wrapTitle } from "../orgchart";
import { OUTER_PETALS, flowerLayout, petalCounts } from "../flower";
import { barChart, niceStep, ticks } from "../barchart";
import { labelWidth, timelineLayout } from "../timeline";
import type { Stakeholder, Totals } from "../types";
import { comm, position } from "./fixtures";

describe("org chart layout", () => {
  it("centres a boss over the reports and stacks levels", () => {
    const l = layoutOrgChart([
      position("head"),
      position("a", { reports_to: "head" }),
      position("b", { reports_to: "head" }),
    ]);
    const byId = Object.fromEntries(l.nodes.map((n) => [n.id, n]));
    expect(byId.a.y).toBeGreaterThan(byId.head.y);
    expect(byId.a.y).toBe(byId.b.y);
    expect(byId.head.x).toBe((byId.a.x + byId.b.x) / 2);
    expect(l.edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual(["head>a", "head>b"]);
    expect(l.width).toBeGreaterThanOrEqual(2 * BOX_W);
  });
  it("draws shared staff and contractors dotted, and marks open roles", () => {
    const l = layoutOrgChart([
      position("head"),
      position("s", {
        reports_to: "head",
        employment: { kind: "shared", percent: 40 },
        person: null,
      }),
      position("c", { reports_to: "head", employment: { kind: "contractor" } }),
    ]);
    const s = l.nodes.find((n) => n.id === "s")!;
    expect(s.dotted).toBe(true);
    expect(s.open).toBe(true);
    expect(s.employment).toBe("Shared 40%");
    expect(l.edges.find((e) => e.to === "c")!.dotted).toBe(true);
  });
  it("survives loops and unknown bosses: such positions become roots", () => {
    const l = layoutOrgChart([
      position("a", { reports_to: "b" }),
      position("b", { reports_to: "a" }),
      position("x", { reports_to: "ghost" }),
    ]);
    expect(l.nodes).toHaveLength(3);
    const ys = new Set(l.nodes.map((n) => n.x));
    expect(ys.size).toBe(3);
  });
  it("puts whom the head reports to above the roots", () => {
    const l = layoutOrgChart([position("head"), position("a", { reports_to: "head" })], "CTO");
    const top = l.nodes.find((n) => n.id === TOP_ID)!;
    expect(top.external).toBe(true);
    expect(top.title).toBe("CTO");
    expect(l.nodes.find((n) => n.id === "head")!.depth).toBe(1);
    expect(l.edges.some((e) => e.from === TOP_ID && e.to === "head")).toBe(true);
  });
  it("is empty with no positions", () => {
    const l = layoutOrgChart([], "CTO");
    expect(l.nodes).toEqual([]);
    expect(l.height).toBe(0);
  });
  it("wraps long titles onto two lines with an ellipsis", () => {
    expect(wrapTitle("Head of OSPO")).toEqual(["Head of OSPO"]);
    expect(wrapTitle("Senior open source compliance engineer")).toEqual([
      "Senior open source",
      "compliance engineer",
    ]);
    const three = wrapTitle(
      "Principal open source program manager for developer relations and ecosystems",
    );
    expect(three).toHaveLength(2);
    expect(three[1].endsWith("…")).toBe(true);
    expect(three.every((l) => l.length <= 22)).toBe(true);
  });
});

describe("flower", () => {
  it("places six petals evenly around the centre", () => {
    const f = flowerLayout(400);
    expect(f.petals.map((p) => p.petal)).toEqual(OUTER_PETALS);
    const d = f.petals.map((p) => Math.hypot(p.cx - f.cx, p.cy - f.cy));
    for (const x of d) expect(x).toBeCloseTo(d[0], 6);
    expect(f.petals[0].cy).toBeLessThan(f.cy);
    expect(f.regulators.r).toBeGreaterThan(d[0] + f.petals[0].ry * 0.9);
  });
  it("counts groups, communications and silent groups per petal", () => {
    const s = (id: string, petal: Stakeholder["petal"]): Stakeholder => ({
      id,
      name: id,
      petal,
      interest: "low",
      influence: "low",
      owner: null,
      key_message: "",
    });
    const c = petalCounts(
      [s("g1", "legal"), s("g2", "legal"), s("g3", "external_regulators")],
      [comm("c1", "2027-01-01", "monthly", "g1"), comm("c2", "2027-01-01", "once", "g1")],
    );
    expect(c.legal).toEqual({ groups: 2, comms: 2, silent: 1 });
    expect(c.external_regulators).toEqual({ groups: 1, comms: 0, silent: 1 });
    expect(c.management).toEqual({ groups: 0, comms: 0, silent: 0 });
  });
});

describe("budget chart", () => {
  it("picks round steps", () => {
    expect(niceStep(1000, 4)).toBe(250);
    expect(niceStep(9, 4)).toBe(2.5);
    expect(niceStep(0)).toBe(1);
    expect(ticks(950_000)).toEqual([0, 250_000, 500_000, 750_000, 1_000_000]);
  });
  it("stacks categories per year within the plot", () => {
    const totals: Totals = {
      currency: "USD",
      years: [
        { label: "FY2027", start: "2027-01-01", end: "2027-12-31" },
        { label: "FY2028", start: "2028-01-01", end: "2028-12-31" },
      ],
      by_category: [
        { category: "headcount", label: "Headcount", per_year: [300, 400], total: 700 },
        { category: "travel", label: "Travel", per_year: [100, 0], total: 100 },
      ],
      staff_cost_per_year: [300, 400],
      per_year: [400, 400],
      grand_total: 800,
      total_fte: 1,
      positions: 1,
      open_positions: 0,
      cost_per_fte: 400,
      position_costs: {},
    };
    const c = barChart(totals, 400, 200);
    expect(c.bars).toHaveLength(2);
    expect(c.bars[0].segments.map((s) => s.category)).toEqual(["headcount", "travel"]);
    expect(c.bars[1].segments).toHaveLength(1);
    const bottom = c.plot.y + c.plot.h;
    const seg = c.bars[0].segments;
    expect(seg[0].y + seg[0].h).toBeCloseTo(bottom);
    expect(seg[1].y + seg[1].h).toBeCloseTo(seg[0].y);
    expect(seg[0].h / seg[1].h).toBeCloseTo(3);
    expect(c.ticks[c.ticks.length - 1].value).toBeGreaterThanOrEqual(400);
    expect(c.bars[1].x).toBeGreaterThan(c.bars[0].x);
  });
});

describe("timeline", () => {
  const m = (id: string, date: string, title = `M ${id}`, done = false) => ({
    id,
    title,
    date,
    done,
  });
  it("orders milestones by date and spreads them across the width", () => {
    const t = timelineLayout([m("b", "2027-09-01"), m("a", "2027-01-15")], 800, "2027-05-01");
    expect(t.items.map((i) => i.milestone.id)).toEqual(["a", "b"]);
    expect(t.items[0].x).toBeLessThan(t.items[1].x);
    expect(t.items[0].past).toBe(true);
    expect(t.items[1].past).toBe(false);
    expect(t.todayX).not.toBeNull();
    expect(t.ticks.length).toBeGreaterThan(3);
  });
  it("puts close labels in separate lanes", () => {
    const t = timelineLayout(
      [
        m("a", "2027-01-10", "A long milestone title"),
        m("b", "2027-01-12", "Another long title"),
        m("c", "2027-12-01"),
      ],
      800,
      "2026-01-01",
    );
    expect(t.items[0].lane).toBe(0);
    expect(t.items[1].lane).toBe(1);
    expect(t.items[2].lane).toBe(0);
    expect(t.lanes).toBe(2);
  });
  it("does not mark done milestones as overdue and handles none", () => {
    expect(timelineLayout([m("a", "2020-01-01", "x", true)], 800, "2027-01-01").items[0].past).toBe(
      false,
    );
    expect(timelineLayout([], 800, "2027-01-01").items).toEqual([]);
    expect(labelWidth("x".repeat(100))).toBe(180);
  });
});
