import { describe, expect, it } from "vitest";
import { addMonths, dayOf, parseIso, toIso } from "../calendar";

describe("addMonths", () => {
  it("clamps to the month's last day", () => {
    expect(addMonths({ y: 2027, m: 1, d: 31 }, 1)).toEqual({ y: 2027, m: 2, d: 28 });
    expect(addMonths({ y: 2028, m: 1, d: 31 }, 1)).toEqual({ y: 2028, m: 2, d: 29 });
    expect(addMonths({ y: 2027, m: 11, d: 15 }, 3)).toEqual({ y: 2028, m: 2, d: 15 });
    expect(addMonths({ y: 2027, m: 3, d: 10 }, -3)).toEqual({ y: 2026, m: 12, d: 10 });
  });
});

describe("ISO dates", () => {
  it("read and write back, and give their day", () => {
    expect(toIso(parseIso("2027-03-05")!)).toBe("2027-03-05");
    expect(parseIso("soon")).toBeNull();
    expect(dayOf("2027-03-05")).toBe(5);
  });
});
