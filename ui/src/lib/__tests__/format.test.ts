import { describe, expect, it } from "vitest";
import { MONEY_SAMPLES } from "../../bindings/tables";
import { parseAmount } from "../parse";
import {
  fileStem,
  formatDate,
  formatFte,
  formatMoney,
  formatMoneyShort,
  minorDigits,
  moneyInput,
  relativeTime,
  todayIso,
} from "../format";

describe("formatMoney", () => {
  it("writes every sample exactly as the core's format_money does, in every currency", () => {
    expect(MONEY_SAMPLES.length).toBeGreaterThan(400);
    for (const [minor, code, whole, core] of MONEY_SAMPLES) {
      expect(formatMoney(minor, code, whole), `${minor} ${code} ${whole}`).toBe(core);
    }
  });
  it("matches the core's formatting (minor units, grouping, symbol)", () => {
    expect(formatMoney(1_234_567, "EUR")).toBe("€12,345.67");
    expect(formatMoney(1_234_567, "EUR", true)).toBe("€12,346");
    expect(formatMoney(-5, "USD")).toBe("-$0.05");
    expect(formatMoney(1_000_000, "JPY")).toBe("¥1,000,000");
    expect(formatMoney(100, "XXX")).toBe("XXX1.00");
    expect(formatMoney(150_000_00, "CHF", true)).toBe("CHF 150,000");
    expect(formatMoney(0, "USD", true)).toBe("$0");
  });
  it("rounds half up to whole units and stays exact for large amounts", () => {
    expect(formatMoney(149, "USD", true)).toBe("$1");
    expect(formatMoney(150, "USD", true)).toBe("$2");
    expect(formatMoney(10_000_000_000_00, "USD")).toBe("$10,000,000,000.00");
  });
  it("knows minor digits", () => {
    expect(minorDigits("KRW")).toBe(0);
    expect(minorDigits("EUR")).toBe(2);
    expect(minorDigits("NOPE")).toBe(2);
  });
  it("shortens for chart axes", () => {
    expect(formatMoneyShort(1_250_000_00, "USD")).toBe("$1.3M");
    expect(formatMoneyShort(350_000_00, "EUR")).toBe("€350k");
    expect(formatMoneyShort(0, "USD")).toBe("$0");
  });
});

describe("moneyInput", () => {
  it("round-trips through the editor's parser", () => {
    for (const v of [0, 5, 1_500_50, 120_000_00, 99]) {
      expect(parseAmount(moneyInput(v, "EUR"), "EUR")).toEqual({ ok: true, value: v });
    }
    expect(moneyInput(1_500_50, "EUR")).toBe("1500.50");
    expect(moneyInput(120_000_00, "EUR")).toBe("120000");
    expect(moneyInput(777, "JPY")).toBe("777");
  });
});

describe("numbers", () => {
  it("formats FTE without float noise", () => {
    expect(formatFte(0.1 + 0.2)).toBe("0.3");
    expect(formatFte(1)).toBe("1");
  });
});

describe("dates", () => {
  it("formats ISO dates", () => {
    expect(formatDate("2027-03-05")).toBe("5 Mar 2027");
    expect(formatDate(null)).toBe("—");
    expect(formatDate("soon")).toBe("soon");
  });
  it("says how long ago", () => {
    const now = new Date("2027-05-10T12:00:00Z");
    expect(relativeTime("2027-05-10T11:59:40Z", now)).toBe("just now");
    expect(relativeTime("2027-05-10T11:30:00Z", now)).toBe("30 min ago");
    expect(relativeTime("2027-05-10T09:00:00Z", now)).toBe("3 h ago");
    expect(relativeTime("2027-05-09T10:00:00Z", now)).toBe("yesterday");
    expect(relativeTime("2027-05-06T10:00:00Z", now)).toBe("4 days ago");
    expect(relativeTime("2027-01-02T10:00:00Z", now)).toBe("2 Jan 2027");
  });
  it("gives today in local time", () => {
    expect(todayIso(new Date(2027, 0, 9))).toBe("2027-01-09");
  });
  it("makes safe file names", () => {
    expect(fileStem('ACME: "OSPO" / 2027')).toBe("ACME OSPO 2027");
    expect(fileStem("   ")).toBe("plan");
  });
});
