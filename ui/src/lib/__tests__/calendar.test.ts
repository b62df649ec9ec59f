import { describe, expect, it } from "vitest";
import { addMonths, calendar, occurrences } from "../calendar";
import { comm } from "./fixtures";

describe("addMonths", () => {
  it("clamps to the month's last day like chrono", () => {
    expect(addMonths({ y: 2027, m: 1, d: 31 }, 1)).toEqual({ y: 2027, m: 2, d: 28 });
    expect(addMonths({ y: 2028, m: 1, d: 31 }, 1)).toEqual({ y: 2028, m: 2, d: 29 });
    expect(addMonths({ y: 2027, m: 11, d: 15 }, 3)).toEqual({ y: 2028, m: 2, d: 15 });
    expect(addMonths({ y: 2027, m: 3, d: 10 }, -3)).toEqual({ y: 2026, m: 12, d: 10 });
  });
});

describe("occurrences", () => {
  it("expands each cadence within the window", () => {
    expect(occurrences("2027-01-15", "monthly", "2027-01-01", "2027-04-30")).toEqual(["2027-01-15", "2027-02-15", "2027-03-15", "2027-04-15"]);
    expect(occurrences("2027-01-15", "quarterly", "2027-01-01", "2027-12-31")).toEqual(["2027-01-15", "2027-04-15", "2027-07-15", "2027-10-15"]);
    expect(occurrences("2027-01-04", "weekly", "2027-01-01", "2027-01-31")).toEqual(["2027-01-04", "2027-01-11", "2027-01-18", "2027-01-25"]);
    expect(occurrences("2026-06-01", "yearly", "2027-01-01", "2029-12-31")).toEqual(["2027-06-01", "2028-06-01", "2029-06-01"]);
  });
  it("sends a one-off (or cadence-less) communication once", () => {
    expect(occurrences("2027-03-01", "once", "2027-01-01", "2027-12-31")).toEqual(["2027-03-01"]);
    expect(occurrences("2027-03-01", null, "2027-01-01", "2027-12-31")).toEqual(["2027-03-01"]);
    expect(occurrences("2026-03-01", "once", "2027-01-01", "2027-12-31")).toEqual([]);
  });
  it("keeps month-end dates from the first date, not the previous one", () => {
    expect(occurrences("2027-01-31", "monthly", "2027-01-01", "2027-04-30")).toEqual(["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"]);
  });
  it("ignores bad dates", () => {
    expect(occurrences("soon", "monthly", "2027-01-01", "2027-12-31")).toEqual([]);
  });
});

describe("calendar", () => {
  it("lays out twelve months from the fiscal start, across the year end", () => {
    const months = calendar([comm("a", "2027-07-10", "monthly"), comm("b", "2027-08-01", "quarterly")], 2027, 7);
    expect(months).toHaveLength(12);
    expect(months[0]).toMatchObject({ y: 2027, m: 7, from: "2027-07-01", to: "2027-07-31", count: 1 });
    expect(months[1].count).toBe(2);
    expect(months[6]).toMatchObject({ y: 2028, m: 1 });
    expect(months[11]).toMatchObject({ y: 2028, m: 6, to: "2028-06-30" });
    expect(months.reduce((s, m) => s + m.count, 0)).toBe(12 + 4);
  });
  it("counts each weekly date in its month", () => {
    const months = calendar([comm("w", "2027-01-04", "weekly")], 2027, 1, 2);
    expect(months[0].count).toBe(4);
    expect(months[0].entries[0].dates).toHaveLength(4);
    expect(months[1].count).toBe(4);
  });
});
