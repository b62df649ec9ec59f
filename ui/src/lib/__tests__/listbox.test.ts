import { describe, expect, it } from "vitest";
import { edgeEnabled, matchTyped, moveBy, nextEnabled } from "../listbox";

const opts = (...labels: string[]) =>
  labels.map((l) => (l.startsWith("!") ? { label: l.slice(1), disabled: true } : { label: l }));

describe("moving through options", () => {
  const o = opts("!None", "Low", "!Medium", "High", "Very high", "!Extreme");

  it("steps over disabled options and stops at the ends", () => {
    expect(nextEnabled(o, 1, 1)).toBe(3);
    expect(nextEnabled(o, 3, -1)).toBe(1);
    expect(nextEnabled(o, 1, -1)).toBe(1);
    expect(nextEnabled(o, 4, 1)).toBe(4);
  });

  it("finds the first and last options that can be chosen", () => {
    expect(edgeEnabled(o)).toBe(1);
    expect(edgeEnabled(o, true)).toBe(4);
    expect(edgeEnabled(opts("!a", "!b"))).toBe(-1);
  });

  it("pages by a number of options, landing on one that can be chosen", () => {
    expect(moveBy(o, 1, 10)).toBe(4);
    expect(moveBy(o, 4, -10)).toBe(1);
    expect(moveBy(o, 1, 1)).toBe(3);
  });
});

describe("matchTyped", () => {
  const o = opts(
    "Engineering",
    "Executives",
    "!Legal",
    "Marketing",
    "— top level",
    "Élan",
    "Legacy",
  );

  it("finds the option starting with the letters typed, ignoring case and accents", () => {
    expect(matchTyped(o, "m", -1)).toBe(3);
    expect(matchTyped(o, "MAR", 0)).toBe(3);
    expect(matchTyped(o, "ela", 0)).toBe(5);
    expect(matchTyped(o, "t", 0)).toBe(4);
  });

  it("steps through options of the same first letter when one letter is typed again", () => {
    expect(matchTyped(o, "e", -1)).toBe(0);
    expect(matchTyped(o, "e", 0)).toBe(1);
    expect(matchTyped(o, "ee", 1)).toBe(5);
    expect(matchTyped(o, "e", 5)).toBe(0);
  });

  it("keeps the current option while more letters still match it", () => {
    expect(matchTyped(o, "ex", 1)).toBe(1);
    expect(matchTyped(o, "en", 1)).toBe(0);
  });

  it("skips disabled options and finds nothing for letters no option starts with", () => {
    expect(matchTyped(o, "leg", -1)).toBe(6);
    expect(matchTyped(o, "z", 0)).toBe(-1);
    expect(matchTyped(o, "", 0)).toBe(-1);
  });
});
