import { describe, expect, it } from "vitest";
import {
  clearScope,
  dropKeys,
  errorKey,
  errorsIn,
  fieldErrors,
  locate,
  messageAt,
  problemsOf,
  sectionOfPath,
} from "../errors";
import { plan, position } from "./fixtures";

const p = plan({
  positions: [position("pos-a"), position("pos-b"), position("pos-c"), position("pos-d")],
});

describe("locate", () => {
  it("maps an indexed plan path to the item's id and field", () => {
    expect(locate("positions[3].fte", null, p)).toEqual({ scope: "positions:pos-d", field: "fte" });
    expect(locate("positions[1]", null, p)).toEqual({ scope: "positions:pos-b", field: "" });
    expect(locate("positions[0].employment.percent", null, p)).toEqual({
      scope: "positions:pos-a",
      field: "employment.percent",
    });
  });
  it("falls back to the index when the item is unknown", () => {
    expect(locate("positions[9].fte", null, p)).toEqual({ scope: "positions:9", field: "fte" });
    expect(locate("responsibilities[2].owner", null, p)).toEqual({
      scope: "responsibilities:2",
      field: "owner",
    });
    expect(locate("assumptions[0]", null, p)).toEqual({ scope: "assumptions:0", field: "" });
  });
  it("maps budget lines", () => {
    const q = plan({
      budget: {
        ...p.budget,
        lines: [{ id: "bud-1", category: "travel", description: "x", amounts: [0, 0, 0] }],
      },
    });
    expect(locate("budget.lines[0].amounts[2]", null, q)).toEqual({
      scope: "budget.lines:bud-1",
      field: "amounts[2]",
    });
  });
  it("puts the item being added (one past the last) in the form that adds it", () => {
    expect(locate("positions[4].fte", "positions:new", p)).toEqual({
      scope: "positions:new",
      field: "fte",
    });
    expect(locate("positions[4].title", null, p)).toEqual({
      scope: "positions:new",
      field: "title",
    });
    expect(locate("positions[5].fte", "positions:new", p)).toEqual({
      scope: "positions:5",
      field: "fte",
    });
  });
  it("maps section edits to the section and the rest of the path", () => {
    expect(locate("organization.sponsor.name")).toEqual({
      scope: "organization",
      field: "sponsor.name",
    });
    expect(locate("budget.currency", "budget")).toEqual({ scope: "budget", field: "currency" });
    expect(locate("structure.units[2].parent")).toEqual({
      scope: "structure",
      field: "units[2].parent",
    });
  });
  it("keeps anything else whole under the edit's scope", () => {
    expect(locate("name", "plan")).toEqual({ scope: "plan", field: "name" });
    expect(locate("target")).toEqual({ scope: "plan", field: "target" });
  });
});

describe("problemsOf", () => {
  it("prefers the structured list", () => {
    const problems = [{ path: "positions[0].fte", message: "must be between 0 and 1 (got 1.5)" }];
    expect(problemsOf({ code: "invalid", message: "x", problems })).toBe(problems);
  });
  it("never reads the message: a message shaped like a problem is not one", () => {
    expect(
      problemsOf({
        code: "invalid",
        message: "positions[3].fte: must be between 0 and 1 (got 1.5)",
        problems: [],
      }),
    ).toEqual([]);
  });
  it("has no field problems for other errors", () => {
    expect(
      problemsOf({
        code: "conflict",
        message: 'stakeholder group "x": still addressed',
        problems: [],
      }),
    ).toEqual([]);
  });
});

describe("messageAt", () => {
  it("says what is wrong with the field, else the whole message", () => {
    const taken = {
      code: "invalid" as const,
      message: 'name: a plan named "Beta" already exists',
      problems: [{ path: "name", message: 'a plan named "Beta" already exists' }],
    };
    expect(messageAt(taken, "name")).toBe('a plan named "Beta" already exists');
    expect(
      messageAt({ code: "not_found", message: "no plan with id 9", problems: [] }, "name"),
    ).toBe("no plan with id 9");
  });
});

describe("fieldErrors", () => {
  it("files each problem beside its field and keeps the first per field", () => {
    const { fields, general } = fieldErrors(
      {
        code: "invalid",
        message: "positions[1].fte: must be between 0 and 1 (got 1.5) (and 1 more problem)",
        problems: [
          { path: "positions[1].fte", message: "must be between 0 and 1 (got 1.5)" },
          { path: "positions[1].fte", message: "second" },
          { path: "positions[1].title", message: "must not be empty" },
        ],
      },
      "positions:pos-b",
      p,
    );
    expect(general).toBeNull();
    expect(fields[errorKey("positions:pos-b", "fte")]).toBe("must be between 0 and 1 (got 1.5)");
    expect(fields[errorKey("positions:pos-b", "title")]).toBe("must not be empty");
  });
  it("returns what cannot be placed as a general message", () => {
    const { fields, general } = fieldErrors(
      { code: "io", message: "/x: permission denied", problems: [] },
      "plan",
      null,
    );
    expect(fields).toEqual({});
    expect(general).toBe("/x: permission denied");
  });
  it("lists and clears a scope", () => {
    const errors = {
      "positions:a|fte": "bad",
      "positions:a|title": "empty",
      "positions:b|fte": "bad",
    };
    expect(errorsIn(errors, "positions:a")).toEqual(["fte: bad", "title: empty"]);
    expect(clearScope(errors, "positions:a")).toEqual({ "positions:b|fte": "bad" });
    expect(dropKeys(errors, ["positions:a|title", "positions:a|"])).toEqual({
      "positions:a|fte": "bad",
      "positions:b|fte": "bad",
    });
    // Nothing to clear: the same object, so nothing that shows errors is redrawn.
    expect(clearScope(errors, "positions:c")).toBe(errors);
    expect(dropKeys(errors, ["positions:c|fte"])).toBe(errors);
  });
});

describe("sectionOfPath", () => {
  it("sends review items to the section that edits them", () => {
    expect(sectionOfPath("positions[2]")).toBe("staffing");
    expect(sectionOfPath("communications[0].owner")).toBe("stakeholders");
    expect(sectionOfPath("organization.sponsor")).toBe("overview");
    expect(sectionOfPath("budget.horizon_years")).toBe("budget");
    expect(sectionOfPath("kpis[1]")).toBe("milestones");
    expect(sectionOfPath("risks[0]")).toBe("risks");
  });
});
