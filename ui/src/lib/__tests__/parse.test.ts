import { describe, expect, it } from "vitest";
import {
  dateOrder,
  localizeDates,
  parseAmount,
  parseDate,
  parseDecimal,
  parseWhole,
  parseWholeIn,
  showDate,
} from "../parse";

describe("parseAmount", () => {
  it("reads amounts as people type them", () => {
    expect(parseAmount("140k", "USD")).toEqual({ ok: true, value: 140_000_00 });
    expect(parseAmount("$7,500", "USD")).toEqual({ ok: true, value: 7_500_00 });
    expect(parseAmount("1.5M", "USD")).toEqual({ ok: true, value: 1_500_000_00 });
    expect(parseAmount("€ 1 500.50", "EUR")).toEqual({ ok: true, value: 1_500_50 });
    expect(parseAmount("120,000.25", "USD")).toEqual({ ok: true, value: 120_000_25 });
    expect(parseAmount("5000", "JPY")).toEqual({ ok: true, value: 5000 });
    expect(parseAmount("-200", "USD")).toEqual({ ok: true, value: -200_00 });
    expect(parseAmount("100 CHF", "CHF")).toEqual({ ok: true, value: 100_00 });
  });
  it("reads the locale's separators", () => {
    expect(parseAmount("7.500,50", "EUR", "de-DE")).toEqual({ ok: true, value: 7_500_50 });
    expect(parseAmount("1,5M", "EUR", "de-DE")).toEqual({ ok: true, value: 1_500_000_00 });
    expect(parseAmount("12345.67", "EUR", "de-DE")).toEqual({ ok: true, value: 12_345_67 });
    expect(parseAmount("7 500,50 €", "EUR", "fr-FR")).toEqual({ ok: true, value: 7_500_50 });
  });
  it("refuses text that is not all an amount, saying why", () => {
    const r = parseAmount("12abc", "USD");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain("“abc” is not part of a number");
    for (const t of ["abc", "", "1,2,3", "12.5.1", "$", "1,23,456", "12 k x", "0.001"])
      expect(parseAmount(t, "USD").ok, t).toBe(false);
    expect(parseAmount("1.5", "JPY").ok).toBe(false);
  });
});

describe("parseDecimal and parseWhole", () => {
  it("reads decimals in either mark", () => {
    expect(parseDecimal("0.5")).toEqual({ ok: true, value: 0.5 });
    expect(parseDecimal("0,5")).toEqual({ ok: true, value: 0.5 });
    expect(parseDecimal(".5")).toEqual({ ok: true, value: 0.5 });
    expect(parseDecimal("0,5", "de-DE")).toEqual({ ok: true, value: 0.5 });
    expect(parseDecimal("1.25", "de-DE")).toEqual({ ok: true, value: 1.25 });
    expect(parseDecimal("0.5x").ok).toBe(false);
    expect(parseDecimal("1k").ok).toBe(false);
  });
  it("reads whole numbers with groups and multipliers", () => {
    expect(parseWhole("12,000")).toEqual({ ok: true, value: 12000 });
    expect(parseWhole("12k")).toEqual({ ok: true, value: 12000 });
    expect(parseWhole("1.5k")).toEqual({ ok: true, value: 1500 });
    expect(parseWhole("12.000", "de-DE")).toEqual({ ok: true, value: 12000 });
    expect(parseWhole("12abc").ok).toBe(false);
    expect(parseWhole("1.5").ok).toBe(false);
    expect(parseWholeIn(1, 100, "en-US", true)("50%")).toEqual({ ok: true, value: 50 });
    expect(parseWholeIn(1, 100)("0")).toEqual({
      ok: false,
      message: "must be between 1 and 100 (got 0)",
    });
  });
});

describe("dates in the plan's locale", () => {
  it("shows and reads dates the locale's way", () => {
    expect(dateOrder("en-US").pattern).toBe("MM/DD/YYYY");
    expect(dateOrder("de-DE").pattern).toBe("DD.MM.YYYY");
    expect(showDate("2027-07-01", "en-US")).toBe("07/01/2027");
    expect(showDate("2027-07-01", "de-DE")).toBe("01.07.2027");
    expect(showDate("", "en-US")).toBe("");
    expect(parseDate("07/01/2027", "en-US")).toEqual({ ok: true, value: "2027-07-01" });
    expect(parseDate("1.7.2027", "de-DE")).toEqual({ ok: true, value: "2027-07-01" });
    expect(parseDate("2027-07-01", "de-DE")).toEqual({ ok: true, value: "2027-07-01" });
    expect(parseDate("", "en-US")).toEqual({ ok: true, value: "" });
  });
  it("refuses what is not a date, in the locale's words", () => {
    expect(parseDate("", "en-US", true)).toEqual({
      ok: false,
      message: "choose a date (MM/DD/YYYY)",
    });
    expect(parseDate("02/30/2027", "en-US")).toEqual({
      ok: false,
      message: "“02/30/2027” is not a date: write it as MM/DD/YYYY",
    });
    expect(parseDate("soon", "en-US").ok).toBe(false);
    expect(parseDate("7/1/27", "en-US").ok).toBe(false);
  });
  it("writes the core's dates in messages the way the fields show them", () => {
    expect(localizeDates("start 2027-07-01 is after end 2027-01-01", "en-US")).toBe(
      "start 07/01/2027 is after end 01/01/2027",
    );
  });
});
