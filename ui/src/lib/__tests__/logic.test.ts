import { describe, expect, it } from "vitest";
import { shortcut } from "../keys";
import { knownAnswers, sixMonthsFrom } from "../assessment";
import { countBySeverity, describeItem } from "../review";
import { attribution, attributions, cite } from "../labels";
import type { Questionnaire } from "../types";
import { plan, position } from "./fixtures";

const key = (
  k: string,
  mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean }> = {},
) => ({
  key: k,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  shiftKey: !!mods.shift,
  altKey: !!mods.alt,
});

describe("undo keys", () => {
  it("maps Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y", () => {
    expect(shortcut(key("z", { ctrl: true }), false)).toBe("undo");
    expect(shortcut(key("Z", { ctrl: true, shift: true }), false)).toBe("redo");
    expect(shortcut(key("y", { ctrl: true }), false)).toBe("redo");
    expect(shortcut(key("z", { meta: true }), false)).toBe("undo");
  });
  it("ignores other keys and modifiers", () => {
    expect(shortcut(key("z"), false)).toBeNull();
    expect(shortcut(key("z", { ctrl: true, alt: true }), false)).toBeNull();
    expect(shortcut(key("s", { ctrl: true }), false)).toBeNull();
    expect(shortcut(key("Y", { ctrl: true, shift: true }), false)).toBeNull();
  });
  it("leaves text undo to a field with unsaved typing", () => {
    expect(shortcut(key("z", { ctrl: true }), true)).toBeNull();
    expect(shortcut(key("z", { ctrl: true, shift: true }), true)).toBeNull();
  });
});

const q: Questionnaire = {
  allowed_nos: 1,
  notes: [],
  stages: [1, 2, 3].map((stage) => ({
    stage,
    name: `S${stage}`,
    summary: "",
    description: "",
    source: { kind: "seed", seed: "x", document: "", section: "y" },
    checklist: ["a", "b", "c"].map((c) => ({
      id: `s${stage}.${c}`,
      text: c,
      milestone: c,
      defining: c === "a",
      source: { kind: "guidance" },
    })),
  })),
};
const yes = (...ids: string[]) => Object.fromEntries(ids.map((id) => [id, true]));

describe("self-assessment answers", () => {
  it("drops answers to questions that no longer exist", () => {
    expect(knownAnswers(q, { "s1.a": true, "s9.x": true })).toEqual({ "s1.a": true });
  });
  it("dates added milestones six months out, clamped to the month end", () => {
    expect(sixMonthsFrom("2027-01-15")).toBe("2027-07-15");
    expect(sixMonthsFrom("2027-08-31")).toBe("2028-02-29");
    expect(sixMonthsFrom("2027-12-01")).toBe("2028-06-01");
  });
});

describe("review items", () => {
  const p = plan({
    positions: [position("p1", { title: "Head of OSPO" })],
    stakeholders: [
      {
        id: "g1",
        name: "Legal team",
        petal: "legal",
        interest: "high",
        influence: "high",
        owner: null,
        key_message: "",
      },
    ],
    communications: [
      {
        id: "c1",
        audience: "g1",
        message: "Policy update",
        channel: "",
        cadence: null,
        first_date: "2027-01-01",
        owner: null,
      },
    ],
  });
  it("names items the way the user knows them", () => {
    expect(describeItem("positions[0]", p)).toBe("Position: Head of OSPO");
    expect(describeItem("stakeholders[0].owner", p)).toBe("Stakeholder group: Legal team");
    expect(describeItem("communications[0]", p)).toBe("Communication: Policy update → Legal team");
    expect(describeItem("milestones[4]", p)).toBe("Milestone 5");
    expect(describeItem("organization.sponsor", p)).toBe("Executive sponsor");
    expect(describeItem("something.else", p)).toBe("something.else");
  });
  it("counts findings by severity", () => {
    const f = (severity: "error" | "warning" | "info") => ({
      rule: "r",
      severity,
      message: "",
      items: [],
      fix: "",
      source: { kind: "guidance" } as const,
    });
    expect(countBySeverity([f("error"), f("warning"), f("warning")])).toEqual({
      error: 1,
      warning: 2,
      info: 0,
    });
  });
});

describe("cite", () => {
  it("names the document and the section, as the core's Source::cite does", () => {
    expect(
      cite({
        kind: "seed",
        seed: "004_x.txt",
        document: "A deep dive into OSPOs",
        section: "Staffing an OSPO",
      }),
    ).toBe("A deep dive into OSPOs — Staffing an OSPO");
    expect(cite(undefined)).toBe("");
  });
  it("never shows the app's own guidance as a source", () => {
    expect(attribution({ kind: "guidance" })).toBe("OSPO Planner guidance");
    expect(attribution({ kind: "seed", seed: "f", document: "D", section: "S" })).toBe(
      "Source: D — S",
    );
    const a = { kind: "seed", seed: "f", document: "A", section: "One" } as const;
    const b = { kind: "seed", seed: "f", document: "A", section: "Two" } as const;
    expect(attributions([a, b, a, { kind: "guidance" }])).toBe(
      "OSPO Planner guidance. Source: A — One; Two",
    );
    expect(attributions([a])).toBe("Source: A — One");
  });
});
