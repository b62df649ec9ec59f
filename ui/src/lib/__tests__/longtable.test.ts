import { describe, expect, it } from "vitest";
import { chunks } from "../longtable";

describe("chunks", () => {
  const rows = Array.from({ length: 7 }, (_, i) => i);

  it("puts the first rows in the first table and the rest in tables of the same size", () => {
    expect(chunks(rows, 3)).toEqual({
      first: [0, 1, 2],
      later: [
        { rows: [3, 4, 5], from: 4 },
        { rows: [6], from: 7 },
      ],
    });
  });

  it("has no later tables for a list that fits in the first", () => {
    expect(chunks(rows, 7)).toEqual({ first: rows, later: [] });
    expect(chunks([], 3)).toEqual({ first: [], later: [] });
  });
});
